// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderFixtures.h"

#include "TempJournalDir.h"
#include "common/TimeFormat.h"
#include "exchange/JournalIntegrity.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QFile>

#include <vector>

using namespace mosaic;
using namespace ReaderFixtures;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(QStringView text)
{
    const auto instant = TimeFormat::parseInstant(text);
    REQUIRE(instant.has_value());
    return *instant;
}

// Passed as a value, removes the field instead.
constexpr QJsonValue::Type kRemove = QJsonValue::Undefined;

/// One way to break the minimal journal, and a line its message must contain ("$.path: rule").
struct BadCase
{
    QString path;
    QJsonValue value;
    QString expected;
};

void checkBadCases(const std::vector<BadCase> &cases)
{
    for (const BadCase &bad : cases) {
        INFO("setting " << bad.path.toStdString() << " to " << QJsonDocument(QJsonArray{bad.value}).toJson(QJsonDocument::Compact).left(200).toStdString());
        const QString message = readFailure(mutatedJournal(bad.path, bad.value));
        CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not a valid Mosaic journal: "));
        CHECK_THAT(message.toStdString(), mentions(bad.expected));
    }
}

void checkAccepted(const QString &path, const QJsonValue &value)
{
    INFO("setting " << path.toStdString());
    readValid(mutatedJournal(path, value));
}

QString repeatedText(QStringView unit, qsizetype count)
{
    QString text;
    text.reserve(unit.size() * count);
    for (qsizetype i = 0; i < count; ++i)
        text += unit;
    return text;
}

QJsonValue nestedArrays(int depth)
{
    QJsonValue value = QJsonArray();
    for (int i = 1; i < depth; ++i)
        value = QJsonArray{value};
    return value;
}

} // namespace

TEST_CASE("The example journal reads completely, in file order", "[exchange][reader]")
{
    const Journal journal = readValid(testDataFile(u"example-journal.json"_s));

    CHECK(journal.circles.size() == 6);
    CHECK(journal.people.size() == 25);
    CHECK(journal.memberships.size() == 54);
    CHECK(journal.contacts.size() == 30);
    CHECK(journal.incidents.size() == 40);
    CHECK(journal.reframes.size() == 54);
    CHECK(journal.strengths.size() == 5);
    CHECK(journal.wins.size() == 50);
    CHECK(journal.habits.size() == 5);
    CHECK(journal.checkIns.size() == 1011);
    CHECK(journal.reminders.size() == 4);

    CHECK(journal.exportedAt == utc(u"2026-01-31T20:00:00Z"));
    CHECK(journal.app == u"example"_s);
    REQUIRE(journal.values.has_value());
    CHECK(journal.values->values == QStringList{u"curiosity"_s, u"kindness"_s, u"courage"_s});
    CHECK(journal.values->mission.startsWith(u"Live with curiosity and kindness; "_s));

    const Circle &zurich = journal.circles[0];
    CHECK(zurich.stamps.id == u"63ca828d-d5f4-43b2-a4b0-6ce60741c7a8"_s);
    CHECK(zurich.name == u"Zürich circle 0"_s);
    CHECK(zurich.kind == CircleKind::Family);
    CHECK(zurich.color == u"#05b6e6"_s);
    CHECK_FALSE(zurich.archived);
    CHECK(zurich.notes.isEmpty());
    CHECK(journal.circles[4].archived);

    CHECK(journal.people[3].stamps.deletedAt == utc(u"2025-02-15T14:29:00Z"));
    CHECK(journal.people[0].supports == QList<SupportKind>{SupportKind::Fun});

    const Incident &first = journal.incidents[0];
    CHECK(first.stamps.id == u"d27c3a5b-4e28-4100-925c-806205221a0f"_s);
    // "2025-01-08T12:49:00+01:00" is 11:49 UTC.
    CHECK(first.occurredAt == QDateTime(QDate(2025, 1, 8), QTime(11, 49), Qt::UTC));
    CHECK(first.occurredAt.timeSpec() == Qt::UTC);
    CHECK(first.kind == IncidentKind::Other);
    CHECK(first.circleId == u"7af027bc-08d6-4f57-9a71-144896c8da19"_s);
    CHECK(first.personIds == QStringList{u"ddbd358f-6156-44df-92bc-cdcb6816de06"_s, u"c16e2284-c10f-4a40-83ba-33db73f7ba8e"_s});
    REQUIRE(first.emotions.size() == 2);
    CHECK(first.emotions[0] == EmotionRating{u"loneliness"_s, 64, std::nullopt});
    CHECK(first.emotions[1] == EmotionRating{u"shame"_s, 97, 30});
    CHECK(first.thought.startsWith(u"Emoji🙂 résumé"_s));
    CHECK(first.beliefBefore == 53);
    CHECK(first.beliefAfter == 57);
    CHECK(first.distortions == QList<Distortion>{Distortion::MindReading, Distortion::ShouldStatements, Distortion::AllOrNothing});
    CHECK(first.factors == QList<SituationalFactor>{SituationalFactor::Context, SituationalFactor::Misunderstanding});
    CHECK(first.feedbackFrom == QStringList{u"be773448-28b0-4a93-bdcd-b856ae4ecf4b"_s});
    CHECK(first.nextStep == NextStep{u"Ask kindness"_s, QDate(2025, 1, 15), true});
    CHECK_FALSE(first.exposure.has_value());
    CHECK(first.tags == QStringList{u"party"_s, u"growth"_s});
    CHECK_FALSE(first.stamps.deletedAt.has_value());
    CHECK(journal.incidents[5].stamps.deletedAt == utc(u"2025-08-21T16:34:00Z"));

    const Incident &exposure = journal.incidents[8];
    CHECK(exposure.kind == IncidentKind::Exposure);
    REQUIRE(exposure.exposure.has_value());
    CHECK(exposure.exposure->predictedAnxiety == 70);
    CHECK(exposure.exposure->actualAnxiety == 35);

    CHECK(journal.reframes[0].kind == ReframeKind::Timing);
    CHECK(journal.reframes[0].believability == 89);
    CHECK(journal.reframes[0].incidentId == first.stamps.id);
    CHECK(journal.wins[0].kind == WinKind::Kindness);
    CHECK(journal.wins[0].date == QDate(2025, 2, 6));
    CHECK_FALSE(journal.wins[0].incidentId.has_value());

    CHECK_FALSE(journal.memberships[0].updatedAt.has_value());
    CHECK(journal.memberships[0].ring == Ring::Outer);
    CHECK(journal.memberships[2].deletedAt == utc(u"2025-09-01T10:00:00Z"));
    CHECK(journal.contacts[1].quality == -1);
    CHECK_FALSE(journal.contacts[1].circleId.has_value());

    CHECK(journal.habits[0].ritual == Ritual::StrengthsReflection);
    CHECK(journal.habits[0].target.type == TargetType::Check);
    CHECK(journal.habits[1].schedule == HabitSchedule{ScheduleType::Weekdays, {1, 2, 3, 4, 5}, 1});
    CHECK(journal.habits[2].schedule.type == ScheduleType::PerWeek);
    CHECK(journal.habits[2].schedule.times == 3);
    CHECK(journal.habits[3].target == HabitTarget{TargetType::Count, 5, u"min"_s});
    CHECK(journal.habits[3].startDate == QDate(2025, 5, 15));
    CHECK(journal.habits[0].color.isEmpty());

    CHECK(journal.checkIns[0].value == 1); // absent: the default
    CHECK(journal.checkIns[0].note.isEmpty());
    CHECK(journal.checkIns[0].status == CheckInStatus::Done);
    CHECK(journal.checkIns[572].value == 2);
    CHECK(journal.checkIns[128].deletedAt == utc(u"2026-01-31T21:00:00Z"));

    CHECK(journal.reminders[0].habitId == u"ddb3978f-9ddd-48fd-a45c-1023a85cb280"_s);
    CHECK_FALSE(journal.reminders[1].habitId.has_value()); // null
    CHECK(journal.reminders[1].times == QList<QTime>{QTime(2, 30), QTime(23, 45)});
    CHECK(journal.reminders[1].days.isEmpty());
    CHECK(journal.reminders[2].days == QList<int>{7});
    CHECK_FALSE(journal.reminders[3].enabled);
    CHECK_FALSE(journal.reminders[3].snoozedUntil.has_value());

    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("Absent optional fields take the schema's defaults", "[exchange][reader]")
{
    const Journal journal = readValid(toBytes(minimalJournal()));
    CHECK(journal.circles[0].importance == 3);
    CHECK_FALSE(journal.circles[0].archived);
    CHECK(journal.circles[0].facet.isEmpty());
    CHECK(journal.habits[1].ritual == Ritual::Custom);
    CHECK(journal.habits[1].target == HabitTarget{});
    CHECK(journal.habits[1].target.type == TargetType::Check);
    CHECK_FALSE(journal.habits[1].archived);
    CHECK(journal.wins[0].kind == WinKind::Win);
    CHECK(journal.contacts[0].quality == 0);
    CHECK(journal.checkIns[0].value == 1);
    CHECK_FALSE(journal.checkIns[0].deletedAt.has_value());
    CHECK(journal.reminders[0].enabled);
    CHECK(journal.reminders[0].days.isEmpty());
    CHECK(journal.people[1].supports.isEmpty());
    CHECK(journal.reframes[0].believability == 60);

    const Incident &incident = journal.incidents[0];
    CHECK(incident.occurredAt == utc(u"2026-01-05T17:30:00Z"));
    CHECK(incident.nextStep == NextStep{u"Try again"_s, std::nullopt, false});
    CHECK_FALSE(incident.beliefAfter.has_value());
    REQUIRE(incident.exposure.has_value());
    CHECK(incident.exposure->predictedAnxiety == 70);
    CHECK_FALSE(incident.exposure->actualAnxiety.has_value());
    CHECK(incident.exposure->outcome.isEmpty());
    CHECK(incident.tags == QStringList{u"choir"_s, u"two words"_s});
    CHECK(incident.situation.isEmpty());

    // Fields of the schema that may be left out entirely.
    const Journal bare = readValid(R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z"})");
    CHECK_FALSE(bare.values.has_value());
    CHECK(bare.app.isEmpty());
    CHECK(bare.circles.isEmpty());

    const Journal noNextStep = readValid(mutatedJournal(u"incidents/0/nextStep"_s, QJsonValue::Null));
    CHECK_FALSE(noNextStep.incidents[0].nextStep.has_value());
    const Journal noCircle = readValid(mutatedJournal(u"incidents/0/circleId"_s, QJsonValue::Null));
    CHECK_FALSE(noCircle.incidents[0].circleId.has_value());
}

TEST_CASE("Values the schema allows in less usual forms are accepted", "[exchange][reader]")
{
    // JSON Schema: a number with a zero fraction is an integer; "version": 1.0 equals the const 1.
    CHECK(readValid(mutatedJournal(u"incidents/0/beliefBefore"_s, 50.0)).incidents[0].beliefBefore == 50);
    checkAccepted(u"version"_s, 1.0);
    CHECK(readValid(mutatedJournal(u"checkIns/0/value"_s, 2.5)).checkIns[0].value == 2.5);
    CHECK(readValid(mutatedJournal(u"checkIns/0/value"_s, 0)).checkIns[0].value == 0);
    checkAccepted(u"circles/0/color"_s, u"#ABCdef"_s);
    checkAccepted(u"reminders/0/times/0"_s, u"00:00"_s);
    checkAccepted(u"reminders/0/times/0"_s, u"23:59"_s);
    checkAccepted(u"circles/0/importance"_s, 5);
    checkAccepted(u"contacts/0/quality"_s, -2);
    checkAccepted(u"incidents/0/tags/0"_s, u"x"_s);
    checkAccepted(u"incidents/0/tags/0"_s, QString(60, u'x'));
    checkAccepted(u"circles/0/name"_s, QString(200, u'x'));
    checkAccepted(u"circles/0/name"_s, u" padded "_s);
    // Lengths count code points: 200 emoji are 400 UTF-16 units and still a valid name.
    checkAccepted(u"circles/0/name"_s, repeatedText(u"🙂", 200));
    checkAccepted(u"incidents/0/emotions"_s, repeated(QJsonObject{{u"name"_s, u"sad"_s}, {u"before"_s, 1}}, 30));
    checkAccepted(u"incidents/0/exposure"_s, QJsonObject());
    checkAccepted(u"circles/0/deletedAt"_s, u"2026-01-03T10:00:00.250-05:30"_s);
    checkAccepted(u"memberships/0/updatedAt"_s, u"2026-01-03T10:00:00Z"_s);

    // A contact may be with a circle instead of a person.
    QJsonObject circleContact = withValueAt(minimalJournal(), u"contacts/0/personId"_s, kRemove);
    circleContact = withValueAt(circleContact, u"contacts/0/circleId"_s, kCircle.toString());
    const Journal journal = readValid(toBytes(circleContact));
    CHECK_FALSE(journal.contacts[0].personId.has_value());
    CHECK(journal.contacts[0].circleId == kCircle.toString());

    // A UTF-8 byte order mark is tolerated.
    CHECK(readJournalJson("\xEF\xBB\xBF" + toBytes(minimalJournal())).ok());
}

TEST_CASE("Missing required fields are named with their object's path", "[exchange][reader]")
{
    checkBadCases({
        {u"exportedAt"_s, kRemove, u"$: missing required field \"exportedAt\""_s},
        {u"version"_s, kRemove, u"$: missing required field \"version\""_s},
        {u"circles/0/name"_s, kRemove, u"$.circles[0]: missing required field \"name\""_s},
        {u"circles/0/id"_s, kRemove, u"$.circles[0]: missing required field \"id\""_s},
        {u"people/1/createdAt"_s, kRemove, u"$.people[1]: missing required field \"createdAt\""_s},
        {u"incidents/0/emotions/0/before"_s, kRemove, u"$.incidents[0].emotions[0]: missing required field \"before\""_s},
        {u"incidents/0/nextStep/text"_s, kRemove, u"$.incidents[0].nextStep: missing required field \"text\""_s},
        {u"incidents/0/title"_s, kRemove, u"$.incidents[0]: missing required field \"title\""_s},
        {u"checkIns/0/updatedAt"_s, kRemove, u"$.checkIns[0]: missing required field \"updatedAt\""_s},
        {u"values/mission"_s, kRemove, u"$.values: missing required field \"mission\""_s},
        {u"memberships/0/ring"_s, kRemove, u"$.memberships[0]: missing required field \"ring\""_s},
        {u"reminders/0/times"_s, kRemove, u"$.reminders[0]: missing required field \"times\""_s},
        {u"reframes/0/incidentId"_s, kRemove, u"$.reframes[0]: missing required field \"incidentId\""_s},
        {u"wins/0/text"_s, kRemove, u"$.wins[0]: missing required field \"text\""_s},
        {u"habits/0/schedule"_s, kRemove, u"$.habits[0]: missing required field \"schedule\""_s},
        {u"habits/0/startDate"_s, kRemove, u"$.habits[0]: missing required field \"startDate\""_s},
        {u"habits/0/schedule/type"_s, kRemove, u"$.habits[0].schedule: missing required field \"type\""_s},
    });
}

TEST_CASE("Unknown fields are refused everywhere", "[exchange][reader]")
{
    checkBadCases({
        {u"colour"_s, u"#ffffff"_s, u"$: unknown field \"colour\""_s},
        {u"circles/0/colour"_s, u"#ffffff"_s, u"$.circles[0]: unknown field \"colour\""_s},
        {u"people/0/email"_s, u"ana@example.org"_s, u"$.people[0]: unknown field \"email\""_s},
        {u"memberships/0/since"_s, u"2020-01-01"_s, u"$.memberships[0]: unknown field \"since\""_s},
        {u"incidents/0/emotions/0/intensity"_s, 3, u"$.incidents[0].emotions[0]: unknown field \"intensity\""_s},
        {u"incidents/0/nextStep/when"_s, u"soon"_s, u"$.incidents[0].nextStep: unknown field \"when\""_s},
        {u"incidents/0/exposure/risk"_s, 1, u"$.incidents[0].exposure: unknown field \"risk\""_s},
        {u"values/vision"_s, u"x"_s, u"$.values: unknown field \"vision\""_s},
        {u"checkIns/0/id"_s, kHabit.toString(), u"$.checkIns[0]: unknown field \"id\""_s},
        {u"reminders/0/sound"_s, true, u"$.reminders[0]: unknown field \"sound\""_s},
        {u"habits/0/target/max"_s, 9, u"$.habits[0].target: unknown field \"max\" for type \"count\""_s},
        {u"$schema"_s, u"x"_s, u"$: unknown field \"$schema\""_s},
    });
}

TEST_CASE("UUIDs must be lowercase and canonical", "[exchange][reader]")
{
    const QString rule = u"must be a lowercase UUID like 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e (got "_s;
    checkBadCases({
        {u"circles/0/id"_s, u"10000000-0000-4000-8000-00000000000A"_s, u"$.circles[0].id: "_s + rule + u"\"10000000-0000-4000-8000-00000000000A\")"_s},
        {u"reframes/0/incidentId"_s, u"not-a-uuid"_s, u"$.reframes[0].incidentId: "_s + rule + u"\"not-a-uuid\")"_s},
        {u"incidents/0/personIds/0"_s, u"{20000000-0000-4000-8000-000000000001}"_s, u"$.incidents[0].personIds[0]: "_s + rule},
        {u"memberships/0/personId"_s, 5, u"$.memberships[0].personId: "_s + rule + u"5)"_s},
        {u"wins/0/strengthIds/0"_s, u"600000000000400080000000000000001"_s, u"$.wins[0].strengthIds[0]: "_s + rule},
        {u"contacts/0/personId"_s, QJsonValue::Null, u"$.contacts[0].personId: "_s + rule + u"null)"_s},
    });
}

TEST_CASE("Impossible dates and instants are refused", "[exchange][reader]")
{
    const QString instantRule = u"must be an RFC 3339 date and time with Z or an offset, like 2026-03-29T07:30:00+02:00 (got "_s;
    const QString dateRule = u"must be a calendar date YYYY-MM-DD that exists, like 2026-03-29 (got "_s;
    checkBadCases({
        {u"wins/0/date"_s, u"2026-02-30"_s, u"$.wins[0].date: "_s + dateRule + u"\"2026-02-30\")"_s},
        {u"contacts/0/date"_s, u"2026-1-05"_s, u"$.contacts[0].date: "_s + dateRule},
        {u"checkIns/0/date"_s, u"2026-01-02T00:00:00Z"_s, u"$.checkIns[0].date: "_s + dateRule},
        {u"habits/0/startDate"_s, 20260101, u"$.habits[0].startDate: "_s + dateRule + u"20260101)"_s},
        {u"circles/0/createdAt"_s, u"2026-02-30T10:00:00Z"_s, u"$.circles[0].createdAt: "_s + instantRule + u"\"2026-02-30T10:00:00Z\")"_s},
        {u"exportedAt"_s, u"2026-01-31T20:00:00"_s, u"$.exportedAt: "_s + instantRule},
        {u"incidents/0/occurredAt"_s, u"2026-01-31 20:00:00Z"_s, u"$.incidents[0].occurredAt: "_s + instantRule},
        {u"values/updatedAt"_s, u"2026-01-31T24:00:00Z"_s, u"$.values.updatedAt: "_s + instantRule},
        {u"checkIns/0/updatedAt"_s, u"yesterday"_s, u"$.checkIns[0].updatedAt: "_s + instantRule},
    });
}

TEST_CASE("Numbers out of range or of the wrong type are refused", "[exchange][reader]")
{
    checkBadCases({
        {u"incidents/0/emotions/0/before"_s, 120, u"$.incidents[0].emotions[0].before: must be an integer from 0 to 100 (got 120)"_s},
        {u"incidents/0/emotions/0/before"_s, u"5"_s, u"$.incidents[0].emotions[0].before: must be an integer from 0 to 100 (got \"5\")"_s},
        {u"incidents/0/beliefBefore"_s, 50.5, u"$.incidents[0].beliefBefore: must be an integer from 0 to 100 (got 50.5)"_s},
        {u"incidents/0/beliefBefore"_s, QJsonValue::Null, u"$.incidents[0].beliefBefore: must be an integer from 0 to 100 (got null)"_s},
        {u"incidents/0/exposure/predictedAnxiety"_s, -1, u"$.incidents[0].exposure.predictedAnxiety: must be an integer from 0 to 100 (got -1)"_s},
        {u"reframes/0/believability"_s, 101, u"$.reframes[0].believability: must be an integer from 0 to 100 (got 101)"_s},
        {u"circles/0/importance"_s, 0, u"$.circles[0].importance: must be an integer from 1 to 5 (got 0)"_s},
        {u"circles/0/importance"_s, 6, u"$.circles[0].importance: must be an integer from 1 to 5 (got 6)"_s},
        {u"contacts/0/quality"_s, -3, u"$.contacts[0].quality: must be an integer from -2 to 2 (got -3)"_s},
        {u"contacts/0/quality"_s, true, u"$.contacts[0].quality: must be an integer from -2 to 2 (got true)"_s},
        {u"habits/0/target/goal"_s, 0, u"$.habits[0].target.goal: must be a number greater than 0 and at most 1000000 (got 0)"_s},
        {u"habits/0/target/goal"_s, 1000001, u"$.habits[0].target.goal: must be a number greater than 0 and at most 1000000 (got 1000001)"_s},
        {u"habits/0/target/goal"_s, u"5"_s, u"$.habits[0].target.goal: must be a number greater than 0 and at most 1000000 (got \"5\")"_s},
        {u"checkIns/0/value"_s, -1, u"$.checkIns[0].value: must be a number from 0 to 1000000 (got -1)"_s},
        {u"checkIns/0/value"_s, u"1"_s, u"$.checkIns[0].value: must be a number from 0 to 1000000 (got \"1\")"_s},
        {u"habits/1/schedule/times"_s, 8, u"$.habits[1].schedule.times: must be an integer from 1 to 7 (got 8)"_s},
        {u"habits/1/schedule/times"_s, 2.5, u"$.habits[1].schedule.times: must be an integer from 1 to 7 (got 2.5)"_s},
        {u"habits/0/schedule/days/0"_s, 0, u"$.habits[0].schedule.days[0]: must be an integer from 1 to 7 (got 0)"_s},
        {u"reminders/0/days"_s, QJsonArray{8}, u"$.reminders[0].days[0]: must be an integer from 1 to 7 (got 8)"_s},
        {u"version"_s, 0, u"$.version: must be 1 (got 0)"_s},
        {u"version"_s, u"1"_s, u"$.version: must be 1 (got \"1\")"_s},
    });
}

TEST_CASE("Unknown enum values are refused with the list of choices", "[exchange][reader]")
{
    checkBadCases({
        {u"habits/0/schedule/type"_s, u"monthly"_s, u"$.habits[0].schedule.type: must be one of \"daily\", \"weekdays\", \"per-week\" (got \"monthly\")"_s},
        {u"habits/0/target/type"_s, u"timer"_s, u"$.habits[0].target.type: must be one of \"check\", \"count\" (got \"timer\")"_s},
        {u"circles/0/kind"_s, u"club"_s, u"$.circles[0].kind: must be one of \"family\", \"friends\", "_s},
        {u"incidents/0/kind"_s, u"Rejection"_s, u"$.incidents[0].kind: must be one of \"rejection\", "_s},
        {u"incidents/0/distortions/0"_s, u"Mind-Reading"_s, u"$.incidents[0].distortions[0]: must be one of \"all-or-nothing\", "_s},
        {u"incidents/0/factors/0"_s, u"luck"_s, u"$.incidents[0].factors[0]: must be one of \"timing\", "_s},
        {u"checkIns/0/status"_s, u"DONE"_s, u"$.checkIns[0].status: must be one of \"done\", \"skipped\" (got \"DONE\")"_s},
        {u"wins/0/kind"_s, u"loss"_s,
         u"$.wins[0].kind: must be one of \"win\", \"progress\", \"kindness\", \"courage\", \"boundary\", \"other\" (got \"loss\")"_s},
        {u"people/0/supports/0"_s, u"money"_s,
         u"$.people[0].supports[0]: must be one of \"emotional\", \"practical\", \"perspective\", \"feedback\", \"fun\" (got \"money\")"_s},
        {u"memberships/0/ring"_s, u"core"_s, u"$.memberships[0].ring: must be one of \"inner\", \"middle\", \"outer\" (got \"core\")"_s},
        {u"habits/0/ritual"_s, u"journaling"_s, u"$.habits[0].ritual: must be one of \"strengths-reflection\", "_s},
        {u"reframes/0/kind"_s, 3, u"$.reframes[0].kind: must be one of \"context\", "_s},
    });
}

TEST_CASE("Booleans must be true or false", "[exchange][reader]")
{
    checkBadCases({
        {u"circles/0/archived"_s, u"yes"_s, u"$.circles[0].archived: must be true or false (got \"yes\")"_s},
        {u"reminders/0/enabled"_s, 1, u"$.reminders[0].enabled: must be true or false (got 1)"_s},
        {u"incidents/0/nextStep/done"_s, QJsonValue::Null, u"$.incidents[0].nextStep.done: must be true or false (got null)"_s},
        {u"strengths/0/archived"_s, u"false"_s, u"$.strengths[0].archived: must be true or false (got \"false\")"_s},
    });
}

TEST_CASE("Names and texts respect their lengths, counted in code points", "[exchange][reader]")
{
    checkBadCases({
        {u"circles/0/name"_s, u"   "_s, u"$.circles[0].name: must contain a character that is not a space (got \"   \")"_s},
        {u"circles/0/name"_s, u"\u00a0\u3000\t"_s, u"$.circles[0].name: must contain a character that is not a space"_s},
        {u"circles/0/name"_s, u""_s, u"$.circles[0].name: must not be empty"_s},
        {u"incidents/0/title"_s, 5, u"$.incidents[0].title: must be a string (got 5)"_s},
        {u"people/0/name"_s, QString(201, u'x'), u"$.people[0].name: must be at most 200 characters long (got 201)"_s},
        {u"people/0/name"_s, repeatedText(u"🙂", 201), u"$.people[0].name: must be at most 200 characters long (got 201)"_s},
        {u"reframes/0/text"_s, u"\n\t "_s, u"$.reframes[0].text: must contain a character that is not a space"_s},
        {u"reframes/0/text"_s, QString(100001, u'x'), u"$.reframes[0].text: must be at most 100000 characters long (got 100001)"_s},
        {u"wins/0/text"_s, u""_s, u"$.wins[0].text: must not be empty"_s},
        {u"incidents/0/situation"_s, QString(1000001, u'x'), u"$.incidents[0].situation: must be at most 1000000 characters long (got 1000001)"_s},
        {u"circles/0/facet"_s, QString(501, u'x'), u"$.circles[0].facet: must be at most 500 characters long (got 501)"_s},
        {u"habits/0/target/unit"_s, QString(41, u'm'), u"$.habits[0].target.unit: must be at most 40 characters long (got 41)"_s},
        {u"app"_s, QString(201, u'a'), u"$.app: must be at most 200 characters long (got 201)"_s},
        {u"values/values/0"_s, u""_s, u"$.values.values[0]: must not be empty"_s},
        {u"incidents/0/emotions/0/name"_s, u" "_s, u"$.incidents[0].emotions[0].name: must contain a character that is not a space"_s},
        {u"reminders/0/title"_s, QJsonArray{u"x"_s}, u"$.reminders[0].title: must be a string (got an array)"_s},
        {u"circles/0/notes"_s, QJsonObject(), u"$.circles[0].notes: must be a string (got an object)"_s},
    });
    // 1,000,000 characters of text are fine.
    checkAccepted(u"incidents/0/notes"_s, QString(1000000, u'x'));
}

TEST_CASE("Tags follow their pattern and length", "[exchange][reader]")
{
    const QString rule = u"must be a tag without \",\" or \"#\" that does not start with a space (got "_s;
    checkBadCases({
        {u"incidents/0/tags/0"_s, u"a,b"_s, u"$.incidents[0].tags[0]: "_s + rule + u"\"a,b\")"_s},
        {u"incidents/0/tags/0"_s, u" lead"_s, u"$.incidents[0].tags[0]: "_s + rule + u"\" lead\")"_s},
        {u"incidents/0/tags/1"_s, u"#x"_s, u"$.incidents[0].tags[1]: "_s + rule},
        {u"incidents/0/tags/1"_s, u"x#y"_s, u"$.incidents[0].tags[1]: "_s + rule},
        {u"incidents/0/tags/0"_s, u""_s, u"$.incidents[0].tags[0]: must not be empty"_s},
        {u"incidents/0/tags/0"_s, QString(61, u't'), u"$.incidents[0].tags[0]: must be at most 60 characters long (got 61)"_s},
        {u"incidents/0/tags/0"_s, 7, u"$.incidents[0].tags[0]: must be a string (got 7)"_s},
    });
}

TEST_CASE("Items of unique lists must not repeat", "[exchange][reader]")
{
    const QString person = kPerson.toString();
    checkBadCases({
        {u"incidents/0/personIds/1"_s, person, u"$.incidents[0].personIds[1]: must be unique in the list (same as [0])"_s},
        {u"incidents/0/feedbackFrom/1"_s, kOtherPerson.toString(), u"$.incidents[0].feedbackFrom[1]: must be unique in the list (same as [0])"_s},
        {u"incidents/0/distortions/1"_s, u"mind-reading"_s, u"$.incidents[0].distortions[1]: must be unique in the list (same as [0])"_s},
        {u"incidents/0/factors/1"_s, u"timing"_s, u"$.incidents[0].factors[1]: must be unique in the list (same as [0])"_s},
        {u"incidents/0/tags/2"_s, u"choir"_s, u"$.incidents[0].tags[2]: must be unique in the list (same as [0])"_s},
        {u"people/0/supports/2"_s, u"fun"_s, u"$.people[0].supports[2]: must be unique in the list (same as [1])"_s},
        {u"wins/0/strengthIds/1"_s, kStrength.toString(), u"$.wins[0].strengthIds[1]: must be unique in the list (same as [0])"_s},
        {u"habits/0/schedule/days/2"_s, 1, u"$.habits[0].schedule.days[2]: must be unique in the list (same as [0])"_s},
        {u"habits/0/schedule/days/2"_s, 1.0, u"$.habits[0].schedule.days[2]: must be unique in the list (same as [0])"_s},
        {u"reminders/0/times/1"_s, u"07:30"_s, u"$.reminders[0].times[1]: must be unique in the list (same as [0])"_s},
        {u"reminders/0/days"_s, QJsonArray{1, 2, 1}, u"$.reminders[0].days[2]: must be unique in the list (same as [0])"_s},
    });

    // Long lists switch to a hash; a late repeat is still found.
    QJsonArray many;
    for (int i = 0; i < 40; ++i)
        many.append(u"20000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
    many.append(u"20000000-0000-4000-8000-000000000017"_s);
    const QString message = readFailure(mutatedJournal(u"incidents/0/personIds"_s, many));
    CHECK_THAT(message.toStdString(), mentions(u"$.incidents[0].personIds[40]: must be unique in the list (same as [17])"_s));
}

TEST_CASE("Lists respect their minimum and maximum sizes", "[exchange][reader]")
{
    const QJsonObject emotion{{u"name"_s, u"sad"_s}, {u"before"_s, 1}};
    QJsonArray fiftyOneTags;
    QJsonArray fiftyOneValues;
    QJsonArray twentyFiveTimes;
    for (int i = 0; i < 51; ++i) {
        fiftyOneTags.append(u"tag%1"_s.arg(i));
        fiftyOneValues.append(u"value %1"_s.arg(i));
    }
    for (int i = 0; i < 25; ++i)
        twentyFiveTimes.append(u"07:%1"_s.arg(i, 2, 10, QLatin1Char('0')));
    checkBadCases({
        {u"incidents/0/emotions"_s, repeated(emotion, 31), u"$.incidents[0].emotions: must have at most 30 items (got 31)"_s},
        {u"incidents/0/tags"_s, fiftyOneTags, u"$.incidents[0].tags: must have at most 50 items (got 51)"_s},
        {u"values/values"_s, fiftyOneValues, u"$.values.values: must have at most 50 items (got 51)"_s},
        {u"reminders/0/times"_s, QJsonArray(), u"$.reminders[0].times: must have at least 1 item (got 0)"_s},
        {u"reminders/0/times"_s, twentyFiveTimes, u"$.reminders[0].times: must have at most 24 items (got 25)"_s},
        {u"habits/0/schedule/days"_s, QJsonArray(), u"$.habits[0].schedule.days: must have at least 1 item (got 0)"_s},
        {u"circles"_s, QJsonObject(), u"$.circles: must be an array (got an object)"_s},
        {u"incidents/0/personIds"_s, kPerson.toString(), u"$.incidents[0].personIds: must be an array (got \"2"_s},
    });
}

TEST_CASE("Fields that may be null say so when they are wrong", "[exchange][reader]")
{
    checkBadCases({
        {u"incidents/0/beliefAfter"_s, u"high"_s, u"$.incidents[0].beliefAfter: must be null or an integer from 0 to 100 (got \"high\")"_s},
        {u"incidents/0/emotions/0/after"_s, 101, u"$.incidents[0].emotions[0].after: must be null or an integer from 0 to 100 (got 101)"_s},
        {u"incidents/0/exposure/actualAnxiety"_s, 100.5, u"$.incidents[0].exposure.actualAnxiety: must be null or an integer from 0 to 100 (got 100.5)"_s},
        {u"incidents/0/circleId"_s, u"choir"_s, u"$.incidents[0].circleId: must be null or a lowercase UUID like "_s},
        {u"wins/0/incidentId"_s, 5, u"$.wins[0].incidentId: must be null or a lowercase UUID like "_s},
        {u"reminders/0/habitId"_s, QJsonArray(), u"$.reminders[0].habitId: must be null or a lowercase UUID like "_s},
        {u"incidents/0/nextStep"_s, 5, u"$.incidents[0].nextStep: must be null or an object (got 5)"_s},
        {u"incidents/0/nextStep/due"_s, u"tomorrow"_s, u"$.incidents[0].nextStep.due: must be null or a calendar date YYYY-MM-DD"_s},
        {u"incidents/0/nextStep/text"_s, QJsonValue::Null, u"$.incidents[0].nextStep.text: must be a string (got null)"_s},
        {u"circles/0/deletedAt"_s, 0, u"$.circles[0].deletedAt: must be null or an RFC 3339 date and time"_s},
        {u"memberships/0/deletedAt"_s, u"2026-02-30T00:00:00Z"_s, u"$.memberships[0].deletedAt: must be null or an RFC 3339 date and time"_s},
        {u"reminders/0/snoozedUntil"_s, u"soon"_s, u"$.reminders[0].snoozedUntil: must be null or an RFC 3339 date and time"_s},
        {u"reminders/0/lastFiredAt"_s, false, u"$.reminders[0].lastFiredAt: must be null or an RFC 3339 date and time"_s},
        // Not nullable: absent is fine, null is not.
        {u"memberships/0/updatedAt"_s, QJsonValue::Null, u"$.memberships[0].updatedAt: must be an RFC 3339 date and time"_s},
        {u"incidents/0/exposure"_s, QJsonValue::Null, u"$.incidents[0].exposure: must be an object (got null)"_s},
        {u"values"_s, QJsonValue::Null, u"$.values: must be an object (got null)"_s},
    });
}

TEST_CASE("Schedules and targets must match one shape of their oneOf", "[exchange][reader]")
{
    const auto object = [](std::initializer_list<QPair<QString, QJsonValue>> fields) { return QJsonObject(fields); };
    checkBadCases({
        {u"habits/0/schedule"_s, object({{u"type"_s, u"daily"_s}, {u"days"_s, QJsonArray{1}}}),
         u"$.habits[0].schedule: unknown field \"days\" for type \"daily\""_s},
        {u"habits/0/schedule"_s, object({{u"type"_s, u"weekdays"_s}}), u"$.habits[0].schedule: missing required field \"days\""_s},
        {u"habits/0/schedule"_s, object({{u"type"_s, u"weekdays"_s}, {u"days"_s, QJsonArray{1}}, {u"times"_s, 2}}),
         u"$.habits[0].schedule: unknown field \"times\" for type \"weekdays\""_s},
        {u"habits/0/schedule"_s, object({{u"type"_s, u"per-week"_s}}), u"$.habits[0].schedule: missing required field \"times\""_s},
        {u"habits/0/schedule"_s, object({{u"type"_s, u"per-week"_s}, {u"times"_s, 2}, {u"days"_s, QJsonArray{1}}}),
         u"$.habits[0].schedule: unknown field \"days\" for type \"per-week\""_s},
        {u"habits/0/schedule"_s, u"daily"_s, u"$.habits[0].schedule: must be an object (got \"daily\")"_s},
        {u"habits/0/target"_s, object({{u"type"_s, u"check"_s}, {u"goal"_s, 3}}), u"$.habits[0].target: unknown field \"goal\" for type \"check\""_s},
        {u"habits/0/target"_s, object({{u"type"_s, u"count"_s}}), u"$.habits[0].target: missing required field \"goal\""_s},
        {u"habits/0/target"_s, object({{u"goal"_s, 3}}), u"$.habits[0].target: missing required field \"type\""_s},
    });
    checkAccepted(u"habits/0/schedule"_s, object({{u"type"_s, u"daily"_s}}));
    checkAccepted(u"habits/0/target"_s, object({{u"type"_s, u"check"_s}}));
    checkAccepted(u"habits/0/target"_s, object({{u"type"_s, u"count"_s}, {u"goal"_s, 0.5}}));
}

TEST_CASE("A contact needs a person or a circle", "[exchange][reader]")
{
    checkBadCases({
        {u"contacts/0/personId"_s, kRemove, u"$.contacts[0]: must have \"personId\" or \"circleId\""_s},
    });
}

TEST_CASE("Colors and reminder times follow their patterns", "[exchange][reader]")
{
    const QString colorRule = u"must be a color #rrggbb like #3a7bd5 (got "_s;
    const QString timeRule = u"must be a time HH:MM from 00:00 to 23:59 (got "_s;
    checkBadCases({
        {u"circles/0/color"_s, u"#12345"_s, u"$.circles[0].color: "_s + colorRule + u"\"#12345\")"_s},
        {u"circles/0/color"_s, u"red"_s, u"$.circles[0].color: "_s + colorRule + u"\"red\")"_s},
        {u"circles/0/color"_s, u"#12345g"_s, u"$.circles[0].color: "_s + colorRule},
        {u"habits/0/color"_s, u"#1234567"_s, u"$.habits[0].color: "_s + colorRule},
        {u"reminders/0/times/0"_s, u"24:00"_s, u"$.reminders[0].times[0]: "_s + timeRule + u"\"24:00\")"_s},
        {u"reminders/0/times/0"_s, u"7:30"_s, u"$.reminders[0].times[0]: "_s + timeRule + u"\"7:30\")"_s},
        {u"reminders/0/times/1"_s, u"07:60"_s, u"$.reminders[0].times[1]: "_s + timeRule},
        {u"reminders/0/times/1"_s, u"07:30:00"_s, u"$.reminders[0].times[1]: "_s + timeRule},
        {u"reminders/0/times/1"_s, 730, u"$.reminders[0].times[1]: "_s + timeRule + u"730)"_s},
    });
}

TEST_CASE("Records and collections of the wrong type are refused", "[exchange][reader]")
{
    checkBadCases({
        {u"circles/0"_s, u"Choir"_s, u"$.circles[0]: must be an object (got \"Choir\")"_s},
        {u"checkIns/0"_s, QJsonValue::Null, u"$.checkIns[0]: must be an object (got null)"_s},
        {u"incidents/0/emotions/0"_s, 80, u"$.incidents[0].emotions[0]: must be an object (got 80)"_s},
        {u"values"_s, QJsonArray(), u"$.values: must be an object (got an array)"_s},
        {u"people"_s, u"Ana, Ben"_s, u"$.people: must be an array (got \"Ana, Ben\")"_s},
    });
}

TEST_CASE("Text must be valid Unicode", "[exchange][reader]")
{
    // JSON lets an escaped lone surrogate through; it cannot be stored as UTF-8.
    QByteArray bytes = toBytes(minimalJournal());
    REQUIRE(bytes.contains("\"Choir\""));
    bytes.replace("\"Choir\"", "\"Ch\\ud800oir\"");
    CHECK_THAT(readFailure(bytes).toStdString(), mentions(u"$.circles[0].name: must be valid Unicode text (an unpaired surrogate \\ud800 at character 3)"_s));
}

TEST_CASE("A file that is not valid UTF-8 names the first bad byte", "[exchange][reader]")
{
    const QByteArray valid = toBytes(minimalJournal());
    const qsizetype choir = valid.indexOf("Choir");
    REQUIRE(choir > 0);
    const QByteArray expected = "the file is not valid UTF-8 (at byte " + QByteArray::number(choir + 2) + ')';
    for (const QByteArray &bad : {QByteArray("\xFF"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF4\x90\x80\x80"), QByteArray("\xFC")}) {
        QByteArray replacement = "Ch";
        replacement += bad;
        replacement += "oir";
        QByteArray bytes = valid;
        bytes.replace("Choir", replacement);
        INFO(bad.toHex().toStdString());
        CHECK_THAT(readFailure(bytes).toStdString(), Catch::Matchers::StartsWith(expected.toStdString()));
    }
    // Outside a string, too.
    const QString message = readFailure("{\"format\"\xFF: 1}");
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not valid UTF-8 (at byte 9)"));
}

TEST_CASE("Text that is not JSON says where parsing stopped", "[exchange][reader]")
{
    const QByteArray broken = "{\n  \"format\": \"mosaic-journal\",\n  \"version\": 1\n  \"exportedAt\": \"2026-01-31T20:00:00Z\"\n}\n";
    const QString message = readFailure(broken);
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not valid JSON: "));
    CHECK_THAT(message.toStdString(), mentions(u"at line 4, column "_s));

    CHECK_THAT(readFailure("# My journal\n\nNot JSON at all.").toStdString(),
               Catch::Matchers::StartsWith("the file is not JSON: a Mosaic journal starts with \"{\""));
    CHECK_THAT(readFailure("{\"a\": 1} trailing").toStdString(),
               mentions(u"the file is not valid JSON: garbage at the end of the document at line 1, column 10"_s));
    // Closed wrongly at the end: a mistake, not a cut.
    CHECK_THAT(readFailure("{\"a\": 1]").toStdString(), Catch::Matchers::StartsWith("the file is not valid JSON: "));
}

TEST_CASE("A truncated file is recognised as such", "[exchange][reader]")
{
    const QByteArray example = testDataFile(u"example-journal.json"_s);
    CHECK_THAT(readFailure(example.left(example.size() / 2)).toStdString(), mentions(u"the file ends too early"_s));
    CHECK_THAT(readFailure(example.left(example.size() / 2)).toStdString(), mentions(u"truncated"_s));
    CHECK_THAT(readFailure(example.left(example.size() - 3)).toStdString(), mentions(u"truncated"_s));
    CHECK_THAT(readFailure("{\"format\": \"mosaic-journal\", \"version\": tr").toStdString(), mentions(u"truncated"_s));

    // Cut inside a multi-byte character: still truncated, not a UTF-8 error.
    const qsizetype umlaut = example.indexOf("\xC3\xBC");
    REQUIRE(umlaut > 0);
    const QString message = readFailure(example.left(umlaut + 1));
    CHECK_THAT(message.toStdString(), mentions(u"truncated"_s));
}

TEST_CASE("An empty file is refused", "[exchange][reader]")
{
    CHECK(readFailure(QByteArray()) == u"the file is empty; a Mosaic journal is a JSON object"_s);
    CHECK(readFailure(" \n\t\r\n") == u"the file is empty; a Mosaic journal is a JSON object"_s);
    CHECK(readFailure("\xEF\xBB\xBF") == u"the file is empty; a Mosaic journal is a JSON object"_s);
}

TEST_CASE("The top level must be an object", "[exchange][reader]")
{
    CHECK_THAT(readFailure("[{\"format\": \"mosaic-journal\"}]").toStdString(), mentions(u"its top level is an array, where a journal is a JSON object"_s));
    CHECK_THAT(readFailure("\"mosaic-journal\"").toStdString(), Catch::Matchers::StartsWith("the file is not JSON: a Mosaic journal starts with \"{\""));
    CHECK_THAT(readFailure("42").toStdString(), Catch::Matchers::StartsWith("the file is not JSON"));
}

TEST_CASE("A file of another format is not read further", "[exchange][reader]")
{
    CHECK(readFailure(mutatedJournal(u"format"_s, u"journal"_s)) ==
          u"the file is not a Mosaic journal\n$.format: must be \"mosaic-journal\" (got \"journal\")"_s);
    CHECK(readFailure(mutatedJournal(u"format"_s, kRemove)) == u"the file is not a Mosaic journal\n$: missing required field \"format\""_s);
    CHECK(readFailure(R"({"name": "a shopping list", "items": ["milk"]})") == u"the file is not a Mosaic journal\n$: missing required field \"format\""_s);
    CHECK_THAT(readFailure(mutatedJournal(u"format"_s, 1)).toStdString(), mentions(u"$.format: must be \"mosaic-journal\" (got 1)"_s));
}

TEST_CASE("A file from a newer Mosaic says so", "[exchange][reader]")
{
    const QString message = readFailure(mutatedJournal(u"version"_s, 2));
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file was written by a newer Mosaic (format version 2); this version reads version 1"));
    CHECK_THAT(message.toStdString(), mentions(u"$.version: must be 1 (got 2)"_s));
    // Even when the rest would not be valid version-1 content.
    QJsonObject future = withValueAt(minimalJournal(), u"version"_s, 7);
    future = withValueAt(future, u"moods"_s, QJsonArray{1, 2});
    CHECK_THAT(readFailure(toBytes(future)).toStdString(), Catch::Matchers::StartsWith("the file was written by a newer Mosaic (format version 7)"));
}

TEST_CASE("Absurd nesting is refused clearly", "[exchange][reader]")
{
    // Deeper than Qt's parser goes.
    QByteArray deep = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": )";
    deep += QByteArray(5000, '[') + QByteArray(5000, ']') + '}';
    const QString message = readFailure(deep);
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file nests arrays and objects too deeply (at line 1, column "));
    CHECK_THAT(message.toStdString(), mentions(u"a Mosaic journal nests them at most 5 levels deep"_s));

    // Deeper than the schema allows but within the parser's reach: the value is simply of the wrong type.
    CHECK_THAT(readFailure(mutatedJournal(u"circles/0/notes"_s, nestedArrays(500))).toStdString(),
               mentions(u"$.circles[0].notes: must be a string (got an array)"_s));
    CHECK_THAT(readFailure(mutatedJournal(u"circles/0/extra"_s, nestedArrays(500))).toStdString(), mentions(u"$.circles[0]: unknown field \"extra\""_s));
}

TEST_CASE("A file packed far more densely than a journal is refused before it is parsed", "[exchange][reader][limits]")
{
    // Qt's parser would spend about 70 times the file's size on this before any check could run.
    QByteArray nested = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": [)";
    for (int i = 0; i < 2000; ++i)
        nested += QByteArray(20, '[') + QByteArray(20, ']') + ',';
    nested += "[]]}";
    CHECK_THAT(readFailure(nested).toStdString(), Catch::Matchers::StartsWith("the file is not a Mosaic journal: it packs "));

    QByteArray numbers = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": [)";
    numbers += QByteArray("1,").repeated(10000) + "1]}";
    CHECK_THAT(readFailure(numbers).toStdString(), mentions(u"far more densely than any journal"_s));

    // Nesting beyond the limit is refused at the first bracket too deep, whatever follows.
    QByteArray deep = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": )";
    deep += QByteArray(600, '[') + "oops, not even JSON";
    CHECK_THAT(readFailure(deep).toStdString(), Catch::Matchers::StartsWith("the file nests arrays and objects too deeply (at line 1, column "));
}

TEST_CASE("A large journal without spaces is not too dense", "[exchange][reader][limits]")
{
    // The example journal, every collection 40 times over, written without spaces: over 8,000 arrays and objects.
    QJsonObject root = QJsonDocument::fromJson(testDataFile(u"example-journal.json"_s)).object();
    for (const QString &key : root.keys()) {
        if (!root.value(key).isArray())
            continue;
        QJsonArray many;
        for (int copy = 0; copy < 40; ++copy) {
            for (const QJsonValue &item : root.value(key).toArray())
                many.append(item);
        }
        root.insert(key, many);
    }
    const QByteArray compact = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const Journal journal = readValid(compact);
    CHECK(journal.incidents.size() > 40);
}

TEST_CASE("Problems are counted, listed one per line and capped", "[exchange][reader]")
{
    QJsonObject twoProblems = withValueAt(minimalJournal(), u"circles/0/kind"_s, u"club"_s);
    twoProblems = withValueAt(twoProblems, u"wins/0/date"_s, u"2026-02-30"_s);
    const QStringList lines = readFailure(toBytes(twoProblems)).split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"the file is not a valid Mosaic journal: 2 problems"_s);
    CHECK(lines[1].startsWith(u"$.circles[0].kind: "_s));
    CHECK(lines[2].startsWith(u"$.wins[0].date: "_s));

    const QStringList one = readFailure(mutatedJournal(u"circles/0/kind"_s, u"club"_s)).split(u'\n');
    CHECK(one.first() == u"the file is not a valid Mosaic journal: 1 problem"_s);

    QJsonObject badCircle = minimalJournal().value(u"circles"_s).toArray().first().toObject();
    badCircle[u"kind"_s] = u"club"_s;
    const QStringList many = readFailure(mutatedJournal(u"circles"_s, repeated(badCircle, 100))).split(u'\n');
    REQUIRE(many.size() == 21);
    CHECK(many[0] == u"the file is not a valid Mosaic journal: more than 20 problems; the first 20:"_s);
    CHECK(many[20].startsWith(u"$.circles[19].kind: "_s));
}

TEST_CASE("Reading a file from disk", "[exchange][reader]")
{
    TempJournalDir dir;
    REQUIRE(dir.isValid());

    SECTION("the example journal")
    {
        const Result<Journal> result = readJournalFile(exampleJournalPath());
        REQUIRE(result.ok());
        CHECK(result->checkIns.size() == 1011);
    }
    SECTION("a missing file")
    {
        const QString path = dir.filePath(u"missing.json"_s);
        const QString message = failureOf(readJournalFile(path));
        CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("cannot read " + path.toStdString() + ": "));
    }
    SECTION("a folder")
    {
        CHECK_THAT(failureOf(readJournalFile(dir.path())).toStdString(), mentions(u"it is a folder, not a file"_s));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(u"empty.json"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        CHECK(failureOf(readJournalFile(path)) == u"cannot import "_s + path + u": the file is empty; a Mosaic journal is a JSON object"_s);
    }
    SECTION("a file over the size limit, without loading it")
    {
        const QString path = dir.filePath(u"huge.json"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(kMaxJournalFileBytes + 1)); // sparse: no real disk used
        file.close();
        const QString message = failureOf(readJournalFile(path));
        CHECK_THAT(message.toStdString(), mentions(u"the file is larger than 256 MiB, the most a Mosaic journal file may be (it is 256.0 MiB)"_s));
    }
    SECTION("a file that fails validation")
    {
        const QString path = dir.filePath(u"bad.json"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(mutatedJournal(u"circles/0/kind"_s, u"club"_s));
        file.close();
        CHECK_THAT(failureOf(readJournalFile(path)).toStdString(), mentions(u"$.circles[0].kind: must be one of"_s));
    }
}

TEST_CASE("The syntax pass is strict JSON", "[exchange][reader][syntax]")
{
    const QByteArray head = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "app": )";
    for (const QByteArray &bad : {QByteArray(R"("a\x41")"), QByteArray(R"("a\u12G4")"), QByteArray("01"), QByteArray("1."), QByteArray("-"), QByteArray(".5"),
                                  QByteArray("+1"), QByteArray("[1,]"), QByteArray("nul"), QByteArray("True"), QByteArray("\"tab\there\"")}) {
        INFO(bad.toStdString());
        CHECK_THAT(readFailure(head + bad + "}").toStdString(), Catch::Matchers::StartsWith("the file is not valid JSON: "));
    }
    CHECK_THAT(readFailure(head + "\"tab\there\"}").toStdString(), mentions(u"control character in a string"_s));
    CHECK_THAT(readFailure(head + "\"a\", }").toStdString(), Catch::Matchers::StartsWith("the file is not valid JSON: "));
    CHECK_THAT(readFailure(head + "\"a\" \"b\"}").toStdString(), mentions(u"at line 1, column "_s));
    // What JSON allows, the pass allows.
    const Journal journal = readValid(head + R"("\"\\\/\b\f\n\r\t\u00e9\ud83d\ude42 é 東京", "circles": [], "people": [ ] })");
    CHECK(journal.app == u"\"\\/\b\f\n\r\té🙂 é 東京"_s);
    QByteArray exponent = toBytes(minimalJournal());
    REQUIRE(exponent.contains("\"version\": 1"));
    exponent.replace("\"version\": 1", "\"version\": 10e-1");
    CHECK(readValid(exponent).app == u"Mosaic tests"_s);
}

TEST_CASE("A syntax error at the very end of a large file is found before anything is parsed", "[exchange][reader][syntax]")
{
    // Many valid records, then a file closed wrongly: refused by the scan, with where.
    QJsonObject root = minimalJournal();
    root.insert(u"checkIns"_s, repeated(root.value(u"checkIns"_s).toArray().first(), 20000));
    QByteArray bytes = toBytes(root);
    const qsizetype end = bytes.lastIndexOf('}');
    bytes[end] = ']';
    const qsizetype lines = bytes.count('\n') + 1;
    const QString message = readFailure(bytes);
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not valid JSON: unterminated object at line "));
    CHECK_THAT(message.toStdString(), mentions(u"line %1, column 1"_s.arg(lines - (bytes.endsWith('\n') ? 1 : 0))));
}

TEST_CASE("A repeated top-level member counts once, with its last value", "[exchange][reader]")
{
    // As Qt's parser read it: the last value wins.
    QByteArray bytes = toBytes(minimalJournal());
    const qsizetype close = bytes.lastIndexOf('}');
    bytes.insert(close, R"(, "app": "the second")");
    CHECK(readValid(bytes).app == u"the second"_s);
}

TEST_CASE("Many unknown top-level members are listed up to the report's limit", "[exchange][reader]")
{
    QByteArray bytes = toBytes(minimalJournal());
    QByteArray extra;
    for (int i = 0; i < 500; ++i)
        extra += ", \"moods" + QByteArray::number(1000 + i) + "\": 1";
    bytes.insert(bytes.lastIndexOf('}'), extra);
    const QStringList lines = readFailure(bytes).split(u'\n');
    REQUIRE(lines.size() == 21);
    CHECK(lines[0] == u"the file is not a valid Mosaic journal: more than 20 problems; the first 20:"_s);
    CHECK(lines[1] == u"$: unknown field \"moods1000\""_s);
}
