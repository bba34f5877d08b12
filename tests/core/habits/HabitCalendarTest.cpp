// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitCalendar.h"

#include "HabitFixtures.h"
#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <utility>

using namespace mosaic;
using namespace mosaic::test;

namespace {

// 2024-01-01 is a Monday.
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

} // namespace

TEST_CASE("Which dates count for a schedule", "[calendar]")
{
    CHECK(countsOn(dailyHabit(jan(1)).schedule, jan(6)));
    CHECK(countsOn(perWeekHabit(jan(1), 2).schedule, jan(7)));
    const HabitSchedule weekends = weekdaysHabit(jan(1), {6, 7}).schedule;
    CHECK_FALSE(countsOn(weekends, jan(5)));
    CHECK(countsOn(weekends, jan(6)));
    CHECK(countsOn(weekends, jan(7)));
}

TEST_CASE("Per-week times stay within 1-7", "[calendar]")
{
    CHECK(timesPerWeek(perWeekHabit(jan(1), 3).schedule) == 3);
    CHECK(timesPerWeek(perWeekHabit(jan(1), 0).schedule) == 1);
    CHECK(timesPerWeek(perWeekHabit(jan(1), 9).schedule) == 7);
}

TEST_CASE("Meeting the target and the credit toward strength", "[calendar]")
{
    const HabitTarget check = dailyHabit(jan(1)).target;
    const HabitTarget count = withCountTarget(dailyHabit(jan(1)), 20).target;

    CHECK(meetsTarget(check, done(jan(1), 0)));
    CHECK_FALSE(meetsTarget(check, skipped(jan(1))));
    CHECK(meetsTarget(count, done(jan(1), 20)));
    CHECK(meetsTarget(count, done(jan(1), 21)));
    CHECK_FALSE(meetsTarget(count, done(jan(1), 19.9)));
    CHECK_FALSE(meetsTarget(count, skipped(jan(1))));

    CHECK(creditOf(check, done(jan(1), 0)) == 1);
    CHECK(creditOf(check, skipped(jan(1))) == 0);
    CHECK(creditOf(count, done(jan(1), 5)) == 0.25);
    CHECK(creditOf(count, done(jan(1), 40)) == 1);
    CHECK(creditOf(count, skipped(jan(1))) == 0);
}

TEST_CASE("The check-in calendar keeps what the rules may look at", "[calendar]")
{
    const Habit habit = weekdaysHabit(jan(2), {1, 2, 3, 4, 5});
    const QList<CheckIn> checkIns{done(jan(1)), // before the start
                                  done(jan(2)), tombstoned(done(jan(3))), skipped(jan(4)),
                                  done(jan(6)), // a Saturday: not listed
                                  done(jan(8)), // the last date
                                  done(jan(9))}; // after the last date
    const CheckInCalendar calendar(habit, checkIns, jan(8));

    CHECK(calendar.at(jan(1)) == nullptr);
    REQUIRE(calendar.at(jan(2)) != nullptr);
    CHECK(calendar.at(jan(2))->date == jan(2));
    CHECK(calendar.isSuccess(jan(2)));
    CHECK(calendar.at(jan(3)) == nullptr);
    CHECK(calendar.isSkipped(jan(4)));
    CHECK_FALSE(calendar.isSuccess(jan(4)));
    CHECK(calendar.at(jan(5)) == nullptr);
    CHECK(calendar.at(jan(6)) == nullptr);
    CHECK(calendar.isSuccess(jan(8)));
    CHECK(calendar.at(jan(9)) == nullptr);
    CHECK(calendar.at(QDate()) == nullptr);
}

TEST_CASE("The most recently updated of two live check-ins on a date stands", "[calendar]")
{
    const Habit habit = dailyHabit(jan(1));
    CheckIn older = skipped(jan(1));
    CheckIn newer = done(jan(1));
    newer.updatedAt = older.updatedAt.addSecs(1);

    const QList<CheckIn> inOrder{older, newer};
    CHECK(CheckInCalendar(habit, inOrder, jan(1)).isSuccess(jan(1)));
    const QList<CheckIn> reversed{newer, older};
    CHECK(CheckInCalendar(habit, reversed, jan(1)).isSuccess(jan(1)));

    std::swap(older.updatedAt, newer.updatedAt);
    const QList<CheckIn> swapped{older, newer};
    CHECK(CheckInCalendar(habit, swapped, jan(1)).isSkipped(jan(1)));
}

TEST_CASE("An empty range holds nothing", "[calendar]")
{
    const QList<CheckIn> checkIns{done(jan(1))};
    CHECK(CheckInCalendar(dailyHabit(jan(5)), checkIns, jan(4)).at(jan(1)) == nullptr);
    CHECK(CheckInCalendar(dailyHabit(QDate()), checkIns, jan(4)).at(jan(1)) == nullptr);
}
