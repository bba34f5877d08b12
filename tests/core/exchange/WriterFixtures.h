// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TimeFormat.h"
#include "exchange/Journal.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QString>

namespace WriterFixtures {

using namespace mosaic;

inline QDateTime utc(QStringView text)
{
    const auto instant = TimeFormat::parseInstant(text);
    REQUIRE(instant.has_value());
    return *instant;
}

inline QDate day(QStringView text)
{
    const auto date = TimeFormat::parseDate(text);
    REQUIRE(date.has_value());
    return *date;
}

inline RecordStamps stamps(const QString &id, QStringView created, QStringView updated, QStringView deleted = {})
{
    RecordStamps result{id, utc(created), utc(updated), std::nullopt};
    if (!deleted.isEmpty())
        result.deletedAt = utc(deleted);
    return result;
}

// Ids readable at a glance: the first letters say what the record is.
namespace Ids {
inline const QString bookClub = QStringLiteral("c1000000-0000-4000-8000-000000000001");
inline const QString oldTeam = QStringLiteral("c1000000-0000-4000-8000-000000000002");
inline const QString deletedCircle = QStringLiteral("c1000000-0000-4000-8000-000000000003");
inline const QString alex = QStringLiteral("a1000000-0000-4000-8000-000000000001");
inline const QString sam = QStringLiteral("a1000000-0000-4000-8000-000000000002");
inline const QString deletedPerson = QStringLiteral("a1000000-0000-4000-8000-000000000003");
inline const QString barbecue = QStringLiteral("e1000000-0000-4000-8000-000000000001");
inline const QString talk = QStringLiteral("e1000000-0000-4000-8000-000000000002");
inline const QString deletedIncident = QStringLiteral("e1000000-0000-4000-8000-000000000003");
inline const QString patience = QStringLiteral("51000000-0000-4000-8000-000000000001");
inline const QString humour = QStringLiteral("51000000-0000-4000-8000-000000000002");
inline const QString deletedStrength = QStringLiteral("51000000-0000-4000-8000-000000000003");
inline const QString morning = QStringLiteral("b1000000-0000-4000-8000-000000000001");
inline const QString walk = QStringLiteral("b1000000-0000-4000-8000-000000000002");
inline const QString letter = QStringLiteral("b1000000-0000-4000-8000-000000000003");
inline const QString deletedHabit = QStringLiteral("b1000000-0000-4000-8000-000000000004");
} // namespace Ids

/// Text with every kind of character a writer can get wrong.
inline QString trickyText()
{
    return QStringLiteral("Quotes \" and \\ backslash / slash\ttab\r\nnew line \x01\x1f del \x7f, \u00e9t\u00e9 \u2028 \u2029 \u4e2d ") +
        QString::fromUtf8("\xf0\x9f\x98\x8a");
}

/// A small journal with every field of every record type set, plus a tombstone in each collection.
inline Journal sampleJournal()
{
    Journal j;
    j.exportedAt = utc(u"2026-03-29T18:00:00Z");
    j.app = QStringLiteral("Mosaic 0.1.0");
    j.values = PersonalValues{QStringLiteral("Be kind, keep learning, and stay connected.\n\nEspecially on the hard days."),
                              {QStringLiteral("honesty"), QStringLiteral("curiosity"), QStringLiteral("kindness")},
                              utc(u"2026-01-02T09:00:00Z")};

    j.circles = {
        {stamps(Ids::bookClub, u"2026-01-03T10:00:00Z", u"2026-02-01T10:00:00.250Z"), QStringLiteral("Book club"), CircleKind::Hobby,
         QStringLiteral("the curious reader"), 4, QStringLiteral("#7a9e7e"), false, QStringLiteral("Meets every *second* Tuesday.")},
        {stamps(Ids::oldTeam, u"2026-01-04T10:00:00Z", u"2026-01-04T10:00:00Z"), QStringLiteral("Old [team] #1"), CircleKind::Work, {}, 2, {}, true, {}},
        {stamps(Ids::deletedCircle, u"2026-01-05T10:00:00Z", u"2026-01-06T10:00:00Z", u"2026-01-06T10:00:00Z"),
         QStringLiteral("Vanished gym"),
         CircleKind::Health,
         {},
         3,
         {},
         false,
         {}},
    };

    j.people = {
        {stamps(Ids::alex, u"2026-01-03T11:00:00Z", u"2026-01-03T11:00:00Z"),
         QStringLiteral("Alex"),
         {SupportKind::Emotional, SupportKind::Fun},
         QStringLiteral("Always up for a walk.")},
        {stamps(Ids::sam, u"2026-01-03T12:00:00Z", u"2026-01-03T12:00:00Z"), QStringLiteral("Sam_the_Great"), {SupportKind::Perspective}, {}},
        {stamps(Ids::deletedPerson, u"2026-01-03T13:00:00Z", u"2026-01-04T13:00:00Z", u"2026-01-04T13:00:00Z"), QStringLiteral("Vanished Jordan"), {}, {}},
    };

    j.memberships = {
        {Ids::alex, Ids::bookClub, Ring::Inner, utc(u"2026-01-03T11:05:00Z"), std::nullopt},
        {Ids::sam, Ids::bookClub, Ring::Middle, std::nullopt, std::nullopt},
        {Ids::deletedPerson, Ids::bookClub, Ring::Outer, utc(u"2026-01-03T13:05:00Z"), std::nullopt},
        {Ids::sam, Ids::oldTeam, Ring::Outer, utc(u"2026-01-04T10:05:00Z"), utc(u"2026-02-04T10:05:00Z")},
    };

    j.contacts = {
        {stamps(QStringLiteral("d1000000-0000-4000-8000-000000000001"), u"2026-03-20T19:00:00Z", u"2026-03-20T19:00:00Z"), day(u"2026-03-20"), Ids::alex,
         Ids::bookClub, 1, QStringLiteral("Talked about the book *and* life.")},
        {stamps(QStringLiteral("d1000000-0000-4000-8000-000000000002"), u"2026-03-10T19:00:00Z", u"2026-03-10T19:00:00Z"),
         day(u"2026-03-10"),
         std::nullopt,
         Ids::oldTeam,
         -1,
         {}},
        {stamps(QStringLiteral("d1000000-0000-4000-8000-000000000003"), u"2026-03-11T19:00:00Z", u"2026-03-12T19:00:00Z", u"2026-03-12T19:00:00Z"),
         day(u"2026-03-11"), Ids::sam, std::nullopt, 0, QStringLiteral("A vanished contact note")},
    };

    Incident barbecue;
    barbecue.stamps = stamps(Ids::barbecue, u"2026-03-15T20:00:00Z", u"2026-03-16T08:30:00.125Z");
    barbecue.occurredAt = utc(u"2026-03-15T14:00:00Z");
    barbecue.kind = IncidentKind::Exclusion;
    barbecue.title = QStringLiteral("Not invited to *the* barbecue #2");
    barbecue.situation = QStringLiteral("Saw photos of the book club barbecue.\nI had not been invited.");
    barbecue.circleId = Ids::bookClub;
    barbecue.personIds = {Ids::alex, Ids::sam, Ids::deletedPerson};
    barbecue.emotions = {{QStringLiteral("hurt"), 70, 30}, {QStringLiteral("shame"), 50, std::nullopt}, {QStringLiteral("a knot in my stomach"), 40, 10}};
    barbecue.thought = QStringLiteral("They don't want me around.");
    barbecue.belief = QStringLiteral("I am unlikeable.");
    barbecue.beliefBefore = 80;
    barbecue.beliefAfter = 35;
    barbecue.distortions = {Distortion::MindReading, Distortion::Overgeneralizing};
    barbecue.evidenceFor = QStringLiteral("No invitation.");
    barbecue.evidenceAgainst = QStringLiteral("- Alex asked me to lunch last week\n- Sam lent me a book");
    barbecue.factors = {SituationalFactor::Timing, SituationalFactor::TheirStress};
    barbecue.learned = QStringLiteral("A missing invitation has many possible reasons.");
    barbecue.adjustment = QStringLiteral("Ask instead of guessing.");
    barbecue.feedbackFrom = {Ids::alex};
    barbecue.nextStep = NextStep{QStringLiteral("Ask Alex how the barbecue was planned"), day(u"2026-03-20"), true};
    barbecue.notes = trickyText();
    barbecue.tags = {QStringLiteral("book club"), QStringLiteral("weekend")};

    Incident talk;
    talk.stamps = stamps(Ids::talk, u"2026-03-01T08:00:00Z", u"2026-03-02T21:00:00Z");
    talk.occurredAt = utc(u"2026-03-02T18:30:00Z");
    talk.kind = IncidentKind::Exposure;
    talk.title = QStringLiteral("Speak up once at the meetup");
    talk.exposure = ExposurePlan{QStringLiteral("Ask one question during the Q&A."),
                                 QStringLiteral("If it gets too much, step outside for five minutes."),
                                 60,
                                 QStringLiteral("My voice will shake and people will stare."),
                                 30,
                                 QStringLiteral("My voice shook a little. The speaker thanked me for the question."),
                                 QStringLiteral("Writing the question down beforehand.")};
    talk.nextStep = NextStep{QStringLiteral("Ask two questions next time"), std::nullopt, false};

    Incident deletedIncident;
    deletedIncident.stamps = stamps(Ids::deletedIncident, u"2026-03-05T08:00:00Z", u"2026-03-06T08:00:00Z", u"2026-03-06T08:00:00Z");
    deletedIncident.occurredAt = utc(u"2026-03-05T07:00:00Z");
    deletedIncident.kind = IncidentKind::Criticism;
    deletedIncident.title = QStringLiteral("A vanished reflection");

    j.incidents = {barbecue, talk, deletedIncident};

    j.reframes = {
        {stamps(QStringLiteral("f1000000-0000-4000-8000-000000000001"), u"2026-03-16T08:00:00Z", u"2026-03-16T08:00:00Z"), Ids::barbecue,
         QStringLiteral("They planned it in a hurry, on a group chat I am not in."), ReframeKind::TheirSide, 70},
        {stamps(QStringLiteral("f1000000-0000-4000-8000-000000000002"), u"2026-03-16T08:10:00Z", u"2026-03-16T08:10:00Z"), Ids::barbecue,
         QStringLiteral("It makes sense that this stings.\n\nI would say the same to a friend."), ReframeKind::SelfCompassion, std::nullopt},
        {stamps(QStringLiteral("f1000000-0000-4000-8000-000000000003"), u"2026-03-16T08:20:00Z", u"2026-03-16T08:30:00Z", u"2026-03-16T08:30:00Z"),
         Ids::barbecue, QStringLiteral("A vanished reframe"), ReframeKind::Growth, 50},
        {stamps(QStringLiteral("f1000000-0000-4000-8000-000000000004"), u"2026-03-02T21:00:00Z", u"2026-03-02T21:00:00Z"), Ids::talk,
         QStringLiteral("Shaking and speaking can happen together."), ReframeKind::Evidence, 90},
    };

    j.strengths = {
        {stamps(Ids::patience, u"2026-01-02T09:00:00Z", u"2026-01-02T09:00:00Z"), QStringLiteral("Patience"), QStringLiteral("I can wait and listen."), false},
        {stamps(Ids::humour, u"2026-01-02T09:05:00Z", u"2026-01-02T09:05:00Z"), QStringLiteral("Humour"), {}, true},
        {stamps(Ids::deletedStrength, u"2026-01-02T09:10:00Z", u"2026-01-03T09:10:00Z", u"2026-01-03T09:10:00Z"),
         QStringLiteral("Vanished strength"),
         {},
         false},
    };

    j.wins = {
        {stamps(QStringLiteral("71000000-0000-4000-8000-000000000001"), u"2026-03-21T20:00:00Z", u"2026-03-21T20:00:00Z"),
         day(u"2026-03-21"),
         QStringLiteral("Asked Alex about the barbecue, calmly."),
         WinKind::Courage,
         {Ids::patience, Ids::humour},
         Ids::barbecue},
        {stamps(QStringLiteral("71000000-0000-4000-8000-000000000002"), u"2026-02-10T20:00:00Z", u"2026-02-10T20:00:00Z"),
         day(u"2026-02-10"),
         QStringLiteral("Finished the first book of the year."),
         WinKind::Progress,
         {},
         std::nullopt},
        {stamps(QStringLiteral("71000000-0000-4000-8000-000000000003"), u"2026-02-11T20:00:00Z", u"2026-02-12T20:00:00Z", u"2026-02-12T20:00:00Z"),
         day(u"2026-02-11"),
         QStringLiteral("A vanished win"),
         WinKind::Win,
         {Ids::patience},
         std::nullopt},
    };

    j.habits = {
        {stamps(Ids::morning, u"2026-01-01T08:00:00Z", u"2026-01-01T08:00:00Z"),
         QStringLiteral("Morning strengths"),
         QStringLiteral("Name one strength you used yesterday."),
         Ritual::StrengthsReflection,
         {ScheduleType::Daily, {}, 1},
         {TargetType::Check, 1, {}},
         day(u"2026-01-01"),
         QStringLiteral("#aabbcc"),
         false},
        {stamps(Ids::walk, u"2026-01-01T08:05:00Z", u"2026-01-01T08:05:00Z"),
         QStringLiteral("Walk and breathe"),
         {},
         Ritual::Breathing,
         {ScheduleType::Weekdays, {1, 3, 5}, 1},
         {TargetType::Count, 20, QStringLiteral("minutes")},
         day(u"2026-01-05"),
         {},
         false},
        {stamps(Ids::letter, u"2026-01-01T08:10:00Z", u"2026-01-01T08:10:00Z"),
         QStringLiteral("Letters to myself"),
         {},
         Ritual::WeeklyLetter,
         {ScheduleType::PerWeek, {}, 3},
         {TargetType::Count, 2.5, {}},
         day(u"2026-01-06"),
         {},
         true},
        {stamps(Ids::deletedHabit, u"2026-01-01T08:15:00Z", u"2026-01-02T08:15:00Z", u"2026-01-02T08:15:00Z"),
         QStringLiteral("Vanished habit"),
         {},
         Ritual::Custom,
         {},
         {},
         day(u"2026-01-01"),
         {},
         false},
    };

    j.checkIns = {
        {Ids::morning, day(u"2026-03-28"), CheckInStatus::Done, 1, QStringLiteral("Patience, with my sister."), utc(u"2026-03-28T07:00:00Z"), std::nullopt},
        {Ids::walk, day(u"2026-03-27"), CheckInStatus::Done, 25, {}, utc(u"2026-03-27T18:00:00Z"), std::nullopt},
        {Ids::letter, day(u"2026-03-26"), CheckInStatus::Skipped, 0.5, {}, utc(u"2026-03-26T18:00:00Z"), std::nullopt},
        {Ids::morning, day(u"2026-03-27"), CheckInStatus::Done, 1, QStringLiteral("A vanished check-in note"), utc(u"2026-03-27T07:00:00Z"),
         utc(u"2026-03-27T07:05:00Z")},
    };

    j.reminders = {
        {stamps(QStringLiteral("91000000-0000-4000-8000-000000000001"), u"2026-01-01T08:00:00Z", u"2026-01-01T08:00:00Z"),
         Ids::morning,
         QStringLiteral("Morning strengths"),
         {QTime(7, 30), QTime(21, 5)},
         {1, 2, 3},
         true,
         utc(u"2026-03-29T07:40:00Z"),
         utc(u"2026-03-29T07:30:00Z")},
        {stamps(QStringLiteral("91000000-0000-4000-8000-000000000002"), u"2026-01-01T08:00:00Z", u"2026-01-01T08:00:00Z"),
         std::nullopt,
         QStringLiteral("Call someone"),
         {QTime(18, 0)},
         {},
         false,
         std::nullopt,
         std::nullopt},
        {stamps(QStringLiteral("91000000-0000-4000-8000-000000000003"), u"2026-01-01T08:00:00Z", u"2026-01-02T08:00:00Z", u"2026-01-02T08:00:00Z"),
         std::nullopt,
         QStringLiteral("A vanished reminder"),
         {QTime(9, 0)},
         {},
         true,
         std::nullopt,
         std::nullopt},
    };
    return j;
}

/// A device whose every write fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    FailingDevice()
    {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

/// Compares `actual` with a reference file in tests/data/exchange. With MOSAIC_REGENERATE_REFERENCES=1
/// in the environment it rewrites the file instead (review the diff before committing).
inline void checkAgainstReference(const QByteArray &actual, const QString &fileName)
{
    const QString path = QStringLiteral(MOSAIC_TEST_DATA_DIR "/exchange/") + fileName;
    if (qEnvironmentVariableIntValue("MOSAIC_REGENERATE_REFERENCES") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(actual) == actual.size());
        WARN("Rewrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("Reference file " << path.toStdString() << " (regenerate with tests/data/regenerate-reference.sh)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    if (actual != expected) {
        const QList<QByteArray> actualLines = actual.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        qsizetype line = 0;
        while (line < actualLines.size() && line < expectedLines.size() && actualLines[line] == expectedLines[line])
            ++line;
        INFO("First difference at line " << line + 1);
        INFO("expected: " << (line < expectedLines.size() ? expectedLines[line].toStdString() : std::string("<end>")));
        INFO("actual:   " << (line < actualLines.size() ? actualLines[line].toStdString() : std::string("<end>")));
        FAIL("Output differs from the reference file");
    }
}

} // namespace WriterFixtures
