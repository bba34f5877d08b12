// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixtures.h"

#include "QtPrinters.h"

#include "common/TimeFormat.h"
#include "storage/RecordVersions.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace StoreFixtures;

namespace {

// One live and one tombstoned record in every collection.
void fillJournal(TestJournal &journal)
{
    const QDateTime deletedAt = at(28, 12, 345);
    for (int n = 1; n <= 2; ++n) {
        requireOk(journal.circles.save(fullCircle(id('c', n))));
        requireOk(journal.circles.save(fullPerson(id('a', n))));
        requireOk(journal.circles.save(Membership{id('a', 1), id('c', n), Ring::Middle, n == 1 ? std::optional(at(3)) : std::nullopt, std::nullopt}));
        requireOk(journal.circles.save(fullContact(id('7', n), id('a', n), id('c', n))));
        requireOk(journal.incidents.save(fullIncident(id('e', n), id('c', n), id('a', n))));
        requireOk(journal.incidents.save(fullReframe(id('f', n), id('e', n))));
        requireOk(journal.strengths.save(fullStrength(id('5', n))));
        requireOk(journal.strengths.save(fullWin(id('d', n), id('5', n), id('e', n))));
        requireOk(journal.habits.save(fullHabit(id('b', n))));
        requireOk(journal.habits.save(CheckIn{id('b', 1), QDate(2026, 3, n), CheckInStatus::Done, 1, QString(), at(n), std::nullopt}));
        requireOk(journal.reminders.save(fullReminder(id('9', n), id('b', n))));
    }
    requireOk(journal.circles.markCircleDeleted(id('c', 2), deletedAt));
    requireOk(journal.circles.markPersonDeleted(id('a', 2), deletedAt));
    requireOk(journal.circles.markMembershipDeleted(id('a', 1), id('c', 2), deletedAt));
    requireOk(journal.circles.markContactDeleted(id('7', 2), deletedAt));
    requireOk(journal.incidents.markIncidentDeleted(id('e', 2), deletedAt));
    requireOk(journal.incidents.markReframeDeleted(id('f', 2), deletedAt));
    requireOk(journal.strengths.markStrengthDeleted(id('5', 2), deletedAt));
    requireOk(journal.strengths.markWinDeleted(id('d', 2), deletedAt));
    requireOk(journal.habits.markHabitDeleted(id('b', 2), deletedAt));
    requireOk(journal.habits.markCheckInDeleted(id('b', 1), QDate(2026, 3, 2), deletedAt));
    requireOk(journal.reminders.markReminderDeleted(id('9', 2), deletedAt));
}

} // namespace

TEST_CASE("Record versions list every record, tombstones included, with updated_at as stored", "[stores][versions]")
{
    TestJournal journal;
    fillJournal(journal);
    const QString deletedVersion = TimeFormat::storageInstant(at(28, 12, 345));
    CHECK(deletedVersion == QStringLiteral("2026-03-28T12:15:30.345Z"));

    SECTION("records with an id")
    {
        const QHash<QString, QString> incidents = require(loadRecordVersions(journal.connection, RecordTable::Incidents));
        CHECK(incidents.size() == 2);
        CHECK(incidents.value(id('e', 1)) == TimeFormat::storageInstant(fullIncident(id('e', 1), {}, {}).stamps.updatedAt));
        CHECK(incidents.value(id('e', 2)) == deletedVersion);

        const struct
        {
            RecordTable table;
            char kind;
        } tables[] = {{RecordTable::Circles, 'c'},   {RecordTable::People, 'a'}, {RecordTable::Contacts, '7'}, {RecordTable::Reframes, 'f'},
                      {RecordTable::Strengths, '5'}, {RecordTable::Wins, 'd'},   {RecordTable::Habits, 'b'},   {RecordTable::Reminders, '9'}};
        for (const auto &entry : tables) {
            INFO(enumName(entry.table).toStdString());
            const QHash<QString, QString> versions = require(loadRecordVersions(journal.connection, entry.table));
            CHECK(versions.size() == 2);
            CHECK(versions.contains(id(entry.kind, 1)));
            CHECK(versions.value(id(entry.kind, 2)) == deletedVersion);
        }
    }
    SECTION("memberships, keyed personId/circleId; one without updatedAt")
    {
        const QHash<QString, QString> versions = require(loadRecordVersions(journal.connection, RecordTable::Memberships));
        CHECK(versions.size() == 2);
        CHECK(membershipKey(id('a', 1), id('c', 1)) == id('a', 1) + u'/' + id('c', 1));
        CHECK(versions.value(membershipKey(id('a', 1), id('c', 1))) == TimeFormat::storageInstant(at(3)));
        // The tombstone gave the second one an updatedAt.
        CHECK(versions.value(membershipKey(id('a', 1), id('c', 2))) == deletedVersion);
    }
    SECTION("check-ins, keyed habitId/date")
    {
        const QHash<QString, QString> versions = require(loadRecordVersions(journal.connection, RecordTable::CheckIns));
        CHECK(checkInKey(id('b', 1), QDate(2026, 3, 1)) == id('b', 1) + QStringLiteral("/2026-03-01"));
        CHECK(versions.size() == 2);
        CHECK(versions.value(checkInKey(id('b', 1), QDate(2026, 3, 1))) == TimeFormat::storageInstant(at(1)));
        CHECK(versions.value(checkInKey(id('b', 1), QDate(2026, 3, 2))) == deletedVersion);
    }
    SECTION("an empty journal")
    {
        TestJournal empty;
        for (std::size_t i = 0; i < enumCount<RecordTable>(); ++i)
            CHECK(require(loadRecordVersions(empty.connection, static_cast<RecordTable>(i))).isEmpty());
    }
}

TEST_CASE("A membership without updatedAt has an empty version", "[stores][versions]")
{
    TestJournal journal;
    requireOk(journal.circles.save(fullCircle(id('c', 1))));
    requireOk(journal.circles.save(fullPerson(id('a', 1))));
    requireOk(journal.circles.save(Membership{id('a', 1), id('c', 1), Ring::Outer, std::nullopt, std::nullopt}));
    const QHash<QString, QString> versions = require(loadRecordVersions(journal.connection, RecordTable::Memberships));
    REQUIRE(versions.contains(membershipKey(id('a', 1), id('c', 1))));
    CHECK(versions.value(membershipKey(id('a', 1), id('c', 1))).isEmpty());
}

TEST_CASE("Live record counts leave tombstones out", "[stores][versions]")
{
    TestJournal journal;
    for (std::size_t i = 0; i < enumCount<RecordTable>(); ++i)
        CHECK(require(countLiveRecords(journal.connection, static_cast<RecordTable>(i))) == 0);

    fillJournal(journal);
    for (std::size_t i = 0; i < enumCount<RecordTable>(); ++i) {
        const auto table = static_cast<RecordTable>(i);
        INFO(enumName(table).toStdString());
        CHECK(require(countLiveRecords(journal.connection, table)) == 1);
    }
    CHECK(enumName(RecordTable::CheckIns) == QStringLiteral("checkIns"));
}
