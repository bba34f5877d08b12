// SPDX-License-Identifier: GPL-3.0-or-later
// `mosaic reminders`, run as a user runs it, in the time zone TZ names.
#include "MosaicProcess.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using Catch::Matchers::ContainsSubstring;

namespace {

// The sample journal's reminders: "Morning strengths" at 07:30 daily, "Three good things" at 21:00 Monday to Friday.
const QString kMorningStrengths = QStringLiteral("10a3d6b2-aa05-411a-b271-5945795e8229");
const QString kThreeGoodThings = QStringLiteral("4f426dcb-b394-4b36-bb2d-420f0f88080b");

// Imports the sample journal with the first reminder's times replaced, when given.
void importJournal(const TempJournalDir &dir, const QJsonArray &morningTimes = {})
{
    QFile sample(QStringLiteral(MOSAIC_SAMPLE_JOURNAL));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QJsonObject journal = QJsonDocument::fromJson(sample.readAll()).object();
    if (!morningTimes.isEmpty()) {
        QJsonArray reminders = journal.value(QStringLiteral("reminders")).toArray();
        QJsonObject morning = reminders.at(0).toObject();
        REQUIRE(morning.value(QStringLiteral("id")).toString() == kMorningStrengths);
        morning.insert(QStringLiteral("times"), morningTimes);
        reminders.replace(0, morning);
        journal.insert(QStringLiteral("reminders"), reminders);
    }
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(journal).toJson());
    file.close();
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("import"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

MosaicRun reminders(const TempJournalDir &dir, const char *tz, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
    return runMosaic(QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("reminders")} + arguments, environment);
}

} // namespace

TEST_CASE("reminders lists the next firings with the local offset across a DST change", "[cli][reminders]")
{
    TempJournalDir dir;
    importJournal(dir);
    // Friday 27 March 2026, 20:00 in Berlin; clocks go forward on Sunday the 29th.
    const MosaicRun run =
        reminders(dir, "Europe/Berlin", {QStringLiteral("--after"), QStringLiteral("2026-03-27T19:00:00Z"), QStringLiteral("--next"), QStringLiteral("4")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out ==
          QStringLiteral("2026-03-27T21:00:00+01:00  Three good things\n"
                         "2026-03-28T07:30:00+01:00  Morning strengths\n"
                         "2026-03-29T07:30:00+02:00  Morning strengths\n"
                         "2026-03-30T07:30:00+02:00  Morning strengths\n"));
}

TEST_CASE("reminders --json follows the contract", "[cli][reminders]")
{
    TempJournalDir dir;
    importJournal(dir);
    const MosaicRun run = reminders(dir, "Europe/Berlin", {QStringLiteral("--json"), QStringLiteral("--after"), QStringLiteral("2026-03-28T20:00:00Z")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isArray());
    const QJsonArray firings = document.array();
    REQUIRE(firings.size() == 10); // the default
    const QJsonObject first = firings.at(0).toObject();
    CHECK(first.value(QStringLiteral("reminderId")).toString() == kMorningStrengths);
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("Morning strengths"));
    CHECK(first.value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-29T07:30:00+02:00"));
    const QJsonObject third = firings.at(2).toObject();
    CHECK(third.value(QStringLiteral("reminderId")).toString() == kThreeGoodThings);
    CHECK(third.value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-30T21:00:00+02:00"));
    QString previous;
    for (const QJsonValue &value : firings) {
        const QString at = value.toObject().value(QStringLiteral("at")).toString();
        CHECK(at > previous); // one offset throughout, so text order is time order
        previous = at;
    }
}

TEST_CASE("reminders: a time in the spring-forward gap fires at the gap's end", "[cli][reminders]")
{
    TempJournalDir dir;
    importJournal(dir, QJsonArray{QStringLiteral("02:30")});
    const MosaicRun run = reminders(dir, "Europe/Berlin", {QStringLiteral("--json"), QStringLiteral("--after"), QStringLiteral("2026-03-28T20:00:00Z")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray firings = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(firings.size() == 10);
    CHECK(firings.at(0).toObject().value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-29T03:00:00+02:00"));
    CHECK(firings.at(1).toObject().value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-30T02:30:00+02:00"));

    // Another zone from TZ: New York's 02:30 on 8 March 2026 does not exist either.
    const MosaicRun newYork =
        reminders(dir, "America/New_York",
                  {QStringLiteral("--json"), QStringLiteral("--next"), QStringLiteral("1"), QStringLiteral("--after"), QStringLiteral("2026-03-08T06:00:00Z")});
    REQUIRE(newYork.exitCode == 0);
    const QJsonArray one = QJsonDocument::fromJson(newYork.out.toUtf8()).array();
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).toObject().value(QStringLiteral("at")).toString() == QStringLiteral("2026-03-08T03:00:00-04:00"));
}

TEST_CASE("reminders refuses bad input with exit code 2", "[cli][reminders]")
{
    TempJournalDir dir;
    importJournal(dir);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--after"), QStringLiteral("2026-03-28 20:00")},
          QStringList{QStringLiteral("--after"), QStringLiteral("2026-03-28T20:00:00")}, QStringList{QStringLiteral("--after"), QStringLiteral("tomorrow")}}) {
        const MosaicRun run = reminders(dir, "Europe/Berlin", arguments);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("--after must be an RFC 3339 instant"));
        CHECK(run.out.isEmpty());
    }
    for (const char *count : {"0", "1001", "ten", "-3", "2.5"}) {
        const MosaicRun run = reminders(dir, "Europe/Berlin", {QStringLiteral("--next"), QString::fromLatin1(count)});
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("--next must be a whole number from 1 to 1000"));
    }
    CHECK(reminders(dir, "Europe/Berlin", {QStringLiteral("extra")}).exitCode == 2);
    CHECK(reminders(dir, "Europe/Berlin", {QStringLiteral("--next"), QStringLiteral("1000"), QStringLiteral("--json")}).exitCode == 0);
}

TEST_CASE("reminders on a journal without reminders", "[cli][reminders]")
{
    TempJournalDir dir;
    const MosaicRun human = reminders(dir, "UTC", {});
    CHECK(human.exitCode == 0);
    CHECK_THAT(human.out.toStdString(), ContainsSubstring("No upcoming reminders"));
    const MosaicRun json = reminders(dir, "UTC", {QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).array().isEmpty());
}

TEST_CASE("mosaic --help lists reminders", "[cli][reminders]")
{
    CHECK_THAT(runMosaic({QStringLiteral("--help")}).out.toStdString(), ContainsSubstring("reminders"));
}

TEST_CASE("reminders names a habit's reminder by the habit's name as it is now, as notifications do", "[cli][reminders]")
{
    TempJournalDir dir;
    importJournal(dir);
    // The habit renamed later (a newer version of it, as the window saves it); the reminder keeps its old title.
    QFile sample(QStringLiteral(MOSAIC_SAMPLE_JOURNAL));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QJsonObject journal = QJsonDocument::fromJson(sample.readAll()).object();
    QJsonArray habits = journal.value(QStringLiteral("habits")).toArray();
    QJsonObject morning = habits.at(0).toObject();
    REQUIRE(morning.value(QStringLiteral("name")).toString() == QStringLiteral("Morning strengths"));
    morning.insert(QStringLiteral("name"), QStringLiteral("Strengths at breakfast"));
    morning.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-12-01T08:00:00Z"));
    const QString renamed = dir.filePath(QStringLiteral("renamed.json"));
    QFile file(renamed);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("mosaic-journal")},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("exportedAt"), QStringLiteral("2026-12-01T09:00:00Z")},
                                         {QStringLiteral("habits"), QJsonArray{morning}}})
                   .toJson());
    file.close();
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), renamed}).exitCode == 0);

    const MosaicRun run =
        reminders(dir, "Europe/Berlin", {QStringLiteral("--after"), QStringLiteral("2026-03-27T19:00:00Z"), QStringLiteral("--next"), QStringLiteral("2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out ==
          QStringLiteral("2026-03-27T21:00:00+01:00  Three good things\n"
                         "2026-03-28T07:30:00+01:00  Strengths at breakfast\n"));
}
