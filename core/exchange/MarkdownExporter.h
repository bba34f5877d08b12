// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Journal.h"

#include <QString>

namespace mosaic {

/// The whole journal as one Markdown document for a person to read, keep or print.
///
/// In order: the mission and values, strengths with their wins, reflections and then small brave
/// steps (exposures) in time order with their reframes, wins by month, rituals, circles with their
/// people by ring, people, and contacts. Ids become names; deleted records are left out. Free text
/// is Markdown already and goes in as written; names shown in headings or inline are escaped so that
/// they stay plain text. Dates are written like "29 March 2026" whatever the locale, and instants
/// by their UTC date (the core knows no time zone).
QString writeJournalMarkdown(const Journal &journal);

} // namespace mosaic
