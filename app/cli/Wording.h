// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/StreakCalculator.h"

#include <QDate>
#include <QString>

namespace mosaic::cli {

/// "1 day", "3 days", "1 week", "2 weeks".
QString streakLength(int count, StreakUnit unit);

/// A date for people to read, in the user's locale ("Friday, 27 November 2026"); machine output keeps ISO dates.
QString humanDate(QDate date);

/// "days" or "weeks", as the --json contract names the unit.
QString streakUnitName(StreakUnit unit);

} // namespace mosaic::cli
