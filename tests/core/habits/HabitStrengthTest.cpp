// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitStrength.h"

#include "HabitFixtures.h"
#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

using namespace mosaic;
using namespace mosaic::test;

// Expected values below are worked out from the rule of docs/streaks-and-strength.md by hand: the per-day window values are listed, and
// the EMA over them is written out again here independently of the implementation.
namespace {

// 2024-01-01 is a Monday.
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

// m = 0.5 ^ (sqrt(num / den) / 13)
double multiplier(double num, double den)
{
    return std::pow(0.5, std::sqrt(num / den) / 13);
}

// `days` consecutive updates with the same window value.
struct Run
{
    double value;
    int days;
};

// The score after updating from 0 with each run's value in turn.
double emaOf(std::initializer_list<Run> runs, double m)
{
    double score = 0;
    for (const Run &run : runs) {
        for (int day = 0; day < run.days; ++day)
            score = score * m + run.value * (1 - m);
    }
    return score;
}

// round(100 × score) with halves up.
int percent(double score)
{
    return static_cast<int>(std::floor(100 * score + 0.5 + 1e-9));
}

// With a daily habit done on every one of n updates, score = 1 − m^n with m^13 = 0.5, i.e. 1 − 0.5^(n/13).
double dailyAfter(int updates)
{
    return 1 - std::pow(0.5, updates / 13.0);
}

} // namespace

TEST_CASE("Daily strength follows 1 - 0.5^(n/13) for n done days", "[strength][daily]")
{
    const Habit habit = dailyHabit(jan(1));
    // 12 done days, today (the 13th) not yet: 1 − 0.5^(12/13) = 0.4726.
    CHECK(percent(dailyAfter(12)) == 47);
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(12)), jan(13)) == 47);
    // 13 done days: exactly one half-life, 0.5.
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(13)), jan(14)) == 50);
    // 26 done days: 0.75.
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(26)), jan(27)) == 75);
    // A year of done days: 1 − 0.5^(365/13) ≈ 1 − 3.5e-9.
    const QDate start(2023, 1, 1);
    CHECK(calculateHabitStrength(dailyHabit(start), doneEachDay(start, start.addDays(364)), start.addDays(365)) == 100);
}

TEST_CASE("Strength starts at 0 and missed days decay it", "[strength][daily]")
{
    const Habit habit = dailyHabit(jan(1));
    CHECK(calculateHabitStrength(habit, {}, jan(20)) == 0);
    // 12 done days then the 13th missed: (1 − 0.5^(12/13)) × m = 0.4481.
    const double m = multiplier(1, 1);
    CHECK(percent(dailyAfter(12) * m) == 45);
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(12)), jan(14)) == 45);
    // 13 done days then 13 missed: halved again, 0.25.
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(13)), jan(27)) == 25);
}

TEST_CASE("Today counts only once it is a success", "[strength][today]")
{
    const Habit habit = dailyHabit(jan(1));
    const QList<CheckIn> throughYesterday = doneEachDay(jan(1), jan(12));

    SECTION("an unchecked today leaves yesterday's score")
    {
        CHECK(calculateHabitStrength(habit, throughYesterday, jan(13)) == 47);
    }
    SECTION("a done today is one more update")
    {
        CHECK(calculateHabitStrength(habit, throughYesterday + QList{done(jan(13))}, jan(13)) == 50);
    }
    SECTION("a skipped today changes nothing")
    {
        CHECK(calculateHabitStrength(habit, throughYesterday + QList{skipped(jan(13))}, jan(13)) == 47);
    }
    SECTION("a count below the goal today is not yet a success")
    {
        const Habit countHabit = withCountTarget(dailyHabit(jan(1)), 10);
        const QList<CheckIn> checkIns = doneEachDay(jan(1), jan(12), 10);
        CHECK(calculateHabitStrength(countHabit, checkIns + QList{done(jan(13), 5)}, jan(13)) == 47);
        CHECK(calculateHabitStrength(countHabit, checkIns + QList{done(jan(13), 10)}, jan(13)) == 50);
    }
}

TEST_CASE("A skipped day leaves the score unchanged", "[strength][skip]")
{
    const Habit habit = dailyHabit(jan(1));

    SECTION("a skip at the end keeps the score")
    {
        // 12 updates of 1, then no update on the 13th: 0.4726, not 0.4481 as for a missed day.
        CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(12)) + QList{skipped(jan(13))}, jan(14)) == 47);
    }
    SECTION("a skip in the middle is as if the day did not exist")
    {
        const QList<CheckIn> checkIns = doneEachDay(jan(1), jan(6)) + QList{skipped(jan(7))} + doneEachDay(jan(8), jan(13));
        CHECK(calculateHabitStrength(habit, checkIns, jan(14)) == 47);
    }
    SECTION("skipping every day keeps the score at 0")
    {
        QList<CheckIn> checkIns;
        for (int day = 1; day <= 20; ++day)
            checkIns.append(skipped(jan(day)));
        CHECK(calculateHabitStrength(habit, checkIns, jan(21)) == 0);
    }
}

TEST_CASE("A skipped day scores 1 in later windows", "[strength][skip][per-week]")
{
    // Twice a week: num 4, den 14. Done Monday 1, skipped Tuesday 2, nothing on Wednesday 3; today is Thursday 4.
    // Monday: s = 1, value 1/4. Tuesday: no update. Wednesday: s = 1 + 1 (the skip), value 2/4.
    const Habit habit = perWeekHabit(jan(1), 2);
    const double expected = emaOf({{1.0 / 4, 1}, {2.0 / 4, 1}}, multiplier(4, 14)); // 0.0209
    CHECK(percent(expected) == 2);
    CHECK(calculateHabitStrength(habit, {done(jan(1)), skipped(jan(2))}, jan(4)) == percent(expected));
    // Without the skip, Tuesday updates with 1/4 and Wednesday with 1/4 again.
    CHECK(percent(emaOf({{1.0 / 4, 3}}, multiplier(4, 14))) == 2);
}

TEST_CASE("Count targets earn partial credit", "[strength][count]")
{
    const Habit habit = withCountTarget(dailyHabit(jan(1)), 10);

    SECTION("half the goal every day gives half the score")
    {
        // value 0.5 for 13 days: 0.5 × (1 − 0.5) = 0.25.
        CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(13), 5), jan(14)) == 25);
    }
    SECTION("more than the goal counts as the goal")
    {
        CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(13), 40), jan(14)) == 50);
    }
    SECTION("check targets give full credit for any done value")
    {
        CHECK(calculateHabitStrength(dailyHabit(jan(1)), doneEachDay(jan(1), jan(13), 0.25), jan(14)) == 50);
    }
}

TEST_CASE("Strength rounds halves up", "[strength][rounding]")
{
    SECTION("87.5 becomes 88")
    {
        // 39 done days (1 January to 8 February): 1 − 0.5^3 = 0.875.
        CHECK(dailyAfter(39) == 0.875);
        CHECK(calculateHabitStrength(dailyHabit(jan(1)), doneEachDay(jan(1), QDate(2024, 2, 8)), QDate(2024, 2, 9)) == 88);
    }
    SECTION("37.5 becomes 38")
    {
        // Half the goal for 26 days: 0.5 × (1 − 0.25) = 0.375.
        const Habit habit = withCountTarget(dailyHabit(jan(1)), 10);
        CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(26), 5), jan(27)) == 38);
    }
}

TEST_CASE("Weekdays habits use a doubled weekly frequency", "[strength][weekdays]")
{
    // Monday, Wednesday, Friday: num 2 × 3 = 6, den 14.
    const QList<int> days{1, 3, 5};
    const Habit habit = weekdaysHabit(jan(1), days);
    const double m = multiplier(6, 14);

    SECTION("the first week, window by window")
    {
        // Done Mon 1, Wed 3, Fri 5; today Saturday 6. Windows: 1, 1, 2, 2, 3 done days out of 6.
        const double expected = emaOf({{1.0 / 6, 2}, {2.0 / 6, 2}, {3.0 / 6, 1}}, m); // 0.0490
        CHECK(percent(expected) == 5);
        CHECK(calculateHabitStrength(habit, {done(jan(1)), done(jan(3)), done(jan(5))}, jan(6)) == 5);
    }
    SECTION("four full weeks")
    {
        // Every listed day done from Monday 1 to Sunday 28; today Monday 29 is unchecked. The 14-day window holds
        // 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6 done days on days 1–14 and 6 on each of days 15–28.
        const double expected = emaOf({{1.0 / 6, 2}, {2.0 / 6, 2}, {3.0 / 6, 3}, {4.0 / 6, 2}, {5.0 / 6, 2}, {1, 17}}, m); // 0.5399
        CHECK(percent(expected) == 54);
        const QList<CheckIn> checkIns = doneOnWeekdays(jan(1), jan(28), days);
        CHECK(calculateHabitStrength(habit, checkIns, jan(29)) == 54);

        // Done check-ins on unlisted days add nothing.
        CHECK(calculateHabitStrength(habit, checkIns + doneOnWeekdays(jan(1), jan(28), {2, 4, 6, 7}), jan(29)) == 54);
    }
    SECTION("a skip on an unlisted day counts for nothing")
    {
        // Done Monday 1, skipped Tuesday 2 (unlisted), nothing on Wednesday 3; today Thursday 4.
        // Tuesday still updates, and the skip adds nothing to Wednesday's window: 1/6, 1/6, 1/6.
        const double expected = emaOf({{1.0 / 6, 3}}, m); // 0.0168
        CHECK(percent(expected) == 2);
        CHECK(calculateHabitStrength(habit, {done(jan(1)), skipped(jan(2))}, jan(4)) == 2);
        // Counted as a skip it would give one update of 1/6 and one of 2/6: 0.0169, also 2; so compare a longer case:
        // a habit on Mondays only (num 2), done every Monday for 8 weeks, skipped every Tuesday.
        const Habit mondays = weekdaysHabit(jan(1), {1});
        QList<CheckIn> checkIns = doneOnWeekdays(jan(1), QDate(2024, 2, 25), {1});
        for (QDate tuesday = jan(2); tuesday < QDate(2024, 2, 26); tuesday = tuesday.addDays(7))
            checkIns.append(skipped(tuesday));
        CHECK(calculateHabitStrength(mondays, checkIns, QDate(2024, 2, 26)) ==
              calculateHabitStrength(mondays, doneOnWeekdays(jan(1), QDate(2024, 2, 25), {1}), QDate(2024, 2, 26)));
    }
    SECTION("a weekdays habit without days has no strength")
    {
        CHECK(calculateHabitStrength(weekdaysHabit(jan(1), {}), doneEachDay(jan(1), jan(28)), jan(29)) == 0);
    }
}

TEST_CASE("Per-week habits use a doubled weekly frequency", "[strength][per-week]")
{
    SECTION("three times a week, four weeks")
    {
        // num 6, den 14. Done Monday–Wednesday of each week from the 1st; today Monday 29 is unchecked.
        // Window sums: 1, 2, 3, 3, 3, 3, 3, 4, 5, then 6 for days 10–28.
        const Habit habit = perWeekHabit(jan(1), 3);
        const double m = multiplier(6, 14);
        const double expected = emaOf({{1.0 / 6, 1}, {2.0 / 6, 1}, {3.0 / 6, 5}, {4.0 / 6, 1}, {5.0 / 6, 1}, {1, 19}}, m); // 0.5562
        CHECK(percent(expected) == 56);
        const QList<CheckIn> checkIns = doneOnWeekdays(jan(1), jan(28), {1, 2, 3});
        CHECK(calculateHabitStrength(habit, checkIns, jan(29)) == 56);

        // Skipping Wednesday 10 instead: no update that day, and it still scores 1 in later windows. 0.5405.
        QList<CheckIn> withSkip = checkIns;
        withSkip.removeIf([](const CheckIn &checkIn) { return checkIn.date == jan(10); });
        CHECK(percent(emaOf({{1.0 / 6, 1}, {2.0 / 6, 1}, {3.0 / 6, 5}, {4.0 / 6, 1}, {5.0 / 6, 1}, {1, 18}}, m)) == 54);
        CHECK(calculateHabitStrength(habit, withSkip + QList{skipped(jan(10))}, jan(29)) == 54);
        // Missing Wednesday 10: the windows of days 10–23 hold only 5. 0.5021.
        CHECK(percent(emaOf({{1.0 / 6, 1}, {2.0 / 6, 1}, {3.0 / 6, 5}, {4.0 / 6, 1}, {5.0 / 6, 15}, {1, 5}}, m)) == 50);
        CHECK(calculateHabitStrength(habit, withSkip, jan(29)) == 50);
    }
    SECTION("once a week, every day: the window caps the value at 1")
    {
        // num 2, den 14. Done every day 1–21; today the 22nd. Values 1/2, then 1 for 20 days. 0.3384.
        const double expected = emaOf({{0.5, 1}, {1, 20}}, multiplier(2, 14));
        CHECK(percent(expected) == 34);
        CHECK(calculateHabitStrength(perWeekHabit(jan(1), 1), doneEachDay(jan(1), jan(21)), jan(22)) == 34);
    }
    SECTION("a done day stays in the window for 14 days")
    {
        // Done only Monday 1; today Saturday 20: days 1–14 have value 1/2, days 15–19 have 0. 0.1111.
        const double expected = emaOf({{0.5, 14}, {0, 5}}, multiplier(2, 14));
        CHECK(percent(expected) == 11);
        CHECK(calculateHabitStrength(perWeekHabit(jan(1), 1), {done(jan(1))}, jan(20)) == 11);
    }
    SECTION("check-ins before the start date are outside every window")
    {
        // Started Monday 8, done Friday 5 (before) and Monday 8; today Tuesday 9: one update with s = 1, value 1/2.
        // Counting Friday would give value 1 and 2%.
        const double expected = emaOf({{0.5, 1}}, multiplier(2, 14)); // 0.0100
        CHECK(percent(expected) == 1);
        CHECK(calculateHabitStrength(perWeekHabit(jan(8), 1), {done(jan(5)), done(jan(8))}, jan(9)) == 1);
    }
}

TEST_CASE("Strength of new and future habits", "[strength][start]")
{
    SECTION("started today and unchecked")
    {
        CHECK(calculateHabitStrength(dailyHabit(jan(10)), {}, jan(10)) == 0);
    }
    SECTION("started today and done: one update of 1, 1 − m = 0.0519")
    {
        CHECK(calculateHabitStrength(dailyHabit(jan(10)), {done(jan(10))}, jan(10)) == 5);
    }
    SECTION("starting in the future")
    {
        CHECK(calculateHabitStrength(dailyHabit(jan(20)), doneEachDay(jan(1), jan(20)), jan(10)) == 0);
    }
}

TEST_CASE("Strength ignores tombstoned check-ins", "[strength][tombstone]")
{
    const Habit habit = dailyHabit(jan(1));
    QList<CheckIn> checkIns = doneEachDay(jan(1), jan(12));
    checkIns[11] = tombstoned(checkIns[11]);
    // As if the 12th were missed: 11 updates of 1 then one of 0: (1 − 0.5^(11/13)) × m = 0.4242.
    CHECK(percent(dailyAfter(11) * multiplier(1, 1)) == 42);
    CHECK(calculateHabitStrength(habit, checkIns, jan(13)) == 42);
    // An undone skip is no skip either.
    CHECK(calculateHabitStrength(habit, doneEachDay(jan(1), jan(11)) + QList{tombstoned(skipped(jan(12)))}, jan(13)) == 42);
}
