// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

// Small builders so that each habit test reads as its scenario.
namespace mosaic::test {

inline Habit dailyHabit(QDate start)
{
    Habit habit;
    habit.stamps.id = QStringLiteral("habit");
    habit.name = QStringLiteral("Gratitude");
    habit.startDate = start;
    return habit;
}

inline Habit weekdaysHabit(QDate start, QList<int> days)
{
    Habit habit = dailyHabit(start);
    habit.schedule.type = ScheduleType::Weekdays;
    habit.schedule.days = std::move(days);
    return habit;
}

inline Habit perWeekHabit(QDate start, int times)
{
    Habit habit = dailyHabit(start);
    habit.schedule.type = ScheduleType::PerWeek;
    habit.schedule.times = times;
    return habit;
}

inline Habit withCountTarget(Habit habit, double goal)
{
    habit.target.type = TargetType::Count;
    habit.target.goal = goal;
    habit.target.unit = QStringLiteral("minutes");
    return habit;
}

inline CheckIn done(QDate date, double value = 1)
{
    CheckIn checkIn;
    checkIn.habitId = QStringLiteral("habit");
    checkIn.date = date;
    checkIn.status = CheckInStatus::Done;
    checkIn.value = value;
    checkIn.updatedAt = QDateTime(date, QTime(20, 0), Qt::UTC);
    return checkIn;
}

inline CheckIn skipped(QDate date)
{
    CheckIn checkIn = done(date);
    checkIn.status = CheckInStatus::Skipped;
    return checkIn;
}

inline CheckIn tombstoned(CheckIn checkIn)
{
    checkIn.deletedAt = checkIn.updatedAt.addSecs(60);
    checkIn.updatedAt = *checkIn.deletedAt;
    return checkIn;
}

/// A done check-in on every date from `first` through `last`.
inline QList<CheckIn> doneEachDay(QDate first, QDate last, double value = 1)
{
    QList<CheckIn> checkIns;
    for (QDate date = first; date <= last; date = date.addDays(1))
        checkIns.append(done(date, value));
    return checkIns;
}

/// A done check-in on every date from `first` through `last` that falls on one of `weekdays` (ISO, 1 = Monday).
inline QList<CheckIn> doneOnWeekdays(QDate first, QDate last, const QList<int> &weekdays)
{
    QList<CheckIn> checkIns;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (weekdays.contains(date.dayOfWeek()))
            checkIns.append(done(date));
    }
    return checkIns;
}

} // namespace mosaic::test
