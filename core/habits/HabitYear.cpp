// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitYear.h"

#include "habits/HabitCalendar.h"
#include "habits/HabitPause.h"
#include "habits/StreakCalculator.h"

#include <algorithm>

namespace mosaic {

QDate heatmapStart(QDate today, int weeks)
{
    return today.addDays(1 - today.dayOfWeek()).addDays(-7 * static_cast<qint64>(std::max(1, weeks) - 1));
}

QList<HabitDay> habitDays(const Habit &habit, const QList<CheckIn> &checkIns, QDate first, QDate last, QDate today)
{
    QList<HabitDay> days;
    if (!first.isValid() || !last.isValid() || last < first)
        return days;
    const bool perWeek = habit.schedule.type == ScheduleType::PerWeek;
    // The calendar reaches past today so that a pause planned ahead shows.
    const CheckInCalendar calendar(habit, checkIns, std::max(last, today));
    // Per-week habits: the outcome of each week, by its Monday.
    QList<HabitPeriod> weeks;
    if (perWeek)
        weeks = evaluatePeriods(habit, checkIns, today);
    auto weekFailed = [&weeks](QDate date) {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        for (const HabitPeriod &week : weeks) {
            if (week.first.addDays(1 - week.first.dayOfWeek()) == monday)
                return week.outcome == PeriodOutcome::Failure;
        }
        return false;
    };

    for (QDate date = first; date <= last; date = date.addDays(1)) {
        HabitDay day{date, HabitDayState::NotAPeriod, 0};
        const CheckIn *checkIn = habit.startDate.isValid() ? calendar.at(date) : nullptr;
        if (checkIn)
            day.value = checkIn->value;
        if (!habit.startDate.isValid() || date < habit.startDate) {
            day.state = HabitDayState::BeforeStart;
        } else if (!countsOn(habit.schedule, date)) {
            day.state = date > today ? HabitDayState::Future : HabitDayState::NotAPeriod;
        } else if (checkIn && checkIn->status == CheckInStatus::Skipped) {
            day.state = isPauseCheckIn(*checkIn) ? HabitDayState::Paused : HabitDayState::Skipped;
        } else if (date > today) {
            day.state = HabitDayState::Future;
        } else if (calendar.isSuccess(date)) {
            day.state = HabitDayState::Done;
        } else if (checkIn) {
            day.state = HabitDayState::Partial;
        } else if (date == today) {
            day.state = HabitDayState::Open;
        } else if (perWeek) {
            const bool currentWeek = date.addDays(7 - date.dayOfWeek()) >= today;
            day.state = currentWeek ? HabitDayState::Open : (weekFailed(date) ? HabitDayState::Missed : HabitDayState::NotAPeriod);
        } else {
            day.state = HabitDayState::Missed;
        }
        days.append(day);
    }
    return days;
}

} // namespace mosaic
