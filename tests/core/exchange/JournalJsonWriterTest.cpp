// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/JournalJsonWriter.h"

#include "WriterFixtures.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

using namespace mosaic;
using namespace WriterFixtures;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString() << " at offset " << error.offset);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QSet<QString> keysOf(const QJsonValue &value)
{
    const QStringList keys = value.toObject().keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(std::initializer_list<const char16_t *> keys)
{
    QSet<QString> result;
    for (const char16_t *key : keys)
        result.insert(QString::fromUtf16(key));
    return result;
}

// The member names of the object that starts at `position` in `json`, in the order written.
QStringList keysInOrder(const QByteArray &json, qsizetype position, int indent)
{
    QStringList keys;
    const QByteArray prefix = '\n' + QByteArray(indent, ' ') + '"';
    const QByteArray end = '\n' + QByteArray(indent - 2, ' ') + '}';
    const qsizetype stop = json.indexOf(end, position);
    for (qsizetype at = json.indexOf(prefix, position); at >= 0 && at < stop; at = json.indexOf(prefix, at + 1)) {
        const qsizetype start = at + prefix.size();
        keys.append(QString::fromUtf8(json.mid(start, json.indexOf('"', start) - start)));
    }
    return keys;
}

QJsonObject recordWithId(const QJsonObject &root, const char *collection, const QString &id)
{
    const QJsonArray records = root.value(QLatin1StringView(collection)).toArray();
    for (const QJsonValue &record : records) {
        if (record.toObject().value("id"_L1).toString() == id)
            return record.toObject();
    }
    FAIL("No record " << id.toStdString() << " in " << collection);
    return {};
}

} // namespace

TEST_CASE("A journal with every field set matches the reference file", "[exchange][writer][reference]")
{
    checkAgainstReference(writeJournalJson(sampleJournal()), u"writer-full-journal.json"_s);
}

TEST_CASE("Top-level keys follow the schema's order", "[exchange][writer]")
{
    const QByteArray json = writeJournalJson(sampleJournal());
    CHECK(json.startsWith("{\n  \"format\": \"mosaic-journal\",\n  \"version\": 1,\n  \"exportedAt\": \"2026-03-29T18:00:00Z\",\n"));
    CHECK(json.endsWith("}\n"));
    CHECK(keysInOrder(json, 0, 2) ==
          QStringList{u"format"_s, u"version"_s, u"exportedAt"_s, u"app"_s, u"values"_s, u"circles"_s, u"people"_s, u"memberships"_s, u"contacts"_s,
                      u"incidents"_s, u"reframes"_s, u"strengths"_s, u"wins"_s, u"habits"_s, u"checkIns"_s, u"reminders"_s});
}

TEST_CASE("Every record starts with its stamps, then its fields in schema order", "[exchange][writer]")
{
    const QByteArray json = writeJournalJson(sampleJournal());
    const qsizetype incident = json.indexOf(QByteArray("\"id\": \"" + Ids::barbecue.toUtf8()));
    REQUIRE(incident > 0);
    CHECK(keysInOrder(json, json.lastIndexOf('{', incident), 6) ==
          QStringList{u"id"_s,           u"createdAt"_s,       u"updatedAt"_s,    u"occurredAt"_s,  u"kind"_s,
                      u"title"_s,        u"situation"_s,       u"circleId"_s,     u"personIds"_s,   u"emotions"_s,
                      u"thought"_s,      u"belief"_s,          u"beliefBefore"_s, u"beliefAfter"_s, u"distortions"_s,
                      u"evidenceFor"_s,  u"evidenceAgainst"_s, u"factors"_s,      u"learned"_s,     u"adjustment"_s,
                      u"feedbackFrom"_s, u"nextStep"_s,        u"notes"_s,        u"tags"_s});
    const qsizetype deleted = json.indexOf(QByteArray("\"id\": \"" + Ids::deletedIncident.toUtf8()));
    CHECK(keysInOrder(json, json.lastIndexOf('{', deleted), 6) ==
          QStringList{u"id"_s, u"createdAt"_s, u"updatedAt"_s, u"deletedAt"_s, u"occurredAt"_s, u"kind"_s, u"title"_s});
}

TEST_CASE("Each record type has exactly the expected keys", "[exchange][writer]")
{
    const QJsonObject root = parse(writeJournalJson(sampleJournal()));
    const QSet<QString> stamps = set({u"id", u"createdAt", u"updatedAt"});

    CHECK(keysOf(root.value("values"_L1)) == set({u"mission", u"values", u"updatedAt"}));
    CHECK(keysOf(recordWithId(root, "circles", Ids::bookClub)) == (stamps | set({u"name", u"kind", u"facet", u"importance", u"color", u"archived", u"notes"})));
    // Defaults are always written; empty text is not.
    CHECK(keysOf(recordWithId(root, "circles", Ids::oldTeam)) == (stamps | set({u"name", u"kind", u"importance", u"archived"})));
    CHECK(keysOf(recordWithId(root, "people", Ids::alex)) == (stamps | set({u"name", u"supports", u"notes"})));
    CHECK(keysOf(root.value("memberships"_L1).toArray().at(0)) == set({u"personId", u"circleId", u"ring", u"updatedAt"}));
    CHECK(keysOf(root.value("memberships"_L1).toArray().at(1)) == set({u"personId", u"circleId", u"ring"}));
    CHECK(keysOf(root.value("memberships"_L1).toArray().at(3)) == set({u"personId", u"circleId", u"ring", u"updatedAt", u"deletedAt"}));
    CHECK(keysOf(root.value("contacts"_L1).toArray().at(0)) == (stamps | set({u"date", u"personId", u"circleId", u"quality", u"note"})));
    CHECK(keysOf(root.value("contacts"_L1).toArray().at(1)) == (stamps | set({u"date", u"circleId", u"quality"})));

    const QJsonObject barbecue = recordWithId(root, "incidents", Ids::barbecue);
    CHECK(keysOf(barbecue) == (stamps | set({u"occurredAt", u"kind",    u"title",        u"situation",    u"circleId",    u"personIds",   u"emotions",
                                             u"thought",    u"belief",  u"beliefBefore", u"beliefAfter",  u"distortions", u"evidenceFor", u"evidenceAgainst",
                                             u"factors",    u"learned", u"adjustment",   u"feedbackFrom", u"nextStep",    u"notes",       u"tags"})));
    CHECK(keysOf(barbecue.value("emotions"_L1).toArray().at(0)) == set({u"name", u"before", u"after"}));
    CHECK(keysOf(barbecue.value("emotions"_L1).toArray().at(1)) == set({u"name", u"before"}));
    CHECK(keysOf(barbecue.value("nextStep"_L1)) == set({u"text", u"due", u"done"}));

    const QJsonObject talk = recordWithId(root, "incidents", Ids::talk);
    CHECK(keysOf(talk) == (stamps | set({u"occurredAt", u"kind", u"title", u"nextStep", u"exposure"})));
    CHECK(keysOf(talk.value("nextStep"_L1)) == set({u"text", u"done"}));
    CHECK(keysOf(talk.value("exposure"_L1)) ==
          set({u"plan", u"exitStrategy", u"predictedAnxiety", u"prediction", u"actualAnxiety", u"outcome", u"whatHelped"}));

    CHECK(keysOf(root.value("reframes"_L1).toArray().at(0)) == (stamps | set({u"incidentId", u"text", u"kind", u"believability"})));
    CHECK(keysOf(root.value("reframes"_L1).toArray().at(1)) == (stamps | set({u"incidentId", u"text", u"kind"})));
    CHECK(keysOf(recordWithId(root, "strengths", Ids::patience)) == (stamps | set({u"name", u"description", u"archived"})));
    CHECK(keysOf(root.value("wins"_L1).toArray().at(0)) == (stamps | set({u"date", u"text", u"kind", u"strengthIds", u"incidentId"})));
    CHECK(keysOf(root.value("wins"_L1).toArray().at(1)) == (stamps | set({u"date", u"text", u"kind"})));
    CHECK(keysOf(recordWithId(root, "habits", Ids::morning)) ==
          (stamps | set({u"name", u"prompt", u"ritual", u"schedule", u"target", u"startDate", u"color", u"archived"})));
    CHECK(keysOf(recordWithId(root, "habits", Ids::walk)) == (stamps | set({u"name", u"ritual", u"schedule", u"target", u"startDate", u"archived"})));
    CHECK(keysOf(root.value("checkIns"_L1).toArray().at(0)) == set({u"habitId", u"date", u"status", u"value", u"note", u"updatedAt"}));
    CHECK(keysOf(root.value("checkIns"_L1).toArray().at(3)) == set({u"habitId", u"date", u"status", u"value", u"note", u"updatedAt", u"deletedAt"}));
    CHECK(keysOf(root.value("reminders"_L1).toArray().at(0)) ==
          (stamps | set({u"habitId", u"title", u"times", u"days", u"enabled", u"snoozedUntil", u"lastFiredAt"})));
    CHECK(keysOf(root.value("reminders"_L1).toArray().at(1)) == (stamps | set({u"title", u"times", u"enabled"})));
}

TEST_CASE("Values are written as the schema spells them", "[exchange][writer]")
{
    const QJsonObject root = parse(writeJournalJson(sampleJournal()));
    CHECK(root.value("format"_L1) == u"mosaic-journal"_s);
    CHECK(root.value("version"_L1) == 1);
    CHECK(root.value("app"_L1) == u"Mosaic 0.1.0"_s);

    const QJsonObject barbecue = recordWithId(root, "incidents", Ids::barbecue);
    CHECK(barbecue.value("kind"_L1) == u"exclusion"_s);
    CHECK(barbecue.value("updatedAt"_L1) == u"2026-03-16T08:30:00.125Z"_s);
    CHECK(barbecue.value("occurredAt"_L1) == u"2026-03-15T14:00:00Z"_s);
    CHECK(barbecue.value("distortions"_L1).toArray() == QJsonArray{u"mind-reading"_s, u"overgeneralizing"_s});
    CHECK(barbecue.value("factors"_L1).toArray() == QJsonArray{u"timing"_s, u"their-stress"_s});
    CHECK(barbecue.value("nextStep"_L1).toObject().value("due"_L1) == u"2026-03-20"_s);
    CHECK(barbecue.value("nextStep"_L1).toObject().value("done"_L1) == true);
    CHECK(barbecue.value("notes"_L1).toString() == trickyText());
    CHECK(barbecue.value("beliefAfter"_L1) == 35);

    const QJsonObject morning = recordWithId(root, "habits", Ids::morning);
    CHECK(morning.value("schedule"_L1).toObject() == QJsonObject{{u"type"_s, u"daily"_s}});
    CHECK(morning.value("target"_L1).toObject() == QJsonObject{{u"type"_s, u"check"_s}});
    const QJsonObject walk = recordWithId(root, "habits", Ids::walk);
    CHECK(walk.value("schedule"_L1).toObject() == QJsonObject{{u"type"_s, u"weekdays"_s}, {u"days"_s, QJsonArray{1, 3, 5}}});
    CHECK(walk.value("target"_L1).toObject() == QJsonObject{{u"type"_s, u"count"_s}, {u"goal"_s, 20}, {u"unit"_s, u"minutes"_s}});
    const QJsonObject letter = recordWithId(root, "habits", Ids::letter);
    CHECK(letter.value("schedule"_L1).toObject() == QJsonObject{{u"type"_s, u"per-week"_s}, {u"times"_s, 3}});
    CHECK(letter.value("target"_L1).toObject() == QJsonObject{{u"type"_s, u"count"_s}, {u"goal"_s, 2.5}});
    CHECK(letter.value("archived"_L1) == true);

    const QJsonObject reminder = root.value("reminders"_L1).toArray().at(0).toObject();
    CHECK(reminder.value("times"_L1).toArray() == QJsonArray{u"07:30"_s, u"21:05"_s});
    CHECK(reminder.value("days"_L1).toArray() == QJsonArray{1, 2, 3});
    CHECK(root.value("reminders"_L1).toArray().at(1).toObject().value("enabled"_L1) == false);
    CHECK(root.value("checkIns"_L1).toArray().at(2).toObject().value("value"_L1) == 0.5);
    CHECK(root.value("checkIns"_L1).toArray().at(2).toObject().value("status"_L1) == u"skipped"_s);
    CHECK(root.value("contacts"_L1).toArray().at(1).toObject().value("quality"_L1) == -1);
}

TEST_CASE("Tombstones are written with their deletedAt", "[exchange][writer]")
{
    const Journal journal = sampleJournal();
    const QJsonObject root = parse(writeJournalJson(journal));
    CHECK(root.value("circles"_L1).toArray().size() == journal.circles.size());
    CHECK(root.value("incidents"_L1).toArray().size() == journal.incidents.size());
    CHECK(root.value("reframes"_L1).toArray().size() == journal.reframes.size());
    CHECK(root.value("checkIns"_L1).toArray().size() == journal.checkIns.size());
    CHECK(recordWithId(root, "circles", Ids::deletedCircle).value("deletedAt"_L1) == u"2026-01-06T10:00:00Z"_s);
    CHECK(recordWithId(root, "people", Ids::deletedPerson).value("deletedAt"_L1) == u"2026-01-04T13:00:00Z"_s);
    CHECK(recordWithId(root, "incidents", Ids::deletedIncident).value("deletedAt"_L1) == u"2026-03-06T08:00:00Z"_s);
    CHECK(recordWithId(root, "strengths", Ids::deletedStrength).value("deletedAt"_L1) == u"2026-01-03T09:10:00Z"_s);
    CHECK(recordWithId(root, "habits", Ids::deletedHabit).value("deletedAt"_L1) == u"2026-01-02T08:15:00Z"_s);
    CHECK(root.value("memberships"_L1).toArray().at(3).toObject().value("deletedAt"_L1) == u"2026-02-04T10:05:00Z"_s);
    CHECK(root.value("checkIns"_L1).toArray().at(3).toObject().value("deletedAt"_L1) == u"2026-03-27T07:05:00Z"_s);
    CHECK_FALSE(recordWithId(root, "circles", Ids::bookClub).contains("deletedAt"_L1));
}

TEST_CASE("An empty journal still has every collection", "[exchange][writer]")
{
    Journal journal;
    journal.exportedAt = utc(u"2026-03-29T18:00:00Z");
    const QByteArray json = writeJournalJson(journal);
    const QJsonObject root = parse(json);
    CHECK(keysOf(root) ==
          set({u"format", u"version", u"exportedAt", u"circles", u"people", u"memberships", u"contacts", u"incidents", u"reframes", u"strengths", u"wins",
               u"habits", u"checkIns", u"reminders"}));
    CHECK(json.contains("\"circles\": [],\n"));
    CHECK(json.endsWith("\"reminders\": []\n}\n"));
}

TEST_CASE("Instants are UTC whatever the zone of the value", "[exchange][writer]")
{
    Journal journal;
    journal.exportedAt = QDateTime(QDate(2026, 3, 29), QTime(7, 30, 0, 5), QTimeZone(2 * 3600));
    Strength strength;
    strength.stamps = {u"51000000-0000-4000-8000-00000000000a"_s, QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC), std::nullopt};
    strength.name = u"Range"_s;
    journal.strengths = {strength};
    const QJsonObject root = parse(writeJournalJson(journal));
    CHECK(root.value("exportedAt"_L1) == u"2026-03-29T05:30:00.005Z"_s);
    CHECK(root.value("exportedAt"_L1).toString() == TimeFormat::formatInstant(journal.exportedAt));
    const QJsonObject written = root.value("strengths"_L1).toArray().at(0).toObject();
    CHECK(written.value("createdAt"_L1).toString() == TimeFormat::formatInstant(strength.stamps.createdAt));
    CHECK(written.value("updatedAt"_L1) == u"9999-12-31T23:59:59.999Z"_s);
}

TEST_CASE("Instants read the same as TimeFormat::formatInstant writes them", "[exchange][writer]")
{
    // The writer formats instants itself for speed; it must not drift from the canonical form.
    QList<QDateTime> instants{QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 1), Qt::UTC),
                              QDateTime(QDate(1899, 12, 31), QTime(12, 0, 0, 10), Qt::UTC),
                              QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(-9 * 3600 - 1800)),
                              QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone("Europe/Berlin")),
                              QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::LocalTime)};
    for (qint64 i = 0; i < 300; ++i)
        instants.append(QDateTime::fromMSecsSinceEpoch(i * i * i * 7919 * 1013 + i * 37, Qt::UTC));
    for (const QDateTime &instant : std::as_const(instants)) {
        Journal journal;
        journal.exportedAt = instant;
        const QJsonObject root = parse(writeJournalJson(journal));
        INFO(instant.toString(Qt::ISODateWithMs).toStdString());
        CHECK(root.value("exportedAt"_L1).toString() == TimeFormat::formatInstant(instant));
    }
}

TEST_CASE("Streaming to a device writes the same document", "[exchange][writer]")
{
    const Journal journal = sampleJournal();
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status status = writeJournalJson(journal, buffer);
    CHECK(status.ok());
    CHECK(buffer.data() == writeJournalJson(journal));

    FailingDevice full;
    const Status failed = writeJournalJson(journal, full);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.failure().kind == FailureKind::Operation);
    CHECK(failed.failure().message.contains(u"No space left on device"_s));
}
