// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line, run as a user runs it: exit codes, messages, and what ends up in the journal.
#include "MosaicProcess.h"
#include "TestFiles.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinRel;

namespace {

const QString kSample = QStringLiteral(MOSAIC_SAMPLE_JOURNAL);

QJsonObject readJsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject sampleJournal()
{
    QFile file(kSample);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void importSample(const TempJournalDir &dir)
{
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("import"), kSample});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString statsJson(const TempJournalDir &dir)
{
    return runMosaicIn(dir.path(), {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-20")}).out;
}

QJsonObject habitNamed(const QJsonObject &stats, const QString &name)
{
    for (const QJsonValue &habit : stats.value(QStringLiteral("habits")).toArray()) {
        if (habit.toObject().value(QStringLiteral("name")).toString() == name)
            return habit.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("Version and help", "[cli]")
{
    const MosaicRun version = runMosaic({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out.toStdString(), ContainsSubstring("mosaic 0."));

    const MosaicRun help = runMosaic({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"export", "import", "stats", "search", "checkin", "backup", "--data-dir", "Exit codes"})
        CHECK_THAT(help.out.toStdString(), ContainsSubstring(command));

    const MosaicRun commandHelp = runMosaic({QStringLiteral("checkin"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK_THAT(commandHelp.out.toStdString(), ContainsSubstring("--skip"));
}

TEST_CASE("Usage errors exit with 2 and say what is wrong", "[cli]")
{
    TempJournalDir dir;
    const MosaicRun unknown = runMosaicIn(dir.path(), {QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err.toStdString(), ContainsSubstring("unknown command 'frobnicate'"));

    const MosaicRun badOption = runMosaicIn(dir.path(), {QStringLiteral("stats"), QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);
    CHECK_THAT(badOption.err.toStdString(), ContainsSubstring("colour"));

    CHECK(runMosaicIn(dir.path(), {QStringLiteral("import")}).exitCode == 2);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("search")}).exitCode == 2);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("backup")}).exitCode == 2);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("stats"), QStringLiteral("--today"), QStringLiteral("2026-02-30")}).exitCode == 2);
    // An output file in a folder that does not exist is bad input too.
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/out"));
    const MosaicRun exportNowhere = runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("-o"), nowhere});
    CHECK(exportNowhere.exitCode == 2);
    CHECK_THAT(exportNowhere.err.toStdString(), ContainsSubstring("does not exist"));
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), nowhere}).exitCode == 2);
}

TEST_CASE("Importing merges by id and reports counts", "[cli][import]")
{
    TempJournalDir dir;
    const MosaicRun dryRun = runMosaicIn(dir.path(), {QStringLiteral("import"), kSample, QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK_THAT(dryRun.out.toStdString(), ContainsSubstring("nothing was written"));
    CHECK_THAT(dryRun.out.toStdString(), ContainsSubstring("would add 142"));
    CHECK(readJsonObject(statsJson(dir)).value(QStringLiteral("counts")).toObject().value(QStringLiteral("incidents")).toInt() == 0);

    const MosaicRun first = runMosaicIn(dir.path(), {QStringLiteral("import"), kSample});
    CHECK(first.exitCode == 0);
    CHECK_THAT(first.out.toStdString(), ContainsSubstring("142 added, 0 updated, 0 unchanged"));

    const MosaicRun again = runMosaicIn(dir.path(), {QStringLiteral("import"), kSample});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out.toStdString(), ContainsSubstring("0 added, 0 updated, 142 unchanged"));

    // A newer edit of one incident replaces it; an older one does not.
    QJsonObject journal = sampleJournal();
    QJsonArray incidents = journal.value(QStringLiteral("incidents")).toArray();
    QJsonObject newer = incidents.at(0).toObject();
    newer.insert(QStringLiteral("title"), QStringLiteral("Left out of lunch, seen again"));
    newer.insert(QStringLiteral("updatedAt"), QStringLiteral("2026-11-25T10:00:00Z"));
    QJsonObject older = incidents.at(1).toObject();
    older.insert(QStringLiteral("title"), QStringLiteral("An old draft"));
    older.insert(QStringLiteral("updatedAt"), QStringLiteral("2020-01-01T00:00:00Z"));
    incidents.replace(0, newer);
    incidents.replace(1, older);
    journal.insert(QStringLiteral("incidents"), incidents);
    const QString edited = dir.filePath(QStringLiteral("edited.json"));
    writeFile(edited, QJsonDocument(journal).toJson());
    const MosaicRun merge = runMosaicIn(dir.path(), {QStringLiteral("import"), edited});
    CHECK(merge.exitCode == 0);
    CHECK_THAT(merge.out.toStdString(), ContainsSubstring("0 added, 1 updated, 141 unchanged"));
    const MosaicRun search = runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("seen again"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(search.out.toUtf8()).array().size() == 1);
    CHECK(QJsonDocument::fromJson(runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("old draft"), QStringLiteral("--json")}).out.toUtf8())
              .array()
              .isEmpty());
}

TEST_CASE("A bad file is refused with exit 2 and the journal stays as it was", "[cli][import]")
{
    TempJournalDir dir;
    importSample(dir);
    const QString before = statsJson(dir);

    QJsonObject journal = sampleJournal();
    QJsonArray reframes = journal.value(QStringLiteral("reframes")).toArray();
    QJsonObject dangling = reframes.at(2).toObject();
    dangling.insert(QStringLiteral("incidentId"), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    reframes.replace(2, dangling);
    journal.insert(QStringLiteral("reframes"), reframes);
    // A valid new record too: it must not be written when another record is refused.
    QJsonArray wins = journal.value(QStringLiteral("wins")).toArray();
    QJsonObject win = wins.at(0).toObject();
    win.insert(QStringLiteral("id"), QStringLiteral("11111111-1111-4111-8111-111111111111"));
    wins.append(win);
    journal.insert(QStringLiteral("wins"), wins);
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, QJsonDocument(journal).toJson());

    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("import"), bad});
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err.toStdString(), ContainsSubstring("$.reframes[2].incidentId"));
    CHECK(statsJson(dir) == before);

    writeFile(bad, QByteArray("{\"format\": \"mosaic-journal\", \"version\": 1, "));
    const MosaicRun truncated = runMosaicIn(dir.path(), {QStringLiteral("import"), bad});
    CHECK(truncated.exitCode == 2);
    CHECK_FALSE(truncated.err.isEmpty());
    CHECK(statsJson(dir) == before);

    const MosaicRun missing = runMosaicIn(dir.path(), {QStringLiteral("import"), dir.filePath(QStringLiteral("no-such-file.json"))});
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.err.toStdString(), ContainsSubstring("no-such-file.json"));
}

TEST_CASE("stats --json follows the contract", "[cli][stats]")
{
    TempJournalDir dir;
    importSample(dir);
    const QJsonObject stats = readJsonObject(statsJson(dir));
    CHECK(stats.value(QStringLiteral("asOf")).toString() == QStringLiteral("2026-11-20"));

    const QJsonObject counts = stats.value(QStringLiteral("counts")).toObject();
    const QList<std::pair<const char *, int>> expected{{"incidents", 3},    {"reframes", 4},  {"strengths", 4}, {"wins", 5},
                                                       {"habits", 3},       {"checkIns", 95}, {"circles", 4},   {"people", 8},
                                                       {"memberships", 10}, {"contacts", 3},  {"reminders", 2}};
    for (const auto &[name, count] : expected) {
        INFO(name);
        CHECK(counts.value(QString::fromLatin1(name)).toInt(-1) == count);
    }

    // Done every day from 1 October except a missed 9 October and a skipped 23 October; today (20 November) still open.
    const QJsonObject morning = habitNamed(stats, QStringLiteral("Morning strengths"));
    CHECK(morning.value(QStringLiteral("currentStreak")).toInt() == 40);
    CHECK(morning.value(QStringLiteral("bestStreak")).toInt() == 40);
    CHECK(morning.value(QStringLiteral("unit")).toString() == QStringLiteral("days"));
    CHECK(morning.value(QStringLiteral("archived")).toBool(true) == false);
    CHECK(morning.value(QStringLiteral("strength")).isDouble());
    CHECK(habitNamed(stats, QStringLiteral("Reach out to someone")).value(QStringLiteral("unit")).toString() == QStringLiteral("weeks"));

    // Weights: family 3+3+2, climbing 2+1+1, design 2+1, library 2+1 = 18.
    const QJsonObject belonging = stats.value(QStringLiteral("belonging")).toObject();
    CHECK_THAT(belonging.value(QStringLiteral("effectiveCircles")).toDouble(), WithinRel(324.0 / 98.0, 1e-9));
    CHECK_THAT(belonging.value(QStringLiteral("largestShare")).toDouble(), WithinRel(8.0 / 18.0, 1e-9));
    CHECK(belonging.value(QStringLiteral("innerCircles")).toInt() == 1);
}

TEST_CASE("checkin records one check-in by name or id", "[cli][checkin]")
{
    TempJournalDir dir;
    importSample(dir);
    const auto checkIn = [&](const QStringList &arguments) { return runMosaicIn(dir.path(), QStringList{QStringLiteral("checkin")} + arguments); };

    const MosaicRun byName = checkIn({QStringLiteral("morning STRENGTHS"), QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--note"),
                                      QStringLiteral("Patience at the standup")});
    CHECK(byName.exitCode == 0);
    CHECK(habitNamed(readJsonObject(statsJson(dir)), QStringLiteral("Morning strengths")).value(QStringLiteral("currentStreak")).toInt() == 41);
    const QJsonArray found =
        QJsonDocument::fromJson(runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("standup"), QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("checkIn"));
    const QString habitId = habitNamed(readJsonObject(statsJson(dir)), QStringLiteral("Morning strengths")).value(QStringLiteral("id")).toString();
    CHECK(found.at(0).toObject().value(QStringLiteral("id")).toString() == habitId + QStringLiteral("/2026-11-20"));

    // The missed 9 October, skipped afterwards by id, joins the two runs: 8 + 40 + 1.
    CHECK(checkIn({habitId, QStringLiteral("--date"), QStringLiteral("2026-10-09"), QStringLiteral("--skip")}).exitCode == 0);
    CHECK(habitNamed(readJsonObject(statsJson(dir)), QStringLiteral("Morning strengths")).value(QStringLiteral("currentStreak")).toInt() == 49);

    const QString before = statsJson(dir);
    const MosaicRun unknown = checkIn({QStringLiteral("Juggling")});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err.toStdString(), ContainsSubstring("no habit \"Juggling\""));
    CHECK(checkIn({QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-13-01")}).exitCode == 2);
    CHECK(checkIn({QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2999-01-01")}).exitCode == 2);
    CHECK(checkIn({QStringLiteral("Three good things"), QStringLiteral("--value"), QStringLiteral("-3")}).exitCode == 2);
    CHECK(checkIn({QStringLiteral("Three good things"), QStringLiteral("--value"), QStringLiteral("lots")}).exitCode == 2);
    CHECK(checkIn({QStringLiteral("Three good things"), QStringLiteral("--value"), QStringLiteral("2"), QStringLiteral("--skip")}).exitCode == 2);
    CHECK(statsJson(dir) == before);
}

namespace {

// The value stored for `habitName`'s check-in on `date`, as the interchange export writes it; -1 when there is none.
double checkInValue(const TempJournalDir &dir, const QString &habitName, const QString &date)
{
    const QString habitId = habitNamed(readJsonObject(statsJson(dir)), habitName).value(QStringLiteral("id")).toString();
    for (const QJsonValue &value : readJsonObject(runMosaicIn(dir.path(), {QStringLiteral("export")}).out).value(QStringLiteral("checkIns")).toArray()) {
        const QJsonObject checkIn = value.toObject();
        if (checkIn.value(QStringLiteral("habitId")).toString() == habitId && checkIn.value(QStringLiteral("date")).toString() == date)
            return checkIn.value(QStringLiteral("value")).toDouble(1);
    }
    return -1;
}

} // namespace

TEST_CASE("checkin follows the habit's target exactly as the window does", "[cli][checkin]")
{
    TempJournalDir dir;
    QJsonObject journal = sampleJournal();
    // A day a pause skipped (value 0), as the window writes it.
    const QString morningId = journal.value(QStringLiteral("habits")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    QJsonArray checkIns = journal.value(QStringLiteral("checkIns")).toArray();
    checkIns.append(QJsonObject{{QStringLiteral("habitId"), morningId},
                                {QStringLiteral("date"), QStringLiteral("2026-11-21")},
                                {QStringLiteral("status"), QStringLiteral("skipped")},
                                {QStringLiteral("value"), 0},
                                {QStringLiteral("updatedAt"), QStringLiteral("2026-11-19T08:00:00Z")}});
    journal.insert(QStringLiteral("checkIns"), checkIns);
    const QString file = dir.filePath(QStringLiteral("paused.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(QJsonDocument(journal).toJson()) > 0);
    }
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), file}).exitCode == 0);
    const auto checkIn = [&](const QStringList &arguments) { return runMosaicIn(dir.path(), QStringList{QStringLiteral("checkin")} + arguments); };

    // A check habit is done or not: a number for it is refused, and nothing is written.
    const QString before = statsJson(dir);
    const MosaicRun counted = checkIn({QStringLiteral("Morning strengths"), QStringLiteral("--value"), QStringLiteral("5")});
    CHECK(counted.exitCode == 2);
    CHECK_THAT(counted.err.toStdString(), ContainsSubstring("--value"));
    CHECK(statsJson(dir) == before);

    // Done on a day a pause had skipped records 1, as the window does (the skip's 0 used to stay).
    REQUIRE(checkIn({QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-21")}).exitCode == 0);
    CHECK(checkInValue(dir, QStringLiteral("Morning strengths"), QStringLiteral("2026-11-21")) == 1);

    // A count habit without --value records its goal, as a reminder's Done does; with one, that number.
    REQUIRE(checkIn({QStringLiteral("Three good things"), QStringLiteral("--date"), QStringLiteral("2026-11-20")}).exitCode == 0);
    CHECK(checkInValue(dir, QStringLiteral("Three good things"), QStringLiteral("2026-11-20")) == 3);
    REQUIRE(
        checkIn({QStringLiteral("Three good things"), QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--value"), QStringLiteral("2")})
            .exitCode == 0);
    CHECK(checkInValue(dir, QStringLiteral("Three good things"), QStringLiteral("2026-11-20")) == 2);
    // Checking in again keeps the day's number and note.
    REQUIRE(checkIn({QStringLiteral("Three good things"), QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--note"),
                     QStringLiteral("Sunny")})
                .exitCode == 0);
    CHECK(checkInValue(dir, QStringLiteral("Three good things"), QStringLiteral("2026-11-20")) == 2);
    REQUIRE(checkIn({QStringLiteral("Three good things"), QStringLiteral("--date"), QStringLiteral("2026-11-20")}).exitCode == 0);
    const QJsonArray noted =
        QJsonDocument::fromJson(runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("Sunny"), QStringLiteral("--json")}).out.toUtf8()).array();
    CHECK(noted.size() == 1);
}

TEST_CASE("search finds what was written, ranked, with snippets", "[cli][search]")
{
    TempJournalDir dir;
    importSample(dir);
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("lunch"), QStringLiteral("--json")});
    CHECK(run.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(hits.size() >= 2);
    // The incident titled "Left out of the team lunch" ranks first.
    const QJsonObject best = hits.at(0).toObject();
    CHECK(best.value(QStringLiteral("type")).toString() == QStringLiteral("incident"));
    CHECK(best.value(QStringLiteral("id")).toString() ==
          sampleJournal().value(QStringLiteral("incidents")).toArray().at(0).toObject().value(QStringLiteral("id")).toString());
    CHECK_THAT(best.value(QStringLiteral("snippet")).toString().toStdString(), ContainsSubstring("unch**"));

    const MosaicRun plain = runMosaicIn(dir.path(), {QStringLiteral("search"), QStringLiteral("nothing-like-this")});
    CHECK(plain.exitCode == 0);
    CHECK_THAT(plain.out.toStdString(), ContainsSubstring("Nothing found"));
}

TEST_CASE("export writes JSON that imports back to the same journal", "[cli][export]")
{
    TempJournalDir dir;
    importSample(dir);
    const MosaicRun exported = runMosaicIn(dir.path(), {QStringLiteral("export")});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject first = readJsonObject(exported.out);
    CHECK(first.value(QStringLiteral("format")).toString() == QStringLiteral("mosaic-journal"));
    CHECK(first.value(QStringLiteral("checkIns")).toArray().size() == 95);

    const QString file = dir.filePath(QStringLiteral("export.json"));
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("-o"), file}).exitCode == 0);
    TempJournalDir copy;
    const MosaicRun imported = runMosaicIn(copy.path(), {QStringLiteral("import"), file});
    CHECK(imported.exitCode == 0);
    CHECK_THAT(imported.out.toStdString(), ContainsSubstring("142 added"));
    QJsonObject second = readJsonObject(runMosaicIn(copy.path(), {QStringLiteral("export")}).out);
    QJsonObject firstWithoutTime = first;
    firstWithoutTime.remove(QStringLiteral("exportedAt"));
    second.remove(QStringLiteral("exportedAt"));
    CHECK(firstWithoutTime == second);

    const MosaicRun markdown = runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown")});
    CHECK(markdown.exitCode == 0);
    CHECK_THAT(markdown.out.toStdString(), ContainsSubstring("Left out of the team lunch"));
    CHECK_THAT(markdown.out.toStdString(), ContainsSubstring("I want to be someone who shows up"));
}

TEST_CASE("backup writes a journal that opens on its own", "[cli][backup]")
{
    TempJournalDir dir;
    importSample(dir);
    TempJournalDir restored;
    const QString target = restored.journalPath();
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), target});
    CHECK(run.exitCode == 0);
    CHECK(statsJson(restored) == statsJson(dir));
    // Running it again replaces the copy as a whole.
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), target}).exitCode == 0);
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".part")));
}

TEST_CASE("The data folder comes from --data-dir, else MOSAIC_DATA_DIR", "[cli][data]")
{
    TempJournalDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MOSAIC_DATA_DIR"), dir.filePath(QStringLiteral("from-env")));
    CHECK(runMosaic({QStringLiteral("import"), kSample}, environment).exitCode == 0);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("from-env/journal.sqlite"))));
}

TEST_CASE("Journals that cannot be used fail with exit 1 and are left untouched", "[cli][data]")
{
    TempJournalDir dir;
    SECTION("a data folder that cannot be created")
    {
        writeFile(dir.filePath(QStringLiteral("plain-file")), "x");
        const MosaicRun run = runMosaicIn(dir.filePath(QStringLiteral("plain-file/journal")), {QStringLiteral("stats")});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("cannot be created"));
    }
    SECTION("a file that is not a journal")
    {
        writeFile(dir.journalPath(), "These are my shopping lists, not a database.\n");
        const QByteArray hash = fileHash(dir.journalPath());
        const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("checkin"), QStringLiteral("Gratitude")});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("is not a Mosaic journal"));
        CHECK(fileHash(dir.journalPath()) == hash);
    }
    SECTION("a damaged journal")
    {
        importSample(dir);
        // Keep the first page (the file header and the schema), overwrite everything after it.
        QFile file(dir.journalPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 65536);
        REQUIRE(file.seek(8192));
        REQUIRE(file.write(QByteArray(size - 8192, '\xab')) == size - 8192);
        file.close();
        const QByteArray hash = fileHash(dir.journalPath());
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("export")}) {
            const MosaicRun run = runMosaicIn(dir.path(), {command});
            CHECK(run.exitCode == 1);
            CHECK_THAT(run.err.toStdString(), ContainsSubstring("damaged"));
            CHECK_THAT(run.err.toStdString(), ContainsSubstring("backup"));
        }
        CHECK(fileHash(dir.journalPath()) == hash);
    }
    SECTION("a journal written by a newer Mosaic")
    {
        importSample(dir);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(dir.journalPath());
            REQUIRE(raw.open());
            QSqlQuery query(raw);
            REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
            REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray hash = fileHash(dir.journalPath());
        const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("stats")});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("newer version of Mosaic"));
        CHECK(fileHash(dir.journalPath()) == hash);
    }
}

TEST_CASE("A journal busy with another writer fails cleanly after waiting", "[cli][busy]")
{
    TempJournalDir dir;
    importSample(dir);
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(dir.journalPath());
    REQUIRE(holder.open());
    {
        QSqlQuery lock(holder);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const MosaicRun run =
            runMosaicIn(dir.path(), {QStringLiteral("checkin"), QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("busy"));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("checkin"), QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-20")})
              .exitCode == 0);
}
