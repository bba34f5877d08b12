// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/StreakCalculator.h"

#include "HabitFixtures.h"
#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace mosaic;
using namespace mosaic::test;

namespace Catch {
template <>
struct StringMaker<StreakSummary>
{
    static std::string convert(const StreakSummary &value)
    {
        return "{current " + std::to_string(value.current) + ", best " + std::to_string(value.best) + (value.unit == StreakUnit::Days ? " days}" : " weeks}");
    }
};
} // namespace Catch

namespace {

// 2024-01-01 is a Monday; 2024 is a leap year (Thursday 29 February).
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

StreakSummary days(int current, int best)
{
    return {current, best, StreakUnit::Days};
}

StreakSummary weeks(int current, int best)
{
    return {current, best, StreakUnit::Weeks};
}

QList<PeriodOutcome> outcomes(const QList<HabitPeriod> &periods)
{
    QList<PeriodOutcome> result;
    for (const HabitPeriod &period : periods)
        result.append(period.outcome);
    return result;
}

} // namespace

TEST_CASE("Daily streak counts every done day through today", "[streaks][daily]")
{
    const Habit habit = dailyHabit(jan(1));
    CHECK(calculateStreaks(habit, doneEachDay(jan(1), jan(6)), jan(6)) == days(6, 6));
}

TEST_CASE("Today is neutral until it succeeds", "[streaks][daily][today]")
{
    const Habit habit = dailyHabit(jan(1));
    const QList<CheckIn> throughYesterday = doneEachDay(jan(1), jan(5));

    SECTION("an unchecked today neither adds nor breaks")
    {
        CHECK(calculateStreaks(habit, throughYesterday, jan(6)) == days(5, 5));
    }
    SECTION("a done today adds one")
    {
        CHECK(calculateStreaks(habit, throughYesterday + QList{done(jan(6))}, jan(6)) == days(6, 6));
    }
    SECTION("yesterday unchecked is a failure once the day is over")
    {
        CHECK(calculateStreaks(habit, throughYesterday, jan(7)) == days(0, 5));
    }
}

TEST_CASE("A missed day ends the current run; best keeps the longest", "[streaks][daily]")
{
    const Habit habit = dailyHabit(jan(1));
    // Done 1–4, missed 5, done 6–7; today is the 8th, unchecked.
    const QList<CheckIn> checkIns = doneEachDay(jan(1), jan(4)) + doneEachDay(jan(6), jan(7));
    CHECK(calculateStreaks(habit, checkIns, jan(8)) == days(2, 4));
}

TEST_CASE("Best streak can be the current one", "[streaks][daily]")
{
    const Habit habit = dailyHabit(jan(1));
    // Done 1–2, missed 3, done 4–8.
    const QList<CheckIn> checkIns = doneEachDay(jan(1), jan(2)) + doneEachDay(jan(4), jan(8));
    CHECK(calculateStreaks(habit, checkIns, jan(8)) == days(5, 5));
}

TEST_CASE("A skipped day keeps the run alive without counting", "[streaks][daily][skip]")
{
    const Habit habit = dailyHabit(jan(1));

    SECTION("runs continue across skips")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), skipped(jan(3)), skipped(jan(4)), done(jan(5))};
        CHECK(calculateStreaks(habit, checkIns, jan(5)) == days(3, 3));
    }
    SECTION("only skips make no streak")
    {
        const QList<CheckIn> checkIns{skipped(jan(1)), skipped(jan(2)), skipped(jan(3))};
        CHECK(calculateStreaks(habit, checkIns, jan(3)) == days(0, 0));
    }
    SECTION("a skipped today is neutral")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), skipped(jan(3))};
        CHECK(calculateStreaks(habit, checkIns, jan(3)) == days(2, 2));
    }
    SECTION("a skip does not bridge a missed day")
    {
        const QList<CheckIn> checkIns{done(jan(1)), skipped(jan(2)), done(jan(4))};
        CHECK(calculateStreaks(habit, checkIns, jan(4)) == days(1, 1));
    }
}

TEST_CASE("Check-ins may arrive in any order", "[streaks]")
{
    const Habit habit = dailyHabit(jan(1));
    QList<CheckIn> checkIns = doneEachDay(jan(1), jan(4)) + doneEachDay(jan(6), jan(7));
    std::reverse(checkIns.begin(), checkIns.end());
    std::swap(checkIns[1], checkIns[4]);
    CHECK(calculateStreaks(habit, checkIns, jan(7)) == days(2, 4));
}

TEST_CASE("Tombstoned check-ins are ignored", "[streaks][tombstone]")
{
    const Habit habit = dailyHabit(jan(1));

    SECTION("an undone day is a missed day")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), tombstoned(done(jan(3))), done(jan(4))};
        CHECK(calculateStreaks(habit, checkIns, jan(4)) == days(1, 2));
    }
    SECTION("an undone skip is a missed day")
    {
        const QList<CheckIn> checkIns{done(jan(1)), tombstoned(skipped(jan(2))), done(jan(3))};
        CHECK(calculateStreaks(habit, checkIns, jan(3)) == days(1, 1));
    }
    SECTION("a live check-in beside a tombstone on the same date stands, in either order")
    {
        CheckIn redone = done(jan(2));
        redone.updatedAt = redone.updatedAt.addSecs(3600);
        const CheckIn undone = tombstoned(done(jan(2)));
        CHECK(calculateStreaks(habit, {done(jan(1)), undone, redone, done(jan(3))}, jan(3)) == days(3, 3));
        CHECK(calculateStreaks(habit, {done(jan(1)), redone, undone, done(jan(3))}, jan(3)) == days(3, 3));
    }
}

TEST_CASE("Count targets need the goal", "[streaks][count]")
{
    const Habit habit = withCountTarget(dailyHabit(jan(1)), 10);

    SECTION("below the goal is a failure")
    {
        CHECK(calculateStreaks(habit, {done(jan(1), 10), done(jan(2), 9.5), done(jan(3), 10)}, jan(3)) == days(1, 1));
    }
    SECTION("at or above the goal is a success")
    {
        CHECK(calculateStreaks(habit, {done(jan(1), 10), done(jan(2), 25), done(jan(3), 10)}, jan(3)) == days(3, 3));
    }
    SECTION("today below the goal is still neutral")
    {
        CHECK(calculateStreaks(habit, {done(jan(1), 10), done(jan(2), 10), done(jan(3), 4)}, jan(3)) == days(2, 2));
    }
    SECTION("a check target accepts any done value")
    {
        const Habit checkHabit = dailyHabit(jan(1));
        CHECK(calculateStreaks(checkHabit, {done(jan(1), 0), done(jan(2), 0.5)}, jan(2)) == days(2, 2));
    }
}

TEST_CASE("Weekday schedules only have the listed weekdays as periods", "[streaks][weekdays]")
{
    // Monday, Wednesday, Friday.
    const Habit habit = weekdaysHabit(jan(1), {1, 3, 5});

    SECTION("unlisted days neither count nor break")
    {
        // Mon 1, Wed 3, Fri 5, Mon 8 done; today is Tuesday 9 (not a period).
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(3)), done(jan(5)), done(jan(8))};
        CHECK(calculateStreaks(habit, checkIns, jan(9)) == days(4, 4));
    }
    SECTION("check-ins on unlisted days count for nothing")
    {
        // Wednesday 3 missed; Tuesday 2 and Thursday 4 done do not stand in for it, nor does a skip on Thursday.
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), skipped(jan(4)), done(jan(5)), done(jan(6)), done(jan(7))};
        CHECK(calculateStreaks(habit, checkIns, jan(7)) == days(1, 1));
    }
    SECTION("the latest period is the last listed weekday, not today")
    {
        // Friday 5 missed; today is Sunday 7, so the run ending at the latest period is empty.
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(3))};
        CHECK(calculateStreaks(habit, checkIns, jan(7)) == days(0, 2));
    }
    SECTION("today on a listed day is neutral until it succeeds")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(3))};
        CHECK(calculateStreaks(habit, checkIns, jan(5)) == days(2, 2));
        CHECK(calculateStreaks(habit, checkIns + QList{done(jan(5))}, jan(5)) == days(3, 3));
    }
    SECTION("a weekdays habit without days has no periods")
    {
        CHECK(calculateStreaks(weekdaysHabit(jan(1), {}), doneEachDay(jan(1), jan(7)), jan(7)) == days(0, 0));
    }
    SECTION("periods are the listed days only")
    {
        const QList<HabitPeriod> periods = evaluatePeriods(habit, {done(jan(1)), skipped(jan(3))}, jan(8));
        const QList<HabitPeriod> expected{{jan(1), jan(1), PeriodOutcome::Success},
                                          {jan(3), jan(3), PeriodOutcome::Neutral},
                                          {jan(5), jan(5), PeriodOutcome::Failure},
                                          {jan(8), jan(8), PeriodOutcome::Neutral}};
        CHECK(periods == expected);
    }
}

TEST_CASE("Per-week habits count ISO weeks", "[streaks][per-week]")
{
    // Three times a week, from Monday 1 January; weeks start on the 1st, 8th, 15th, 22nd and 29th.
    const Habit habit = perWeekHabit(jan(1), 3);

    SECTION("a week with enough successful days is a success, whichever days")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(4)), done(jan(7)), done(jan(12)), done(jan(13)), done(jan(14))};
        CHECK(calculateStreaks(habit, checkIns, jan(14)) == weeks(2, 2));
    }
    SECTION("done plus skipped days reaching the target make a neutral week")
    {
        // Week 1 success; week 2 one done + two skipped; week 3 success; today is Monday of week 4.
        const QList<CheckIn> checkIns{done(jan(1)),     done(jan(2)),  done(jan(3)),  done(jan(8)), skipped(jan(10)),
                                      skipped(jan(11)), done(jan(15)), done(jan(16)), done(jan(17))};
        CHECK(calculateStreaks(habit, checkIns, jan(22)) == weeks(2, 2));
        CHECK(outcomes(evaluatePeriods(habit, checkIns, jan(22))) ==
              QList{PeriodOutcome::Success, PeriodOutcome::Neutral, PeriodOutcome::Success, PeriodOutcome::Neutral});
    }
    SECTION("too few done plus skipped days make a failure that breaks the run")
    {
        // Week 1 success; week 2 only two done and nothing skipped; week 3 success.
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), done(jan(3)), done(jan(8)), skipped(jan(9)), done(jan(15)), done(jan(16)), done(jan(17))};
        CHECK(calculateStreaks(habit, checkIns, jan(21)) == weeks(1, 1));
    }
    SECTION("the current week is neutral until it succeeds")
    {
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), done(jan(3)), done(jan(8))};
        // Sunday 14 is still the current week: nothing is lost yet.
        CHECK(calculateStreaks(habit, checkIns, jan(14)) == weeks(1, 1));
        // On Monday 15 the second week is over and failed.
        CHECK(calculateStreaks(habit, checkIns, jan(15)) == weeks(0, 1));
        // The current week counts as soon as it reaches the target.
        CHECK(calculateStreaks(habit, checkIns + QList{done(jan(9)), done(jan(10))}, jan(10)) == weeks(2, 2));
    }
    SECTION("successful days are done check-ins meeting the target")
    {
        const Habit countHabit = withCountTarget(perWeekHabit(jan(1), 2), 20);
        CHECK(calculateStreaks(countHabit, {done(jan(1), 20), done(jan(2), 19), done(jan(3), 5)}, jan(8)) == weeks(0, 0));
        CHECK(calculateStreaks(countHabit, {done(jan(1), 20), done(jan(2), 19), done(jan(3), 30)}, jan(8)) == weeks(1, 1));
    }
    SECTION("done days below a count goal still count towards a neutral week")
    {
        // "Done plus skipped days": week 2 has two done check-ins below the goal, so it is neutral and the run holds.
        const Habit countHabit = withCountTarget(perWeekHabit(jan(1), 2), 20);
        const QList<CheckIn> checkIns{done(jan(1), 20), done(jan(2), 25), done(jan(8), 5), done(jan(9), 5), done(jan(15), 20), done(jan(16), 20)};
        CHECK(outcomes(evaluatePeriods(countHabit, checkIns, jan(22))) ==
              QList{PeriodOutcome::Success, PeriodOutcome::Neutral, PeriodOutcome::Success, PeriodOutcome::Neutral});
        CHECK(calculateStreaks(countHabit, checkIns, jan(22)) == weeks(2, 2));
    }
    SECTION("periods span Monday to Sunday, ending today in the current week")
    {
        const QList<HabitPeriod> expected{{jan(1), jan(7), PeriodOutcome::Failure}, {jan(8), jan(10), PeriodOutcome::Neutral}};
        CHECK(evaluatePeriods(habit, {}, jan(10)) == expected);
    }
    SECTION("weeks run across the new year")
    {
        // Monday 30 December 2024 to Sunday 5 January 2025 is one ISO week.
        const Habit newYear = perWeekHabit(QDate(2024, 12, 23), 2);
        const QList<CheckIn> checkIns{done(QDate(2024, 12, 23)), done(QDate(2024, 12, 24)), done(QDate(2024, 12, 31)), done(QDate(2025, 1, 1)),
                                      done(QDate(2025, 1, 6))};
        CHECK(calculateStreaks(newYear, checkIns, QDate(2025, 1, 6)) == weeks(2, 2));
    }
}

TEST_CASE("The first per-week period is the start date's ISO week, from the start date on", "[streaks][per-week][partial]")
{
    SECTION("a partial first week succeeds with the full number of days after the start")
    {
        // Started Friday 5; done Friday, Saturday, Sunday.
        const Habit habit = perWeekHabit(jan(5), 3);
        CHECK(calculateStreaks(habit, {done(jan(5)), done(jan(6)), done(jan(7))}, jan(8)) == weeks(1, 1));
        CHECK(evaluatePeriods(habit, {}, jan(8)).first() == HabitPeriod{jan(5), jan(7), PeriodOutcome::Failure});
    }
    SECTION("days of that week before the start count for nothing")
    {
        // Started Thursday 4; Monday 1 and Tuesday 2 predate the habit, so the first week has two successes of three.
        const Habit habit = perWeekHabit(jan(4), 3);
        const QList<CheckIn> checkIns{done(jan(1)), done(jan(2)), done(jan(4)), done(jan(5)), done(jan(8)), done(jan(9)), done(jan(10))};
        CHECK(calculateStreaks(habit, checkIns, jan(14)) == weeks(1, 1));
        CHECK(outcomes(evaluatePeriods(habit, checkIns, jan(14))) == QList{PeriodOutcome::Failure, PeriodOutcome::Success});
    }
    SECTION("a partial first week can be neutral through skips")
    {
        const Habit habit = perWeekHabit(jan(6), 2);
        CHECK(calculateStreaks(habit, {done(jan(6)), skipped(jan(7)), done(jan(8)), done(jan(9))}, jan(9)) == weeks(1, 1));
    }
}

TEST_CASE("A habit started today", "[streaks][start]")
{
    SECTION("daily, unchecked")
    {
        CHECK(calculateStreaks(dailyHabit(jan(10)), {}, jan(10)) == days(0, 0));
        CHECK(outcomes(evaluatePeriods(dailyHabit(jan(10)), {}, jan(10))) == QList{PeriodOutcome::Neutral});
    }
    SECTION("daily, done")
    {
        CHECK(calculateStreaks(dailyHabit(jan(10)), {done(jan(10))}, jan(10)) == days(1, 1));
    }
    SECTION("check-ins before the start date count for nothing")
    {
        CHECK(calculateStreaks(dailyHabit(jan(10)), doneEachDay(jan(1), jan(9)), jan(10)) == days(0, 0));
    }
    SECTION("per-week, on a Sunday")
    {
        CHECK(calculateStreaks(perWeekHabit(jan(7), 1), {}, jan(7)) == weeks(0, 0));
        CHECK(calculateStreaks(perWeekHabit(jan(7), 1), {done(jan(7))}, jan(7)) == weeks(1, 1));
    }
    SECTION("weekdays, on an unlisted day")
    {
        CHECK(evaluatePeriods(weekdaysHabit(jan(10), {1}), {done(jan(10))}, jan(10)).isEmpty());
        CHECK(calculateStreaks(weekdaysHabit(jan(10), {1}), {done(jan(10))}, jan(10)) == days(0, 0));
    }
}

TEST_CASE("A habit starting in the future has no streak", "[streaks][start]")
{
    CHECK(calculateStreaks(dailyHabit(jan(20)), doneEachDay(jan(1), jan(20)), jan(10)) == days(0, 0));
    CHECK(calculateStreaks(perWeekHabit(jan(20), 1), doneEachDay(jan(1), jan(20)), jan(10)) == weeks(0, 0));
    CHECK(evaluatePeriods(dailyHabit(jan(20)), {}, jan(10)).isEmpty());
}

TEST_CASE("Check-ins after today count for nothing", "[streaks]")
{
    const Habit habit = perWeekHabit(jan(1), 2);
    // Today is Wednesday 3; Thursday and Friday are still to come.
    CHECK(calculateStreaks(habit, {done(jan(1)), done(jan(4)), done(jan(5))}, jan(3)) == weeks(0, 0));
}

TEST_CASE("Runs cross the leap day", "[streaks][leap]")
{
    const Habit habit = dailyHabit(QDate(2024, 2, 26));

    SECTION("29 February is a day like any other")
    {
        const QList<CheckIn> checkIns = doneEachDay(QDate(2024, 2, 26), QDate(2024, 3, 2));
        CHECK(checkIns.size() == 6);
        CHECK(calculateStreaks(habit, checkIns, QDate(2024, 3, 2)) == days(6, 6));
    }
    SECTION("missing 29 February breaks the run")
    {
        const QList<CheckIn> checkIns{done(QDate(2024, 2, 26)), done(QDate(2024, 2, 27)), done(QDate(2024, 2, 28)), done(QDate(2024, 3, 1))};
        CHECK(calculateStreaks(habit, checkIns, QDate(2024, 3, 1)) == days(1, 3));
    }
    SECTION("in a common year 28 February is followed by 1 March")
    {
        const QList<CheckIn> checkIns{done(QDate(2023, 2, 27)), done(QDate(2023, 2, 28)), done(QDate(2023, 3, 1))};
        CHECK(calculateStreaks(dailyHabit(QDate(2023, 2, 27)), checkIns, QDate(2023, 3, 1)) == days(3, 3));
    }
    SECTION("a Thursday habit has 29 February 2024 as a period")
    {
        const Habit thursdays = weekdaysHabit(QDate(2024, 2, 1), {4});
        const QList<CheckIn> checkIns{done(QDate(2024, 2, 1)), done(QDate(2024, 2, 8)), done(QDate(2024, 2, 15)), done(QDate(2024, 2, 22))};
        CHECK(calculateStreaks(thursdays, checkIns, QDate(2024, 3, 1)) == days(0, 4));
        CHECK(calculateStreaks(thursdays, checkIns + QList{done(QDate(2024, 2, 29))}, QDate(2024, 3, 1)) == days(5, 5));
    }
    SECTION("a per-week habit's week holds 29 February")
    {
        // The ISO week of Monday 26 February runs to Sunday 3 March.
        const Habit weekly = perWeekHabit(QDate(2024, 2, 26), 2);
        CHECK(calculateStreaks(weekly, {done(QDate(2024, 2, 29)), done(QDate(2024, 3, 3))}, QDate(2024, 3, 4)) == weeks(1, 1));
    }
}

TEST_CASE("The streak unit follows the schedule", "[streaks][unit]")
{
    CHECK(calculateStreaks(dailyHabit(jan(1)), {}, jan(1)).unit == StreakUnit::Days);
    CHECK(calculateStreaks(weekdaysHabit(jan(1), {1, 2}), {}, jan(1)).unit == StreakUnit::Days);
    CHECK(calculateStreaks(perWeekHabit(jan(1), 4), {}, jan(1)).unit == StreakUnit::Weeks);
    // Even when there is nothing to count yet.
    CHECK(calculateStreaks(perWeekHabit(jan(9), 4), {}, jan(1)) == weeks(0, 0));
}
