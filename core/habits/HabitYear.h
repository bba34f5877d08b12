// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QList>

namespace mosaic {

/// How one day of a habit went, for the year heatmap. Only Missed is a failure, and the window shows it as a quiet
/// gap; everything else is neutral or good.
enum class HabitDayState
{
    BeforeStart, ///< Before the habit's start date.
    NotAPeriod, ///< Not due that day (a weekday the habit skips; a free day of a per-week habit's week that did not fail).
    Done, ///< A done check-in that meets the target.
    Partial, ///< A done check-in below a count goal (a failure for daily habits, but something was done).
    Skipped, ///< Skipped by hand.
    Paused, ///< Skipped by a pause (HabitPause).
    Missed, ///< A day period that failed, or an empty day of a per-week habit's week that failed.
    Open, ///< Today (or a day of the current week of a per-week habit), not done yet: still open.
    Future, ///< After today.
};

struct HabitDay
{
    QDate date;
    HabitDayState state = HabitDayState::NotAPeriod;
    double value = 0; ///< The check-in's value, 0 without one.
    friend bool operator==(const HabitDay &, const HabitDay &) = default;
};

/// Each day from `first` through `last` of `habit` as of `today`, oldest first, by the rules of docs/streaks-and-strength.md
/// ("Periods"): a week of a per-week habit fails as a whole, so its empty days show Missed only then.
/// Future days show Paused when a pause already covers them. `checkIns` may be in any order and include tombstones.
QList<HabitDay> habitDays(const Habit &habit, const QList<CheckIn> &checkIns, QDate first, QDate last, QDate today);

/// The first day of the heatmap that ends with the week holding `today`: the Monday `weeks - 1` weeks before.
QDate heatmapStart(QDate today, int weeks);

} // namespace mosaic
