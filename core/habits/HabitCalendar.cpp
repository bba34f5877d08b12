// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitCalendar.h"

#include <algorithm>
#include <cstddef>

namespace mosaic {

namespace {

// A deterministic winner between two live check-ins on one date, whatever order they arrive in.
bool supersedes(const CheckIn &candidate, const CheckIn &current)
{
    if (candidate.updatedAt != current.updatedAt)
        return current.updatedAt < candidate.updatedAt;
    if (candidate.status != current.status)
        return candidate.status == CheckInStatus::Done;
    return candidate.value > current.value;
}

} // namespace

bool countsOn(const HabitSchedule &schedule, QDate date)
{
    switch (schedule.type) {
    case ScheduleType::Daily:
    case ScheduleType::PerWeek:
        return true;
    case ScheduleType::Weekdays:
        return schedule.days.contains(date.dayOfWeek());
    }
    Q_UNREACHABLE();
    return false;
}

int timesPerWeek(const HabitSchedule &schedule)
{
    return std::clamp(schedule.times, 1, 7);
}

bool meetsTarget(const HabitTarget &target, const CheckIn &checkIn)
{
    if (checkIn.status != CheckInStatus::Done)
        return false;
    return target.type == TargetType::Check || checkIn.value >= target.goal;
}

double creditOf(const HabitTarget &target, const CheckIn &checkIn)
{
    if (checkIn.status != CheckInStatus::Done)
        return 0;
    if (target.type == TargetType::Check)
        return 1;
    if (target.goal <= 0) // Invalid data; any done check-in meets such a goal.
        return 1;
    return std::clamp(checkIn.value / target.goal, 0.0, 1.0);
}

CheckInCalendar::CheckInCalendar(const Habit &habit, const QList<CheckIn> &checkIns, QDate last)
    : m_target(habit.target)
{
    const QDate first = habit.startDate;
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    m_firstDay = first.toJulianDay();
    m_slots.assign(static_cast<std::size_t>(first.daysTo(last) + 1), nullptr);
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.isDeleted() || !checkIn.date.isValid() || checkIn.date < first || checkIn.date > last || !countsOn(habit.schedule, checkIn.date))
            continue;
        const CheckIn *&slot = m_slots[static_cast<std::size_t>(checkIn.date.toJulianDay() - m_firstDay)];
        if (!slot || supersedes(checkIn, *slot))
            slot = &checkIn;
    }
}

const CheckIn *CheckInCalendar::at(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    const qint64 index = date.toJulianDay() - m_firstDay;
    if (index < 0 || index >= static_cast<qint64>(m_slots.size()))
        return nullptr;
    return m_slots[static_cast<std::size_t>(index)];
}

bool CheckInCalendar::isSuccess(QDate date) const
{
    const CheckIn *checkIn = at(date);
    return checkIn && meetsTarget(m_target, *checkIn);
}

bool CheckInCalendar::isSkipped(QDate date) const
{
    const CheckIn *checkIn = at(date);
    return checkIn && checkIn->status == CheckInStatus::Skipped;
}

} // namespace mosaic
