// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming import (importJournalFile): records read one by one from the file's bytes and merged as they come,
// in dependency order whatever the order of the file's members, all or nothing.
#include "ReaderFixtures.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalIntegrity.h"
#include "exchange/JournalJsonReader.h"
#include "exchange/JournalLoader.h"
#include "storage/Database.h"
#include "storage/RecordVersions.h"
#include "storage/SearchIndex.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mosaic;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> freshJournal()
{
    auto database = Database::openInMemory();
    REQUIRE(database.ok());
    return std::move(*database);
}

QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(ReaderFixtures::testDataFile(u"example-journal.json"_s)).object();
}

// The object's members written in the given order (QJsonDocument would sort them), then the rest in its order.
QByteArray inMemberOrder(const QJsonObject &object, const QStringList &order)
{
    QByteArray bytes = "{";
    QStringList keys = order;
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : keys) {
        if (!object.contains(key))
            continue;
        if (bytes.size() > 1)
            bytes += ",\n";
        bytes += QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).sliced(1).chopped(1);
        bytes += ": ";
        bytes += QJsonDocument(QJsonArray{object.value(key)}).toJson(QJsonDocument::Compact).sliced(1).chopped(1);
    }
    bytes += "}\n";
    return bytes;
}

Result<ImportSummary> importBytes(const Database &database, const QByteArray &bytes, ImportMode mode = ImportMode::Apply)
{
    const auto scanned = scanJournalJson(bytes);
    if (!scanned)
        return scanned.failure();
    return importJournalFile(database, *scanned, mode);
}

ImportSummary importOk(const Database &database, const QByteArray &bytes, ImportMode mode = ImportMode::Apply)
{
    const auto summary = importBytes(database, bytes, mode);
    INFO((summary.ok() ? QString() : summary.failure().message).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

Journal loaded(const Database &database)
{
    const auto journal = loadJournal(database, QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC), u"test"_s);
    REQUIRE(journal.ok());
    return *journal;
}

qint64 live(const Database &database, RecordTable table)
{
    const auto count = countLiveRecords(database.connection(), table);
    REQUIRE(count.ok());
    return *count;
}

// Dependency order reversed, "version" and "format" last: the order that needs the most of the reader.
const QStringList kReversedOrder = {u"reminders"_s,   u"checkIns"_s, u"habits"_s,  u"wins"_s,   u"strengths"_s, u"reframes"_s,   u"incidents"_s, u"contacts"_s,
                                    u"memberships"_s, u"people"_s,   u"circles"_s, u"values"_s, u"app"_s,       u"exportedAt"_s, u"version"_s,   u"format"_s};

// A canonical id whose first group says what the record is and whose last group counts.
QString numberedId(int kind, int number)
{
    return u"%1-0000-4000-8000-%2"_s.arg(kind, 8, 16, QLatin1Char('0')).arg(number, 12, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("The order of the members in the file does not matter", "[import][streaming]")
{
    const QJsonObject example = exampleObject();
    const auto inFileOrder = freshJournal();
    const ImportSummary expected = importOk(*inFileOrder, inMemberOrder(example, {}));

    const auto reversed = freshJournal();
    const ImportSummary summary = importOk(*reversed, inMemberOrder(example, kReversedOrder));
    CHECK(summary.collections == expected.collections);
    CHECK(loaded(*reversed) == loaded(*inFileOrder));

    // The whole-journal reader reads the same records from it.
    const auto whole = readJournalJson(inMemberOrder(example, kReversedOrder));
    REQUIRE(whole.ok());
    CHECK(*whole == *readJournalJson(inMemberOrder(example, {})));
}

TEST_CASE("A record may refer to one that comes later in the file", "[import][streaming]")
{
    // Reframes, wins, check-ins and memberships listed before what they name: each is still found.
    const QJsonObject example = exampleObject();
    const auto database = freshJournal();
    const ImportSummary summary = importOk(*database, inMemberOrder(example, {u"reframes"_s, u"wins"_s, u"checkIns"_s, u"memberships"_s}));
    const auto added = [&summary](const QString &collection) {
        for (const CollectionCounts &counts : summary.collections) {
            if (counts.collection == collection)
                return counts.added;
        }
        return -1;
    };
    CHECK(added(u"reframes"_s) == example.value("reframes"_L1).toArray().size());
    CHECK(added(u"checkIns"_s) == example.value("checkIns"_L1).toArray().size());
    CHECK(live(*database, RecordTable::Reframes) > 0);
}

TEST_CASE("Integrity problems found while streaming are reported as the whole-journal check reports them", "[import][streaming][integrity]")
{
    QJsonObject example = exampleObject();
    QJsonArray wins = example.value("wins"_L1).toArray();
    QJsonObject win = wins.last().toObject();
    win.insert("incidentId"_L1, u"00000000-0000-4000-8000-000000000000"_s);
    wins.replace(wins.size() - 1, win);
    example.insert("wins"_L1, wins);
    QJsonArray circles = example.value("circles"_L1).toArray();
    circles.append(circles.first()); // the same id twice
    example.insert("circles"_L1, circles);
    const QByteArray bytes = inMemberOrder(example, kReversedOrder);

    const auto database = freshJournal();
    const auto result = importBytes(*database, bytes);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().kind == FailureKind::BadInput);
    const auto whole = readJournalJson(bytes);
    REQUIRE(whole.ok());
    const Status checked = checkJournalIntegrity(*whole, {});
    REQUIRE_FALSE(checked.ok());
    CHECK(result.failure().message == checked.failure().message);
    CHECK(result.failure().message.startsWith(u"the file is not a valid Mosaic journal: 2 problems\n"_s));
    CHECK(result.failure().message.contains(u"$.circles[6].id: must be unique among the circles (same as $.circles[0].id)"_s));
    CHECK(result.failure().message.contains(u"$.wins[49].incidentId: must name an incident"_s));
    CHECK(live(*database, RecordTable::Circles) == 0);
    CHECK(live(*database, RecordTable::Incidents) == 0);
}

TEST_CASE("A problem after many records have been written leaves the journal as it was", "[import][streaming]")
{
    const auto database = freshJournal();
    importOk(*database, inMemberOrder(exampleObject(), {}));
    const Journal before = loaded(*database);

    // Enough new reframes that several batches are written and the bulk load starts before the problem is met.
    QJsonObject example = exampleObject();
    QJsonArray reframes = example.value("reframes"_L1).toArray();
    const QJsonObject original = reframes.first().toObject();
    for (int i = 0; i < 6000; ++i) {
        QJsonObject reframe = original;
        reframe.insert("id"_L1, numberedId(0x51, i));
        reframe.insert("text"_L1, u"Zanzibar copy %1"_s.arg(i));
        reframes.append(reframe);
    }

    SECTION("a record that breaks the schema")
    {
        QJsonObject bad = original;
        bad.insert("id"_L1, numberedId(0x52, 0));
        bad.insert("kind"_L1, u"wishful"_s);
        reframes.append(bad);
        example.insert("reframes"_L1, reframes);
        const auto result = importBytes(*database, inMemberOrder(example, {}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().message.contains(u"$.reframes[6054].kind: must be one of"_s));
    }
    SECTION("a reference to nothing, in the last collection")
    {
        example.insert("reframes"_L1, reframes);
        QJsonArray reminders = example.value("reminders"_L1).toArray();
        QJsonObject reminder = reminders.last().toObject();
        reminder.insert("habitId"_L1, numberedId(0x99, 1));
        reminders.replace(reminders.size() - 1, reminder);
        example.insert("reminders"_L1, reminders);
        const auto result = importBytes(*database, inMemberOrder(example, {}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().message.contains(u"$.reminders[3].habitId: must name a habit"_s));
    }
    CHECK(loaded(*database) == before);
    CHECK(database->integrityOk());
    const auto hits = searchJournal(database->connection(), u"zanzibar"_s);
    REQUIRE(hits.ok());
    CHECK(hits->isEmpty());
}

TEST_CASE("A streamed dry run counts what the import would do and writes nothing", "[import][streaming][dry-run]")
{
    const QByteArray bytes = inMemberOrder(exampleObject(), kReversedOrder);
    const auto database = freshJournal();
    const ImportSummary dry = importOk(*database, bytes, ImportMode::DryRun);
    CHECK(dry.dryRun);
    CHECK(live(*database, RecordTable::Incidents) == 0);
    const ImportSummary applied = importOk(*database, bytes);
    CHECK(dry.collections == applied.collections);
    CHECK(importOk(*database, bytes, ImportMode::DryRun).total().unchanged == applied.total().added);
}
