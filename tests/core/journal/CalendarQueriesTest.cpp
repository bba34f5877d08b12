// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/CalendarQueries.h"
#include "JournalFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;
using namespace JournalFixtures;

namespace {

const QTimeZone kUtc = QTimeZone::utc();

} // namespace

TEST_CASE("The journal's calendar: entries counted per day, reflections, wins and written notes together", "[journal][calendar]")
{
    TestJournal journal;
    const QDate day(2026, 11, 14);
    requireOk(journal.incidents.save(reflection(id('1', 1), utc(day, 9))));
    requireOk(journal.incidents.save(reflection(id('1', 2), utc(day, 18))));
    requireOk(journal.strengths.save(win(id('2', 1), day)));
    requireOk(journal.strengths.save(win(id('2', 2), day.addDays(1))));
    requireOk(journal.habits.save(habit(id('7', 1))));
    requireOk(journal.habits.save(habit(id('7', 2), QStringLiteral("Read"))));
    requireOk(journal.habits.save(note(id('7', 1), day)));
    requireOk(journal.habits.save(note(id('7', 2), day)));
    // A check-in without a note is not an entry.
    requireOk(journal.habits.save(note(id('7', 1), day.addDays(2), QString())));

    CalendarQueries queries(journal.connection);
    const QMap<QDate, int> counts = require(queries.entriesPerDay(QDate(2026, 11, 1), QDate(2026, 12, 1), kUtc));
    CHECK(counts == QMap<QDate, int>{{day, 5}, {day.addDays(1), 1}});
}

TEST_CASE("The journal's calendar: tombstones and the notes of a deleted habit are left out", "[journal][calendar]")
{
    TestJournal journal;
    const QDate day(2026, 11, 14);
    Incident gone = reflection(id('1', 1), utc(day, 9));
    gone.stamps = deleted(gone.stamps.id);
    requireOk(journal.incidents.save(gone));
    requireOk(journal.incidents.save(reflection(id('1', 2), utc(day, 10))));
    Win goneWin = win(id('2', 1), day);
    goneWin.stamps = deleted(goneWin.stamps.id);
    requireOk(journal.strengths.save(goneWin));
    Habit goneHabit = habit(id('7', 1));
    goneHabit.stamps = deleted(goneHabit.stamps.id);
    requireOk(journal.habits.save(goneHabit));
    requireOk(journal.habits.save(note(id('7', 1), day)));
    requireOk(journal.habits.save(habit(id('7', 2))));
    CheckIn undone = note(id('7', 2), day);
    undone.deletedAt = at(4);
    requireOk(journal.habits.save(undone));

    CalendarQueries queries(journal.connection);
    const QMap<QDate, int> counts = require(queries.entriesPerDay(QDate(2026, 11, 1), QDate(2026, 12, 1), kUtc));
    CHECK(counts == QMap<QDate, int>{{day, 1}});
}

TEST_CASE("The journal's calendar: the range's ends are local days; a reflection counts on its local date", "[journal][calendar]")
{
    TestJournal journal;
    // 23:30 UTC on 31 October is 00:30 on 1 November in Berlin (UTC+1 in winter): November's in Berlin, not in UTC.
    requireOk(journal.incidents.save(reflection(id('1', 1), utc(QDate(2026, 10, 31), 23, 30))));
    // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin: past the range there.
    requireOk(journal.incidents.save(reflection(id('1', 2), utc(QDate(2026, 11, 30), 23, 30))));
    // Wins and notes carry a date, the same in every zone.
    requireOk(journal.strengths.save(win(id('2', 1), QDate(2026, 11, 30))));
    requireOk(journal.strengths.save(win(id('2', 2), QDate(2026, 12, 1))));

    CalendarQueries queries(journal.connection);
    const QDate first(2026, 11, 1);
    const QDate end(2026, 12, 1);
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    CHECK(require(queries.entriesPerDay(first, end, berlin)) == QMap<QDate, int>{{first, 1}, {QDate(2026, 11, 30), 1}});
    CHECK(require(queries.entriesPerDay(first, end, kUtc)) == QMap<QDate, int>{{QDate(2026, 11, 30), 2}});
    // Auckland is 13 hours ahead: the first of November there began at 11:00 UTC on 31 October.
    const QTimeZone auckland("Pacific/Auckland");
    REQUIRE(auckland.isValid());
    CHECK(require(queries.entriesPerDay(first, end, auckland)) == QMap<QDate, int>{{first, 1}, {QDate(2026, 11, 30), 1}});
}

TEST_CASE("The journal's calendar: an empty or backward range reads nothing", "[journal][calendar]")
{
    TestJournal journal;
    requireOk(journal.strengths.save(win(id('2', 1), QDate(2026, 11, 14))));
    CalendarQueries queries(journal.connection);
    CHECK(require(queries.entriesPerDay(QDate(2026, 11, 14), QDate(2026, 11, 14), kUtc)).isEmpty());
    CHECK(require(queries.entriesPerDay(QDate(2026, 11, 15), QDate(2026, 11, 1), kUtc)).isEmpty());
    CHECK(require(queries.entriesPerDay(QDate(2026, 11, 14), QDate(2026, 11, 15), kUtc)) == QMap<QDate, int>{{QDate(2026, 11, 14), 1}});
}
