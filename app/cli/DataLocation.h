// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace mosaic::cli {

/// Where the journal lives: --data-dir, else $MOSAIC_DATA_DIR, else the platform's application data folder.
QString resolveDataDirectory(const QString &fromOption);

/// Creates the folder if needed (private, 0700) and returns the path of journal.sqlite inside it.
Result<QString> prepareJournalPath(const QString &dataDirectory);

} // namespace mosaic::cli
