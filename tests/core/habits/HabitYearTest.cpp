// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitYear.h"
#include "habits/HabitPause.h"

#include "HabitFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace mosaic::test;

namespace {

// 2024-01-01 is a Monday.
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

using S = HabitDayState;

QList<HabitDayState> states(const QList<HabitDay> &days)
{
    QList<HabitDayState> result;
    for (const HabitDay &day : days)
        result.append(day.state);
    return result;
}

} // namespace

TEST_CASE("A daily habit's days: before start, done, skipped, missed, today open, future", "[habits][year]")
{
    const Habit habit = dailyHabit(jan(2));
    const QList<CheckIn> checkIns{done(jan(2)), skipped(jan(3)), tombstoned(done(jan(4)))};
    const QList<HabitDay> days = habitDays(habit, checkIns, jan(1), jan(7), jan(5));
    CHECK(states(days) == QList<S>{S::BeforeStart, S::Done, S::Skipped, S::Missed, S::Open, S::Future, S::Future});
    CHECK(days[1].date == jan(2));
    CHECK(days[1].value == 1);
    CHECK(days[3].value == 0);
}

TEST_CASE("Today shows done once it is done", "[habits][year]")
{
    const QList<HabitDay> days = habitDays(dailyHabit(jan(1)), {done(jan(5))}, jan(5), jan(5), jan(5));
    CHECK(states(days) == QList<S>{S::Done});
}

TEST_CASE("A weekdays habit's other days are not periods", "[habits][year]")
{
    const Habit habit = weekdaysHabit(jan(1), {1, 3, 5});
    const QList<HabitDay> days = habitDays(habit, {done(jan(1)), done(jan(2))}, jan(1), jan(7), jan(10));
    // The done check-in on Tuesday counts for nothing.
    CHECK(states(days) == QList<S>{S::Done, S::NotAPeriod, S::Missed, S::NotAPeriod, S::Missed, S::NotAPeriod, S::NotAPeriod});
}

TEST_CASE("A count below the goal is partial", "[habits][year]")
{
    const Habit habit = withCountTarget(dailyHabit(jan(1)), 10);
    const QList<HabitDay> days = habitDays(habit, {done(jan(1), 4), done(jan(2), 10)}, jan(1), jan(2), jan(3));
    CHECK(states(days) == QList<S>{S::Partial, S::Done});
    CHECK(days[0].value == 4);
}

TEST_CASE("A per-week habit's empty days are missed only in a week that failed", "[habits][year]")
{
    const Habit habit = perWeekHabit(jan(1), 2);
    // Week 1 succeeds (two done days), week 2 fails (one), week 3 is the current week.
    const QList<CheckIn> checkIns{done(jan(1)), done(jan(3)), done(jan(9))};
    const QList<HabitDay> days = habitDays(habit, checkIns, jan(1), jan(21), jan(17));
    const QList<S> week1{S::Done, S::NotAPeriod, S::Done, S::NotAPeriod, S::NotAPeriod, S::NotAPeriod, S::NotAPeriod};
    const QList<S> week2{S::Missed, S::Done, S::Missed, S::Missed, S::Missed, S::Missed, S::Missed};
    const QList<S> week3{S::Open, S::Open, S::Open, S::Future, S::Future, S::Future, S::Future};
    CHECK(states(days) == week1 + week2 + week3);
}

TEST_CASE("Paused days, also ahead of today, show as paused", "[habits][year]")
{
    const Habit habit = dailyHabit(jan(1));
    const QList<CheckIn> pause = pauseCheckIns(habit, {}, jan(4), jan(8), QDateTime(jan(3), QTime(9, 0), Qt::UTC));
    const QList<HabitDay> days = habitDays(habit, pause, jan(3), jan(9), jan(5));
    CHECK(states(days) == QList<S>{S::Missed, S::Paused, S::Paused, S::Paused, S::Paused, S::Paused, S::Future});
}

TEST_CASE("The heatmap starts on a Monday and ends with today's week", "[habits][year]")
{
    CHECK(heatmapStart(jan(3), 1) == jan(1));
    CHECK(heatmapStart(jan(7), 1) == jan(1));
    CHECK(heatmapStart(jan(8), 2) == jan(1));
    CHECK(heatmapStart(QDate(2026, 11, 20), 53).dayOfWeek() == 1);
    CHECK(heatmapStart(QDate(2026, 11, 20), 53).daysTo(QDate(2026, 11, 22)) == 53 * 7 - 1);
}

TEST_CASE("An invalid range gives no days", "[habits][year]")
{
    CHECK(habitDays(dailyHabit(jan(1)), {}, jan(5), jan(4), jan(5)).isEmpty());
}
