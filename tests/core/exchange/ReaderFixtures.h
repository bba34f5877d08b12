// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"
#include "exchange/JournalJsonReader.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// A small valid journal to break in one place per test, and helpers to read and judge the result.
namespace ReaderFixtures {

using namespace mosaic;

// Ids readable at a glance: the first digit says what the record is.
constexpr QStringView kCircle = u"10000000-0000-4000-8000-000000000001";
constexpr QStringView kPerson = u"20000000-0000-4000-8000-000000000001";
constexpr QStringView kOtherPerson = u"20000000-0000-4000-8000-000000000002";
constexpr QStringView kContact = u"30000000-0000-4000-8000-000000000001";
constexpr QStringView kIncident = u"40000000-0000-4000-8000-000000000001";
constexpr QStringView kReframe = u"50000000-0000-4000-8000-000000000001";
constexpr QStringView kStrength = u"60000000-0000-4000-8000-000000000001";
constexpr QStringView kWin = u"70000000-0000-4000-8000-000000000001";
constexpr QStringView kHabit = u"80000000-0000-4000-8000-000000000001";
constexpr QStringView kOtherHabit = u"80000000-0000-4000-8000-000000000002";
constexpr QStringView kReminder = u"90000000-0000-4000-8000-000000000001";
constexpr QStringView kUnknown = u"f0000000-0000-4000-8000-00000000000f";

inline QByteArray testDataFile(const QString &name)
{
    QFile file(QStringLiteral(MOSAIC_TEST_DATA_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline QString exampleJournalPath()
{
    return QStringLiteral(MOSAIC_TEST_DATA_DIR "/example-journal.json");
}

/// One record of every kind, referring to one another, with most optional fields absent so that defaults show.
inline QJsonObject minimalJournal()
{
    QString text = QStringLiteral(R"({
  "format": "mosaic-journal",
  "version": 1,
  "exportedAt": "2026-01-31T20:00:00Z",
  "app": "Mosaic tests",
  "values": {"mission": "Be kind", "values": ["kindness", "courage"], "updatedAt": "2026-01-01T10:00:00Z"},
  "circles": [{"id": "CIRCLE", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-02T10:00:00Z",
               "name": "Choir", "kind": "hobby", "color": "#3a7bd5"}],
  "people": [{"id": "PERSON", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
              "name": "Ana", "supports": ["emotional", "fun"]},
             {"id": "OTHERPERSON", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z", "name": "Ben"}],
  "memberships": [{"personId": "PERSON", "circleId": "CIRCLE", "ring": "inner"}],
  "contacts": [{"id": "CONTACT", "createdAt": "2026-01-10T10:00:00Z", "updatedAt": "2026-01-10T10:00:00Z",
                "date": "2026-01-10", "personId": "PERSON"}],
  "incidents": [{"id": "INCIDENT", "createdAt": "2026-01-05T18:00:00Z", "updatedAt": "2026-01-05T18:00:00Z",
                 "occurredAt": "2026-01-05T18:30:00+01:00", "kind": "exposure", "title": "Asked to join",
                 "circleId": "CIRCLE", "personIds": ["PERSON"],
                 "emotions": [{"name": "shame", "before": 80, "after": 40}],
                 "beliefBefore": 70, "beliefAfter": null, "distortions": ["mind-reading"], "factors": ["timing"],
                 "feedbackFrom": ["OTHERPERSON"], "nextStep": {"text": "Try again", "due": null},
                 "exposure": {"plan": "Go", "predictedAnxiety": 70, "actualAnxiety": null},
                 "tags": ["choir", "two words"]}],
  "reframes": [{"id": "REFRAME", "createdAt": "2026-01-05T19:00:00Z", "updatedAt": "2026-01-05T19:00:00Z",
                "incidentId": "INCIDENT", "text": "They were busy", "kind": "timing", "believability": 60}],
  "strengths": [{"id": "STRENGTH", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z", "name": "Patience"}],
  "wins": [{"id": "WIN", "createdAt": "2026-01-06T10:00:00Z", "updatedAt": "2026-01-06T10:00:00Z",
            "date": "2026-01-06", "text": "Went anyway", "strengthIds": ["STRENGTH"], "incidentId": "INCIDENT"}],
  "habits": [{"id": "HABIT", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
              "name": "Breathing", "ritual": "breathing", "schedule": {"type": "weekdays", "days": [1, 3, 5]},
              "target": {"type": "count", "goal": 5, "unit": "min"}, "startDate": "2026-01-01"},
             {"id": "OTHERHABIT", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
              "name": "Reach out", "schedule": {"type": "per-week", "times": 3}, "startDate": "2026-01-01"}],
  "checkIns": [{"habitId": "HABIT", "date": "2026-01-02", "status": "done", "updatedAt": "2026-01-02T08:00:00Z"}],
  "reminders": [{"id": "REMINDER", "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-01T10:00:00Z",
                 "habitId": "HABIT", "title": "Breathe", "times": ["07:30", "21:00"]}]
})");
    const std::pair<QStringView, QStringView> ids[] = {{u"\"OTHERPERSON\"", kOtherPerson},
                                                       {u"\"OTHERHABIT\"", kOtherHabit},
                                                       {u"\"CIRCLE\"", kCircle},
                                                       {u"\"PERSON\"", kPerson},
                                                       {u"\"CONTACT\"", kContact},
                                                       {u"\"INCIDENT\"", kIncident},
                                                       {u"\"REFRAME\"", kReframe},
                                                       {u"\"STRENGTH\"", kStrength},
                                                       {u"\"WIN\"", kWin},
                                                       {u"\"HABIT\"", kHabit},
                                                       {u"\"REMINDER\"", kReminder}};
    for (const auto &[placeholder, id] : ids)
        text.replace(placeholder.toString(), QString(u'"' + id + u'"'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// Sets (or, with an undefined value, removes) the value at a path like "incidents/0/emotions/0/before".
inline QJsonValue withValueAt(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    const QString step = steps.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (!steps.isEmpty())
            array[index] = withValueAt(array.at(index), steps, value);
        else if (value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(value);
        else
            array[index] = value;
        return array;
    }
    QJsonObject object = node.toObject();
    if (!steps.isEmpty())
        object[step] = withValueAt(object.value(step), steps, value);
    else if (value.isUndefined())
        object.remove(step);
    else
        object[step] = value;
    return object;
}

inline QJsonObject withValueAt(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return withValueAt(QJsonValue(root), path.split(u'/'), value).toObject();
}

inline QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

/// The minimal journal with one value changed (or removed, with QJsonValue::Undefined), as file bytes.
inline QByteArray mutatedJournal(const QString &path, const QJsonValue &value)
{
    return toBytes(withValueAt(minimalJournal(), path, value));
}

/// A JSON array of `count` copies of `item`.
inline QJsonArray repeated(const QJsonValue &item, int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(item);
    return array;
}

inline Journal readValid(const QByteArray &bytes)
{
    Result<Journal> result = readJournalJson(bytes);
    if (!result.ok())
        FAIL(result.failure().message.toStdString());
    return std::move(result).value();
}

/// The message of a failure that must be bad input.
inline QString failureOf(const Result<Journal> &result)
{
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().kind == FailureKind::BadInput);
    return result.failure().message;
}

inline QString readFailure(const QByteArray &bytes)
{
    return failureOf(readJournalJson(bytes));
}

inline Catch::Matchers::StringContainsMatcher mentions(const QString &text)
{
    return Catch::Matchers::ContainsSubstring(text.toStdString());
}

} // namespace ReaderFixtures
