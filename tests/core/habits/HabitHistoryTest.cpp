// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitHistory.h"
#include "habits/HabitPause.h"

#include "HabitFixtures.h"
#include "StoreFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace mosaic::test;
using namespace StoreFixtures;

namespace {

QDate jan(int day)
{
    return QDate(2024, 1, day);
}

struct Journal
{
    std::unique_ptr<Database> database = require(Database::openInMemory());
    HabitStore habits{database->connection()};
    StrengthStore strengths{database->connection()};
    HabitHistory history{database->connection()};
    Habit habit;

    Journal()
    {
        habit = dailyHabit(jan(1));
        habit.stamps = StoreFixtures::stamps(id('4', 1), 1);
        requireOk(habits.save(habit));
    }

    CheckIn add(CheckIn checkIn, const QString &note = {})
    {
        checkIn.habitId = habit.stamps.id;
        checkIn.note = note;
        requireOk(habits.save(checkIn));
        return checkIn;
    }
};

} // namespace

TEST_CASE("Notes come a page at a time, newest first, live ones only", "[habits][history]")
{
    Journal journal;
    for (int day = 1; day <= 9; ++day)
        journal.add(done(jan(day)), day % 2 ? QStringLiteral("Note %1").arg(day) : QString());
    journal.add(tombstoned(done(jan(11))), QStringLiteral("Undone"));
    CHECK(require(journal.history.noteCount(journal.habit.stamps.id)) == 5);
    const QList<CheckIn> first = require(journal.history.notesPage(journal.habit.stamps.id, 2, 0));
    REQUIRE(first.size() == 2);
    CHECK(first[0].date == jan(9));
    CHECK(first[0].note == QStringLiteral("Note 9"));
    CHECK(first[1].date == jan(7));
    const QList<CheckIn> last = require(journal.history.notesPage(journal.habit.stamps.id, 2, 4));
    REQUIRE(last.size() == 1);
    CHECK(last[0].date == jan(1));
}

TEST_CASE("Pause candidates are the live skipped check-ins of value 0, with their stamps", "[habits][history]")
{
    Journal journal;
    journal.add(skipped(jan(2)));
    const QDateTime stamp(jan(3), QTime(8, 0, 0, 5), Qt::UTC);
    for (const CheckIn &checkIn : pauseCheckIns(journal.habit, {}, jan(4), jan(6), stamp))
        requireOk(journal.habits.save(checkIn));
    const QList<CheckIn> candidates = require(journal.history.pauseCandidates(journal.habit.stamps.id));
    REQUIRE(candidates.size() == 3);
    CHECK(findPauses(candidates) == QList<HabitPauseRange>{{jan(4), jan(6), stamp, 3}});
}

TEST_CASE("A pause made while the clock is behind stays one pause", "[habits][history][pause]")
{
    // An undone day stamped later than the pause's instant (the clock was set back since): the store moves that
    // one check-in's stamp past its stored one, so a pause stamped with the instant alone came back as two pauses.
    Journal journal;
    journal.add(tombstoned(done(jan(5))));
    const QDateTime behind(jan(3), QTime(8, 0), Qt::UTC);
    const QList<CheckIn> existing = require(journal.history.checkInsBetween(journal.habit.stamps.id, jan(4), jan(6)));
    for (const CheckIn &checkIn : pauseCheckIns(journal.habit, existing, jan(4), jan(6), behind))
        requireOk(journal.habits.save(checkIn));
    const QList<HabitPauseRange> pauses = findPauses(require(journal.history.pauseCandidates(journal.habit.stamps.id)));
    REQUIRE(pauses.size() == 1);
    CHECK(pauses[0].first == jan(4));
    CHECK(pauses[0].last == jan(6));
    CHECK(pauses[0].days == 3);
}

TEST_CASE("Check-ins between two dates include tombstones", "[habits][history]")
{
    Journal journal;
    journal.add(done(jan(1)));
    journal.add(tombstoned(done(jan(2))));
    journal.add(done(jan(5)));
    const QList<CheckIn> range = require(journal.history.checkInsBetween(journal.habit.stamps.id, jan(2), jan(5)));
    REQUIRE(range.size() == 2);
    CHECK(range[0].isDeleted());
    CHECK(range[1].date == jan(5));
}

TEST_CASE("Wins between two dates, live ones by date", "[habits][history]")
{
    Journal journal;
    auto addWin = [&](int number, QDate date, bool deleted) {
        Win win;
        win.stamps = StoreFixtures::stamps(id('6', number), 1);
        if (deleted)
            win.stamps.deletedAt = win.stamps.updatedAt;
        win.date = date;
        win.text = QStringLiteral("Win %1").arg(number);
        requireOk(journal.strengths.save(win));
    };
    addWin(1, jan(10), false);
    addWin(2, jan(8), false);
    addWin(3, jan(9), true);
    addWin(4, jan(15), false);
    const QList<Win> wins = require(journal.history.winsBetween(jan(8), jan(14)));
    REQUIRE(wins.size() == 2);
    CHECK(wins[0].text == QStringLiteral("Win 2"));
    CHECK(wins[1].text == QStringLiteral("Win 1"));
}
