// SPDX-License-Identifier: GPL-3.0-or-later
// Merging an interchange journal into the database: all or nothing, newest updatedAt wins, lossless round trip.
#include "ReaderFixtures.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "exchange/JournalJsonWriter.h"
#include "exchange/JournalLoader.h"
#include "incidents/IncidentStore.h"
#include "storage/Database.h"
#include "storage/RecordVersions.h"
#include "storage/SearchIndex.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlQuery>

using namespace mosaic;

namespace {

std::unique_ptr<Database> freshJournal()
{
    auto database = Database::openInMemory();
    REQUIRE(database.ok());
    return std::move(*database);
}

Journal exampleJournal()
{
    const auto journal = readJournalFile(ReaderFixtures::exampleJournalPath());
    REQUIRE(journal.ok());
    return *journal;
}

ImportSummary importOk(const Database &database, const Journal &journal, ImportMode mode = ImportMode::Apply)
{
    const auto summary = importJournal(database, journal, mode);
    INFO((summary.ok() ? QString() : summary.failure().message).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

CollectionCounts countsFor(const ImportSummary &summary, const QString &collection)
{
    for (const CollectionCounts &counts : summary.collections) {
        if (counts.collection == collection)
            return counts;
    }
    return {};
}

Journal loaded(const Database &database)
{
    const auto journal = loadJournal(database, QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC), QStringLiteral("test"));
    REQUIRE(journal.ok());
    return *journal;
}

qint64 live(const Database &database, RecordTable table)
{
    const auto count = countLiveRecords(database.connection(), table);
    REQUIRE(count.ok());
    return *count;
}

int searchHits(const Database &database, const QString &query)
{
    const auto hits = searchJournal(database.connection(), query);
    REQUIRE(hits.ok());
    return int(hits->size());
}

// Every record of `expected` is in `actual` with the same content, whatever the order.
template <typename Record, typename KeyOf>
void requireSameRecords(const QList<Record> &expected, const QList<Record> &actual, KeyOf keyOf)
{
    REQUIRE(expected.size() == actual.size());
    QHash<QString, Record> byKey;
    for (const Record &record : actual)
        byKey.insert(keyOf(record), record);
    for (const Record &record : expected) {
        INFO(keyOf(record).toStdString());
        REQUIRE(byKey.contains(keyOf(record)));
        CHECK(byKey.value(keyOf(record)) == record);
    }
}

const auto byId = [](const auto &record) { return record.stamps.id; };

// The journal as the import leaves it: what belongs to a deleted record is deleted with it, at the parent's instant,
// stamped 1 ms after its own edit when that came later (docs/data-rules.md, "Deleted parents").
Journal withDependantsOfDeletedDeleted(Journal journal)
{
    const auto deletedAt = [](const auto &records) {
        QHash<QString, QDateTime> instants;
        for (const auto &record : records) {
            if (record.stamps.deletedAt)
                instants.insert(record.stamps.id, *record.stamps.deletedAt);
        }
        return instants;
    };
    const QHash<QString, QDateTime> incidents = deletedAt(journal.incidents);
    const QHash<QString, QDateTime> people = deletedAt(journal.people);
    const QHash<QString, QDateTime> circles = deletedAt(journal.circles);
    const QHash<QString, QDateTime> habits = deletedAt(journal.habits);
    const auto tombstone = [](std::optional<QDateTime> &deleted, auto &updated, const QDateTime &parentDeletedAt) {
        deleted = parentDeletedAt;
        const std::optional<QDateTime> own = updated;
        updated = own && *own > parentDeletedAt ? own->addMSecs(1) : parentDeletedAt;
    };
    for (Reframe &reframe : journal.reframes) {
        if (!reframe.stamps.deletedAt && incidents.contains(reframe.incidentId))
            tombstone(reframe.stamps.deletedAt, reframe.stamps.updatedAt, incidents.value(reframe.incidentId));
    }
    for (Membership &membership : journal.memberships) {
        if (!membership.deletedAt && people.contains(membership.personId))
            tombstone(membership.deletedAt, membership.updatedAt, people.value(membership.personId));
        if (!membership.deletedAt && circles.contains(membership.circleId))
            tombstone(membership.deletedAt, membership.updatedAt, circles.value(membership.circleId));
    }
    for (Contact &contact : journal.contacts) {
        if (!contact.stamps.deletedAt && contact.personId && people.contains(*contact.personId))
            tombstone(contact.stamps.deletedAt, contact.stamps.updatedAt, people.value(*contact.personId));
        if (!contact.stamps.deletedAt && !contact.personId && contact.circleId && circles.contains(*contact.circleId))
            tombstone(contact.stamps.deletedAt, contact.stamps.updatedAt, circles.value(*contact.circleId));
    }
    for (CheckIn &checkIn : journal.checkIns) {
        if (!checkIn.deletedAt && habits.contains(checkIn.habitId))
            tombstone(checkIn.deletedAt, checkIn.updatedAt, habits.value(checkIn.habitId));
    }
    for (Reminder &reminder : journal.reminders) {
        if (!reminder.stamps.deletedAt && reminder.habitId && habits.contains(*reminder.habitId))
            tombstone(reminder.stamps.deletedAt, reminder.stamps.updatedAt, habits.value(*reminder.habitId));
    }
    return journal;
}

} // namespace

TEST_CASE("Importing the example journal keeps every record exactly", "[import][roundtrip]")
{
    const Journal file = exampleJournal();
    const auto database = freshJournal();
    const ImportSummary summary = importOk(*database, file);
    CHECK(summary.total().added == 1 + 6 + 25 + 54 + 30 + 40 + 54 + 5 + 50 + 5 + 1011 + 4);
    CHECK(summary.total().updated == 0);
    CHECK(countsFor(summary, QStringLiteral("checkIns")).added == 1011);

    // The example holds records under deleted ones, as files of older versions do: those come back deleted.
    const Journal expected = withDependantsOfDeletedDeleted(file);
    CHECK_FALSE(expected == file);
    const Journal back = loaded(*database);
    CHECK(back.values == expected.values);
    requireSameRecords(expected.circles, back.circles, byId);
    requireSameRecords(expected.people, back.people, byId);
    requireSameRecords(expected.memberships, back.memberships, [](const Membership &m) { return membershipKey(m.personId, m.circleId); });
    requireSameRecords(expected.contacts, back.contacts, byId);
    requireSameRecords(expected.incidents, back.incidents, byId);
    requireSameRecords(expected.reframes, back.reframes, byId);
    requireSameRecords(expected.strengths, back.strengths, byId);
    requireSameRecords(expected.wins, back.wins, byId);
    requireSameRecords(expected.habits, back.habits, byId);
    requireSameRecords(expected.checkIns, back.checkIns, [](const CheckIn &c) { return checkInKey(c.habitId, c.date); });
    requireSameRecords(expected.reminders, back.reminders, byId);

    // Export, import into another journal, export again: the same document.
    const QByteArray exported = writeJournalJson(back);
    const auto reread = readJournalJson(exported);
    REQUIRE(reread.ok());
    const auto copy = freshJournal();
    importOk(*copy, *reread);
    CHECK(writeJournalJson(loaded(*copy)) == exported);
}

TEST_CASE("A record replaces the stored one only when its updatedAt is newer", "[import][merge]")
{
    const auto database = freshJournal();
    const Journal original = exampleJournal();
    importOk(*database, original);

    Journal incoming = original;
    incoming.incidents[0].title = QStringLiteral("Edited on another computer");
    incoming.incidents[0].stamps.updatedAt = incoming.incidents[0].stamps.updatedAt.addSecs(60);
    incoming.incidents[1].title = QStringLiteral("An older copy");
    incoming.incidents[1].stamps.updatedAt = incoming.incidents[1].stamps.updatedAt.addSecs(-60);
    incoming.incidents[2].title = QStringLiteral("Same instant, other text");
    // A tombstone made elsewhere deletes the record here too.
    incoming.reframes[0].stamps.deletedAt = incoming.reframes[0].stamps.updatedAt.addSecs(120);
    incoming.reframes[0].stamps.updatedAt = *incoming.reframes[0].stamps.deletedAt;
    // A membership without updatedAt never overrides the stored one.
    incoming.memberships[0].ring = incoming.memberships[0].ring == Ring::Inner ? Ring::Outer : Ring::Inner;
    incoming.memberships[0].updatedAt.reset();

    const ImportSummary summary = importOk(*database, incoming);
    const CollectionCounts incidents = countsFor(summary, QStringLiteral("incidents"));
    CHECK(incidents.added == 0);
    CHECK(incidents.updated == 1);
    CHECK(incidents.unchanged == 39);
    CHECK(countsFor(summary, QStringLiteral("reframes")).updated == 1);
    CHECK(countsFor(summary, QStringLiteral("memberships")).updated == 0);

    IncidentStore store(database->connection());
    CHECK((*store.findIncident(original.incidents[0].stamps.id))->title == QStringLiteral("Edited on another computer"));
    CHECK((*store.findIncident(original.incidents[1].stamps.id))->title == original.incidents[1].title);
    CHECK((*store.findIncident(original.incidents[2].stamps.id))->title == original.incidents[2].title);
    CHECK((*store.findReframe(original.reframes[0].stamps.id))->stamps.isDeleted());
    // 54 reframes, one under the example's deleted reflection and one deleted by the file.
    CHECK(live(*database, RecordTable::Reframes) == 52);
    CHECK(searchHits(*database, QStringLiteral("\"Edited on another computer\"")) >= 1);

    // Importing the same file again changes nothing.
    const ImportSummary again = importOk(*database, incoming);
    CHECK(again.total().added == 0);
    CHECK(again.total().updated == 0);
}

TEST_CASE("A dry run reports what would change and writes nothing", "[import][dry-run]")
{
    const auto database = freshJournal();
    const ImportSummary planned = importOk(*database, exampleJournal(), ImportMode::DryRun);
    CHECK(planned.dryRun);
    CHECK(planned.total().added == 1285);
    CHECK(live(*database, RecordTable::Incidents) == 0);
    CHECK(live(*database, RecordTable::CheckIns) == 0);
    CHECK(importOk(*database, exampleJournal()).total().added == planned.total().added);
}

TEST_CASE("A file with a dangling reference is refused and nothing is written", "[import][integrity]")
{
    const auto database = freshJournal();
    Journal journal = exampleJournal();
    journal.wins.last().incidentId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const auto result = importJournal(*database, journal, ImportMode::Apply);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().kind == FailureKind::BadInput);
    CHECK(result.failure().message.contains(QStringLiteral("$.wins[49].incidentId")));
    CHECK(live(*database, RecordTable::Circles) == 0);
    CHECK(live(*database, RecordTable::Incidents) == 0);

    // References to records already in the journal are fine.
    importOk(*database, exampleJournal());
    Journal later;
    later.exportedAt = QDateTime::currentDateTimeUtc();
    Reframe reframe = exampleJournal().reframes.first();
    reframe.stamps.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    later.reframes.append(reframe);
    CHECK(importOk(*database, later).total().added == 1);
}

TEST_CASE("A large import builds the search index once and leaves it maintained", "[import][bulk]")
{
    const auto database = freshJournal();
    Journal journal = exampleJournal();
    // Enough new records to take the bulk path: copies of the reframes under new ids.
    const QList<Reframe> originals = journal.reframes;
    for (int copy = 0; journal.reframes.size() < 6000; ++copy) {
        for (Reframe reframe : originals) {
            reframe.stamps.id =
                QStringLiteral("%1-0000-4000-8000-%2").arg(copy, 8, 16, QLatin1Char('0')).arg(journal.reframes.size(), 12, 10, QLatin1Char('0'));
            reframe.text += QStringLiteral(" copy%1").arg(copy);
            journal.reframes.append(reframe);
        }
    }
    const auto schemaObjects = [&database]() {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")));
        QStringList objects;
        while (query.next())
            objects.append(query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString());
        return objects;
    };
    const QStringList before = schemaObjects();
    importOk(*database, journal);
    CHECK(searchHits(*database, QStringLiteral("copy7")) > 0);
    // Every index, trigger and table the import took down for speed is back, exactly as it was defined.
    CHECK(schemaObjects() == before);

    QSqlQuery triggers(database->connection());
    REQUIRE(triggers.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'")));
    REQUIRE(triggers.next());
    CHECK(triggers.value(0).toInt() == 21);
    CHECK(database->integrityOk());

    // The triggers are back: a later single change is indexed at once.
    IncidentStore store(database->connection());
    Incident incident = journal.incidents.first();
    incident.title = QStringLiteral("Zanzibar afterwards");
    incident.stamps.updatedAt = incident.stamps.updatedAt.addDays(1);
    REQUIRE(store.save(incident).ok());
    CHECK(searchHits(*database, QStringLiteral("zanzibar")) == 1);
}
