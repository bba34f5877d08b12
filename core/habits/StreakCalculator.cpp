// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/StreakCalculator.h"

#include "habits/HabitCalendar.h"

#include <algorithm>

namespace mosaic {

namespace {

QList<HabitPeriod> evaluateDays(const Habit &habit, const CheckInCalendar &calendar, QDate today)
{
    QList<HabitPeriod> periods;
    for (QDate date = habit.startDate; date <= today; date = date.addDays(1)) {
        if (!countsOn(habit.schedule, date))
            continue;
        PeriodOutcome outcome = PeriodOutcome::Failure;
        if (calendar.isSuccess(date))
            outcome = PeriodOutcome::Success;
        else if (calendar.isSkipped(date) || date == today) // Today still has time to succeed.
            outcome = PeriodOutcome::Neutral;
        periods.append({date, date, outcome});
    }
    return periods;
}

// The first week is the ISO week holding the start date, but only its dates from the start date on count, and
// it still needs `times` successful days: the habit did not exist earlier in that week.
QList<HabitPeriod> evaluateWeeks(const Habit &habit, const CheckInCalendar &calendar, QDate today)
{
    const int times = timesPerWeek(habit.schedule);
    QList<HabitPeriod> periods;
    const QDate firstMonday = habit.startDate.addDays(1 - habit.startDate.dayOfWeek());
    for (QDate monday = firstMonday; monday <= today; monday = monday.addDays(7)) {
        const QDate sunday = monday.addDays(6);
        const QDate first = std::max(monday, habit.startDate);
        const QDate last = std::min(sunday, today);
        int successes = 0;
        // "Done plus skipped days": any done check-in counts here, even one below a count goal.
        int doneOrSkipped = 0;
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            if (calendar.isSuccess(date))
                ++successes;
            if (calendar.at(date))
                ++doneOrSkipped;
        }
        const bool isCurrentWeek = today <= sunday;
        PeriodOutcome outcome = PeriodOutcome::Failure;
        if (successes >= times)
            outcome = PeriodOutcome::Success;
        else if (isCurrentWeek || doneOrSkipped >= times)
            outcome = PeriodOutcome::Neutral;
        periods.append({first, last, outcome});
    }
    return periods;
}

} // namespace

StreakUnit streakUnit(const HabitSchedule &schedule)
{
    return schedule.type == ScheduleType::PerWeek ? StreakUnit::Weeks : StreakUnit::Days;
}

QList<HabitPeriod> evaluatePeriods(const Habit &habit, const QList<CheckIn> &checkIns, QDate today)
{
    if (!habit.startDate.isValid() || !today.isValid() || today < habit.startDate)
        return {};
    const CheckInCalendar calendar(habit, checkIns, today);
    if (habit.schedule.type == ScheduleType::PerWeek)
        return evaluateWeeks(habit, calendar, today);
    return evaluateDays(habit, calendar, today);
}

StreakSummary calculateStreaks(const Habit &habit, const QList<CheckIn> &checkIns, QDate today)
{
    StreakSummary summary;
    summary.unit = streakUnit(habit.schedule);
    int run = 0; // Successes since the last failure; neutral periods neither add nor break.
    for (const HabitPeriod &period : evaluatePeriods(habit, checkIns, today)) {
        if (period.outcome == PeriodOutcome::Failure)
            run = 0;
        else if (period.outcome == PeriodOutcome::Success)
            ++run;
        summary.best = std::max(summary.best, run);
    }
    summary.current = run;
    return summary;
}

} // namespace mosaic
