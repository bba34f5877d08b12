// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QList>

namespace mosaic {

enum class StreakUnit
{
    Days,
    Weeks
};

/// How one period of a habit went.
enum class PeriodOutcome
{
    Success,
    Neutral,
    Failure
};

/// One period of a habit: a scheduled day, or an ISO week (Monday–Sunday) for per-week habits.
struct HabitPeriod
{
    QDate first; ///< The period's first date that counts: a week's Monday, or the start date in the habit's first week.
    QDate last; ///< The period's last date that counts: a week's Sunday, or today in the current week.
    PeriodOutcome outcome = PeriodOutcome::Failure;
    friend bool operator==(const HabitPeriod &, const HabitPeriod &) = default;
};

struct StreakSummary
{
    int current = 0;
    int best = 0;
    StreakUnit unit = StreakUnit::Days;
    friend bool operator==(const StreakSummary &, const StreakSummary &) = default;
};

/// Days for daily and weekdays habits, weeks for per-week habits.
StreakUnit streakUnit(const HabitSchedule &schedule);

/// Every period of the habit from its start date through `today`, oldest first, with its outcome
/// (docs/streaks-and-strength.md, "Periods"). Empty when today is before the start date.
/// `checkIns` may be in any order and include tombstones, which are ignored; all belong to `habit`.
QList<HabitPeriod> evaluatePeriods(const Habit &habit, const QList<CheckIn> &checkIns, QDate today);

/// The current and best streak as of `today`: the successes in the run of non-failures ending at the latest
/// period, and the most successes in any such run. 0/0 when today is before the start date.
/// `checkIns` may be in any order and include tombstones, which are ignored; all belong to `habit`.
StreakSummary calculateStreaks(const Habit &habit, const QList<CheckIn> &checkIns, QDate today);

} // namespace mosaic
