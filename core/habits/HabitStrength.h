// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QList>

namespace mosaic {

/// The habit's strength as of `today`, 0–100: an exponential moving average of how fully each day's recent
/// window met the habit's frequency, in the manner of Loop Habit Tracker (docs/streaks-and-strength.md, "Habit strength").
/// Today counts only once it is a success. 0 when today is before the start date.
/// `checkIns` may be in any order and include tombstones, which are ignored; all belong to `habit`.
int calculateHabitStrength(const Habit &habit, const QList<CheckIn> &checkIns, QDate today);

} // namespace mosaic
