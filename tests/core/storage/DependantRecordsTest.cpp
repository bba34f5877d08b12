// SPDX-License-Identifier: GPL-3.0-or-later
// Deleted means gone, everywhere: what belongs to a deleted record is deleted with it, however the records got into
// the journal — a deletion here, an import of an older file, a journal written before the rule.
#include "storage/DependantRecords.h"
#include "circles/CircleDeletion.h"
#include "habits/HabitDeletion.h"
#include "storage/SearchIndex.h"

#include "StoreFixtures.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mosaic;
using namespace StoreFixtures;

namespace {

const QString kCircle = id('c', 1);
const QString kPerson = id('a', 1);
const QString kIncident = id('e', 1);
const QString kHabit = id('b', 1);
const QString kReframe = id('f', 1);
const QString kPersonContact = id('d', 1);
const QString kCircleContact = id('d', 2);
const QString kReminder = id('9', 1);
const QDate kDay(2026, 3, 20);

// One parent of each kind, each with one live dependant of each kind it can have.
void addFamilies(TestJournal &journal)
{
    requireOk(journal.circles.save(fullCircle(kCircle)));
    requireOk(journal.circles.save(fullPerson(kPerson)));
    Membership membership = fullMembership(kPerson, kCircle);
    membership.deletedAt.reset();
    requireOk(journal.circles.save(membership));
    requireOk(journal.circles.save(fullContact(kPersonContact, kPerson, kCircle)));
    requireOk(journal.circles.save(fullContact(kCircleContact, QString(), kCircle)));
    requireOk(journal.incidents.save(fullIncident(kIncident, kCircle, kPerson)));
    requireOk(journal.incidents.save(fullReframe(kReframe, kIncident)));
    requireOk(journal.habits.save(fullHabit(kHabit)));
    CheckIn checkIn = fullCheckIn(kHabit, kDay);
    checkIn.deletedAt.reset();
    requireOk(journal.habits.save(checkIn));
    requireOk(journal.reminders.save(fullReminder(kReminder, kHabit)));
}

// deleted_at and updated_at of one row, as stored.
QPair<QString, QString> stampsOf(const QSqlDatabase &connection, const QString &table, const QString &where)
{
    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("SELECT deleted_at, updated_at FROM %1 WHERE %2").arg(table, where)));
    REQUIRE(query.next());
    return {query.value(0).toString(), query.value(1).toString()};
}

int liveRows(const QSqlDatabase &connection, const QString &table)
{
    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Records under a deleted parent are deleted with it, at the parent's instant", "[storage][dependants]")
{
    TestJournal journal;
    addFamilies(journal);
    // As an older file or another computer leaves them: parents tombstoned, their dependants alive.
    const QDateTime gone = at(25);
    requireOk(journal.incidents.markIncidentDeleted(kIncident, gone));
    requireOk(journal.circles.markPersonDeleted(kPerson, gone));
    requireOk(journal.habits.markHabitDeleted(kHabit, gone));
    REQUIRE(searchRowIds(journal.connection, QStringLiteral("hurry")).size() == 1); // the reframe's words

    requireOk(tombstoneDependantsOfDeleted(journal.connection));

    const QString goneText = QStringLiteral("2026-03-25T09:15:30.250Z");
    CHECK(stampsOf(journal.connection, QStringLiteral("reframes"), QStringLiteral("id = '%1'").arg(kReframe)) == qMakePair(goneText, goneText));
    CHECK(stampsOf(journal.connection, QStringLiteral("memberships"), QStringLiteral("person_id = '%1'").arg(kPerson)).first == goneText);
    CHECK(stampsOf(journal.connection, QStringLiteral("contacts"), QStringLiteral("id = '%1'").arg(kPersonContact)).first == goneText);
    CHECK(stampsOf(journal.connection, QStringLiteral("check_ins"), QStringLiteral("habit_id = '%1'").arg(kHabit)).first == goneText);
    CHECK(stampsOf(journal.connection, QStringLiteral("reminders"), QStringLiteral("id = '%1'").arg(kReminder)).first == goneText);
    // The circle lives on, and so does the contact logged with the whole circle.
    CHECK(liveRows(journal.connection, QStringLiteral("contacts")) == 1);
    CHECK(liveRows(journal.connection, QStringLiteral("circles")) == 1);
    // Search forgets the reframe's words; the incident is not a dependant of its circle or people.
    CHECK(searchRowIds(journal.connection, QStringLiteral("hurry")).isEmpty());
    CHECK(require(searchJournal(journal.connection, QStringLiteral("hurry"))).isEmpty());
}

TEST_CASE("A dependant edited after its parent was deleted gets a tombstone later than its edit", "[storage][dependants]")
{
    TestJournal journal;
    addFamilies(journal);
    // The reframe was edited on the 30th on a computer that did not know the reflection was deleted on the 25th.
    Reframe edited = fullReframe(kReframe, kIncident);
    edited.stamps.updatedAt = at(30);
    requireOk(journal.incidents.save(edited));
    requireOk(journal.incidents.markIncidentDeleted(kIncident, at(25)));

    requireOk(tombstoneDependantsOfDeleted(journal.connection));
    // Deleted at the parent's instant, and stamped 1 ms after its own edit, so the tombstone wins every later merge.
    CHECK(stampsOf(journal.connection, QStringLiteral("reframes"), QStringLiteral("id = '%1'").arg(kReframe)) ==
          qMakePair(QStringLiteral("2026-03-25T09:15:30.250Z"), QStringLiteral("2026-03-30T09:15:30.251Z")));
    // Applying the rule again changes nothing: both computers write the same tombstone.
    requireOk(tombstoneDependantsOfDeleted(journal.connection));
    CHECK(stampsOf(journal.connection, QStringLiteral("reframes"), QStringLiteral("id = '%1'").arg(kReframe)).second ==
          QStringLiteral("2026-03-30T09:15:30.251Z"));
}

TEST_CASE("Deleting a circle, a person or a habit deletes what belongs to it", "[storage][dependants]")
{
    TestJournal journal;
    addFamilies(journal);

    requireOk(deleteCircle(journal.connection, journal.circles, kCircle, at(26)));
    CHECK(liveRows(journal.connection, QStringLiteral("memberships")) == 0);
    CHECK(liveRows(journal.connection, QStringLiteral("contacts")) == 1); // the person's contact stays with the person
    requireOk(deletePerson(journal.connection, journal.circles, kPerson, at(26)));
    CHECK(liveRows(journal.connection, QStringLiteral("contacts")) == 0);
    requireOk(deleteHabit(journal.connection, journal.habits, kHabit, at(26)));
    CHECK(liveRows(journal.connection, QStringLiteral("check_ins")) == 0);
    CHECK(liveRows(journal.connection, QStringLiteral("reminders")) == 0);
    CHECK(liveRows(journal.connection, QStringLiteral("incidents")) == 1);

    // Gone already, or never there: bad input, nothing written.
    for (const Status &again :
         {deleteCircle(journal.connection, journal.circles, kCircle, at(27)), deletePerson(journal.connection, journal.circles, id('a', 42), at(27)),
          deleteHabit(journal.connection, journal.habits, kHabit, at(27))}) {
        REQUIRE_FALSE(again.ok());
        CHECK(again.failure().kind == FailureKind::BadInput);
    }
}

TEST_CASE("Opening a journal written before the rule deletes what its deleted records left behind", "[storage][dependants]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("journal.sqlite"));
    {
        Database::Options options;
        options.schemaVersion = 4;
        auto old = require(Database::open(path, options));
        REQUIRE(old->schemaVersion() == 4);
        const QSqlDatabase connection = old->connection();
        IncidentStore incidents(connection);
        requireOk(incidents.save(fullIncident(kIncident, QString(), QString())));
        requireOk(incidents.save(fullReframe(kReframe, kIncident)));
        requireOk(incidents.markIncidentDeleted(kIncident, at(25)));
    }
    auto upgraded = require(Database::open(path));
    CHECK(upgraded->schemaVersion() == kCurrentSchemaVersion);
    CHECK(liveRows(upgraded->connection(), QStringLiteral("reframes")) == 0);
    CHECK(require(searchJournal(upgraded->connection(), QStringLiteral("hurry"))).isEmpty());
}
