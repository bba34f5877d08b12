// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitPause.h"
#include "habits/HabitStrength.h"
#include "habits/StreakCalculator.h"

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

const QDateTime kPausedAt(QDate(2024, 1, 9), QTime(8, 0, 0, 125), Qt::UTC);

QList<QDate> datesOf(const QList<CheckIn> &checkIns)
{
    QList<QDate> dates;
    for (const CheckIn &checkIn : checkIns)
        dates.append(checkIn.date);
    return dates;
}

} // namespace

TEST_CASE("Pausing writes a skipped check-in of value 0 on each free period day", "[habits][pause]")
{
    const Habit habit = dailyHabit(jan(1));
    const QList<CheckIn> existing{done(jan(3)), skipped(jan(4))};
    const QList<CheckIn> written = pauseCheckIns(habit, existing, jan(2), jan(5), kPausedAt);
    CHECK(datesOf(written) == QList<QDate>{jan(2), jan(5)});
    for (const CheckIn &checkIn : written) {
        CHECK(checkIn.habitId == habit.stamps.id);
        CHECK(checkIn.status == CheckInStatus::Skipped);
        CHECK(checkIn.value == 0);
        CHECK(checkIn.updatedAt == kPausedAt);
        CHECK(isPauseCheckIn(checkIn));
    }
}

TEST_CASE("Pausing keeps to the schedule and the start date", "[habits][pause]")
{
    const Habit weekdays = weekdaysHabit(jan(3), {1, 3, 5});
    CHECK(datesOf(pauseCheckIns(weekdays, {}, jan(1), jan(12), kPausedAt)) == QList<QDate>{jan(3), jan(5), jan(8), jan(10), jan(12)});
    const Habit weekly = perWeekHabit(jan(1), 2);
    CHECK(pauseCheckIns(weekly, {}, jan(1), jan(7), kPausedAt).size() == 7);
}

TEST_CASE("Pausing revives an undone day and keeps its note", "[habits][pause]")
{
    CheckIn undone = tombstoned(done(jan(2)));
    undone.note = QStringLiteral("Wrote this before undoing it.");
    const QList<CheckIn> written = pauseCheckIns(dailyHabit(jan(1)), {undone}, jan(2), jan(2), kPausedAt);
    REQUIRE(written.size() == 1);
    CHECK_FALSE(written[0].isDeleted());
    CHECK(written[0].note == undone.note);
    CHECK(isPauseCheckIn(written[0]));
}

TEST_CASE("Invalid ranges pause nothing and say why", "[habits][pause]")
{
    CHECK(pauseRangeProblem(jan(5), jan(2)));
    CHECK(pauseRangeProblem(QDate(), jan(2)));
    CHECK(pauseRangeProblem(jan(1), jan(1).addDays(kMaxPauseDays)));
    CHECK_FALSE(pauseRangeProblem(jan(1), jan(1).addDays(kMaxPauseDays - 1)));
    CHECK(pauseCheckIns(dailyHabit(jan(1)), {}, jan(5), jan(2), kPausedAt).isEmpty());
}

TEST_CASE("A pause keeps the streak and the strength", "[habits][pause]")
{
    const Habit habit = dailyHabit(jan(1));
    QList<CheckIn> checkIns = doneEachDay(jan(1), jan(10));
    checkIns += doneEachDay(jan(21), jan(25));
    const QDate today = jan(25);
    CHECK(calculateStreaks(habit, checkIns, today).current == 5);
    const int strengthWithoutPause = calculateHabitStrength(habit, checkIns, today);

    checkIns += pauseCheckIns(habit, checkIns, jan(11), jan(20), kPausedAt);
    const StreakSummary streaks = calculateStreaks(habit, checkIns, today);
    CHECK(streaks.current == 15);
    CHECK(streaks.best == 15);
    CHECK(calculateHabitStrength(habit, checkIns, today) > strengthWithoutPause);

    // The strength on the last paused day is the strength on the day before the pause.
    CHECK(calculateHabitStrength(habit, checkIns, jan(20)) == calculateHabitStrength(habit, doneEachDay(jan(1), jan(10)), jan(11)));
}

TEST_CASE("Pauses are found by their stamp; hand-made skips are not pauses", "[habits][pause]")
{
    const Habit habit = dailyHabit(jan(1));
    QList<CheckIn> checkIns{skipped(jan(2))}; // by hand: value 1
    checkIns += pauseCheckIns(habit, checkIns, jan(10), jan(14), kPausedAt);
    checkIns += pauseCheckIns(habit, checkIns, jan(3), jan(4), kPausedAt.addSecs(3600));
    checkIns.append(tombstoned(pauseCheckIns(habit, {}, jan(20), jan(20), kPausedAt.addSecs(7200)).constFirst()));
    const QList<HabitPauseRange> pauses = findPauses(checkIns);
    REQUIRE(pauses.size() == 2);
    CHECK(pauses[0] == HabitPauseRange{jan(3), jan(4), kPausedAt.addSecs(3600), 2});
    CHECK(pauses[1] == HabitPauseRange{jan(10), jan(14), kPausedAt, 5});
}

TEST_CASE("Resuming removes only the pause's check-ins that were never edited", "[habits][pause]")
{
    const Habit habit = dailyHabit(jan(1));
    QList<CheckIn> checkIns{done(jan(11))};
    checkIns += pauseCheckIns(habit, checkIns, jan(10), jan(14), kPausedAt);
    REQUIRE(checkIns.size() == 5);
    // A note written on the 12th during the pause moved its stamp.
    for (CheckIn &checkIn : checkIns) {
        if (checkIn.date == jan(12)) {
            checkIn.note = QStringLiteral("Beach day, a real rest.");
            checkIn.updatedAt = kPausedAt.addDays(3);
        }
    }
    // A hand-made skip with the same stamp (impossible in practice) is still not part of it: its value is 1.
    CheckIn byHand = skipped(jan(15));
    byHand.updatedAt = kPausedAt;
    checkIns.append(byHand);

    const QList<HabitPauseRange> pauses = findPauses(checkIns);
    REQUIRE(pauses.size() == 2); // the edited day now stands alone
    const HabitPauseRange &vacation = pauses[0].stamp == kPausedAt ? pauses[0] : pauses[1];
    CHECK(vacation.days == 3);
    CHECK(resumeDates(vacation, checkIns) == QList<QDate>{jan(10), jan(13), jan(14)});
    // A range given wider than the pause does not reach beyond the stamp's check-ins.
    HabitPauseRange wide = vacation;
    wide.first = jan(1);
    wide.last = jan(31);
    CHECK(resumeDates(wide, checkIns) == QList<QDate>{jan(10), jan(13), jan(14)});
}
