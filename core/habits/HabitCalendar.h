// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QList>

#include <vector>

namespace mosaic {

/// Whether check-ins on `date` mean anything for the schedule: every date for daily and per-week habits,
/// only the listed ISO weekdays for weekdays habits.
bool countsOn(const HabitSchedule &schedule, QDate date);

/// A per-week schedule's `times`, kept within 1–7 so that malformed data cannot make every week a success.
int timesPerWeek(const HabitSchedule &schedule);

/// Whether a check-in completes its day: done, and for count targets a value of at least the goal.
bool meetsTarget(const HabitTarget &target, const CheckIn &checkIn);

/// A done check-in's credit toward habit strength: 1 for check targets, min(1, value / goal) for count targets;
/// 0 for a skipped check-in.
double creditOf(const HabitTarget &target, const CheckIn &checkIn);

/// One habit's check-ins by date, with O(1) look-ups, holding only what the rules may look at:
/// live check-ins (tombstones dropped) dated from the habit's start date through `last`, on dates that count
/// for its schedule. Check-ins may arrive in any order. Should two live check-ins share a date (the journal
/// keeps one per date, so only damaged data does this), the most recently updated one stands.
/// Holds pointers into `checkIns`, which must outlive the calendar.
class CheckInCalendar
{
public:
    CheckInCalendar(const Habit &habit, const QList<CheckIn> &checkIns, QDate last);
    CheckInCalendar(const Habit &habit, QList<CheckIn> &&checkIns, QDate last) = delete;

    /// The check-in that stands on `date`, or nullptr.
    const CheckIn *at(QDate date) const;
    /// A done check-in meeting the target stands on `date`.
    bool isSuccess(QDate date) const;
    /// A skipped check-in stands on `date`.
    bool isSkipped(QDate date) const;

private:
    HabitTarget m_target;
    qint64 m_firstDay = 0; ///< Julian day of the first slot.
    std::vector<const CheckIn *> m_slots;
};

} // namespace mosaic
