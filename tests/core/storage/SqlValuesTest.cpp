// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtPrinters.h"

#include "circles/Circle.h"
#include "incidents/Incident.h"
#include "storage/PreparedQuery.h"
#include "storage/SqlValues.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace mosaic;

TEST_CASE("Scalars are stored as text, numbers, 0/1 or NULL", "[sqlvalues]")
{
    CHECK(toSql(QDateTime(QDate(2026, 3, 29), QTime(7, 30, 0, 5), Qt::OffsetFromUTC, 2 * 3600)).toString() == QStringLiteral("2026-03-29T05:30:00.005Z"));
    CHECK(toSql(std::optional<QDateTime>()).isNull());
    CHECK(toSql(QDateTime()).isNull());
    CHECK(toSql(QDate(2026, 1, 2)).toString() == QStringLiteral("2026-01-02"));
    CHECK(toSql(true).toInt() == 1);
    CHECK(toSql(false).toInt() == 0);
    CHECK(toSql(std::optional<int>()).isNull());
    CHECK(toSql(std::optional<int>(0)).toInt() == 0);
    CHECK_FALSE(toSql(std::optional<int>(0)).isNull());
    CHECK(toSql(std::optional<QString>()).isNull());
    CHECK(toSql(std::optional<QString>(QString())).toString().isEmpty());
    // Text columns are NOT NULL: an absent text is stored as ''.
    CHECK_FALSE(toSql(QString()).isNull());
    CHECK(toSql(Distortion::MindReading).toString() == QStringLiteral("mind-reading"));
    CHECK(toSql(Ring::Inner).toString() == QStringLiteral("inner"));
}

TEST_CASE("Lists are compact JSON arrays", "[sqlvalues]")
{
    CHECK(toJsonText(QStringList()) == QStringLiteral("[]"));
    CHECK(toJsonText(QStringList{QStringLiteral("a"), QStringLiteral("b c")}) == QStringLiteral("[\"a\",\"b c\"]"));
    CHECK(toJsonText(QList<int>{1, 3, 7}) == QStringLiteral("[1,3,7]"));
    CHECK(toJsonText(QList<Distortion>{Distortion::AllOrNothing, Distortion::Blaming}) == QStringLiteral("[\"all-or-nothing\",\"blaming\"]"));
    CHECK(toJsonText(QList<QTime>{QTime(7, 30), QTime(21, 5)}) == QStringLiteral("[\"07:30\",\"21:05\"]"));
    CHECK(toSql(QList<SupportKind>{SupportKind::Fun}).toString() == QStringLiteral("[\"fun\"]"));
}

TEST_CASE("Nested objects take the interchange format's shape", "[sqlvalues]")
{
    CHECK(toJsonText(QList<EmotionRating>{{QStringLiteral("hurt"), 80, 40}, {QStringLiteral("sad"), 10, std::nullopt}}) ==
          QStringLiteral(R"([{"name":"hurt","before":80,"after":40},{"name":"sad","before":10}])"));
    CHECK(toJsonText(NextStep{QStringLiteral("Call Sam"), QDate(2026, 4, 1), false}) ==
          QStringLiteral(R"({"text":"Call Sam","due":"2026-04-01","done":false})"));
    CHECK(toJsonText(NextStep{QStringLiteral("Call Sam"), std::nullopt, true}) == QStringLiteral(R"({"text":"Call Sam","done":true})"));
    CHECK(toJsonText(ExposurePlan{}) == QStringLiteral("{}"));
    CHECK(toJsonText(ExposurePlan{QStringLiteral("Ask"), QString(), 70, QString(), 0, QString(), QStringLiteral("Breath")}) ==
          QStringLiteral(R"({"plan":"Ask","predictedAnxiety":70,"actualAnxiety":0,"whatHelped":"Breath"})"));
    CHECK(toSql(std::optional<NextStep>()).isNull());
    CHECK(toSql(std::optional<ExposurePlan>()).isNull());
}

TEST_CASE("JSON text escapes what JSON requires and nothing else", "[sqlvalues]")
{
    const QString tricky = QStringLiteral("Quote \" backslash \\ slash / tab\t cr\r lf\n bell\x07 é \u4e2d ") + QString::fromUtf8("\xf0\x9f\x98\x8a");
    const QString json = toJsonText(QStringList{tricky});
    CHECK(json ==
          QStringLiteral("[\"Quote \\\" backslash \\\\ slash / tab\\t cr\\r lf\\n bell\\u0007 é \u4e2d ") + QString::fromUtf8("\xf0\x9f\x98\x8a") +
              QStringLiteral("\"]"));
    // Any JSON parser reads it back, and so does the store.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(document.array().first().toString() == tricky);
    CHECK(stringListFromJson(json) == QStringList{tricky});
}

TEST_CASE("JSON text reads back to the same values", "[sqlvalues]")
{
    const QList<EmotionRating> emotions{{QStringLiteral("hurt \"a lot\""), 80, 40}, {QStringLiteral("sad"), 10, std::nullopt}};
    CHECK(emotionsFromJson(toJsonText(emotions)) == emotions);
    const NextStep step{QStringLiteral("Call\nSam"), QDate(2026, 4, 1), true};
    CHECK(nextStepFromJson(toJsonText(step)) == step);
    const ExposurePlan exposure{QStringLiteral("a"), QStringLiteral("b"), 1, QStringLiteral("c"), std::nullopt, QStringLiteral("d"), QStringLiteral("e")};
    CHECK(exposureFromJson(toJsonText(exposure)) == exposure);
    CHECK(exposureFromJson(u"{}") == ExposurePlan{});
    CHECK(intListFromJson(u"[1,2,7]") == QList<int>{1, 2, 7});
    CHECK(timeListFromJson(u"[\"00:00\",\"23:59\"]") == QList<QTime>{QTime(0, 0), QTime(23, 59)});
    CHECK(enumListFromJson<SituationalFactor>(u"[\"their-stress\",\"fit\"]") ==
          QList<SituationalFactor>{SituationalFactor::TheirStress, SituationalFactor::Fit});
    CHECK(enumListFromJson<SituationalFactor>(u"[]") == QList<SituationalFactor>{});
    // The interchange format allows an explicit null for optional members.
    CHECK(emotionsFromJson(u"[{\"name\":\"x\",\"before\":1,\"after\":null}]") == QList<EmotionRating>{{QStringLiteral("x"), 1, std::nullopt}});
    CHECK(nextStepFromJson(u"{\"text\":\"x\",\"due\":null}") == NextStep{QStringLiteral("x"), std::nullopt, false});
}

TEST_CASE("JSON text that is not what the stores write is refused", "[sqlvalues]")
{
    CHECK_FALSE(stringListFromJson(u"").has_value());
    CHECK_FALSE(stringListFromJson(u"[1]").has_value());
    CHECK_FALSE(stringListFromJson(u"{\"a\":1}").has_value());
    CHECK_FALSE(stringListFromJson(u"[\"a\"").has_value());
    CHECK_FALSE(intListFromJson(u"[1.5]").has_value());
    CHECK_FALSE(intListFromJson(u"[\"1\"]").has_value());
    CHECK_FALSE(intListFromJson(u"[1e12]").has_value());
    CHECK_FALSE(timeListFromJson(u"[\"7:30\"]").has_value());
    CHECK_FALSE(timeListFromJson(u"[\"24:00\"]").has_value());
    CHECK_FALSE(timeListFromJson(u"[\"07:30:00\"]").has_value());
    CHECK_FALSE(enumListFromJson<Distortion>(u"[\"Mind-Reading\"]").has_value());
    CHECK_FALSE(emotionsFromJson(u"[{\"name\":\"x\"}]").has_value());
    CHECK_FALSE(emotionsFromJson(u"[{\"name\":\"x\",\"before\":\"high\"}]").has_value());
    CHECK_FALSE(nextStepFromJson(u"[]").has_value());
    CHECK_FALSE(nextStepFromJson(u"{\"done\":true}").has_value());
    CHECK_FALSE(nextStepFromJson(u"{\"text\":\"x\",\"due\":\"2026-02-30\"}").has_value());
    CHECK_FALSE(nextStepFromJson(u"{\"text\":\"x\",\"done\":1}").has_value());
    CHECK_FALSE(exposureFromJson(u"{\"plan\":3}").has_value());
    CHECK_FALSE(exposureFromJson(u"{\"predictedAnxiety\":\"high\"}").has_value());
}

TEST_CASE("Statements are built from names only, with a placeholder per value", "[sqlvalues]")
{
    constexpr auto columns = std::to_array<QStringView>({u"habit_id", u"date", u"status", u"note"});
    CHECK(SqlText::upsert(u"check_ins", columns, 2) ==
          QStringLiteral("INSERT INTO check_ins (habit_id, date, status, note) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (habit_id, date) DO UPDATE SET status = excluded.status, note = excluded.note"));
    CHECK(SqlText::upsert(u"check_ins", std::span(columns).first(3), 2, 2) ==
          QStringLiteral("INSERT INTO check_ins (habit_id, date, status) VALUES (?, ?, ?), (?, ?, ?) "
                         "ON CONFLICT (habit_id, date) DO UPDATE SET status = excluded.status"));
    CHECK(SqlText::select(u"check_ins", columns, u"WHERE habit_id = ?") ==
          QStringLiteral("SELECT habit_id, date, status, note FROM check_ins WHERE habit_id = ?"));
    CHECK(SqlText::markDeleted(u"check_ins", std::span(columns).first(2)) ==
          QStringLiteral("UPDATE check_ins SET deleted_at = ?, updated_at = (SELECT CASE WHEN incoming < updated_at THEN "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds') ELSE incoming END FROM (SELECT ? AS incoming)) "
                         "WHERE habit_id = ? AND date = ?"));
    // updated_at never goes back (forwardUpdatedAt).
    constexpr auto stamped = std::to_array<QStringView>({u"id", u"updated_at", u"note"});
    CHECK(SqlText::upsert(u"wins", stamped, 1) ==
          QStringLiteral("INSERT INTO wins (id, updated_at, note) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET updated_at = CASE WHEN "
                         "excluded.updated_at < updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds') ELSE "
                         "excluded.updated_at END, note = excluded.note"));
}
