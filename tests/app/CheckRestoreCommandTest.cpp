// SPDX-License-Identifier: GPL-3.0-or-later
// mosaic check and mosaic restore, run as a user runs them, and the automatic backup a writing command takes.
#include "MosaicProcess.h"
#include "TestFiles.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using Catch::Matchers::ContainsSubstring;

namespace {

const QString kSample = QStringLiteral(MOSAIC_SAMPLE_JOURNAL);

// A statement on a plain connection: to count, or to make the mistake a person wants to undo.
qlonglong sql(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    qlonglong value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        if (query.next())
            value = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void importSample(const TempJournalDir &dir)
{
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("import"), kSample});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString todaysBackup(const TempJournalDir &dir)
{
    return dir.filePath(QStringLiteral("backups/journal-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
}

} // namespace

TEST_CASE("check passes a healthy journal, in words and in JSON", "[cli][check]")
{
    TempJournalDir dir;
    const MosaicRun empty = runMosaicIn(dir.path(), {QStringLiteral("check")});
    CHECK(empty.exitCode == 0);
    CHECK_THAT(empty.out.toStdString(), ContainsSubstring("nothing to check"));

    importSample(dir);
    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("check")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out.toStdString(), ContainsSubstring("The journal is healthy."));

    const MosaicRun json = runMosaicIn(dir.path(), {QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("healthy")).toBool());
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    REQUIRE(checks.size() == 4);
    QStringList names;
    for (const QJsonValue &check : checks) {
        names.append(check.toObject().value(QStringLiteral("name")).toString());
        CHECK(check.toObject().value(QStringLiteral("ok")).toBool());
    }
    CHECK(names == QStringList{QStringLiteral("integrity"), QStringLiteral("foreign-keys"), QStringLiteral("search-index"), QStringLiteral("orphans")});
}

TEST_CASE("check fails a damaged journal with exit 1 and says to restore a backup", "[cli][check]")
{
    TempJournalDir dir;
    importSample(dir);
    sql(dir.journalPath(), QStringLiteral("UPDATE wins SET strength_ids_json = '[\"no-such-strength\"]'"));
    const QByteArray before = fileHash(dir.journalPath());

    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("check")});
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.out.toStdString(), ContainsSubstring("no-such-strength"));
    CHECK_THAT(run.err.toStdString(), ContainsSubstring("mosaic restore --list"));
    const MosaicRun json = runMosaicIn(dir.path(), {QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    CHECK_FALSE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("healthy")).toBool());
    CHECK(fileHash(dir.journalPath()) == before); // checking changes nothing

    CHECK(runMosaicIn(dir.path(), {QStringLiteral("check"), QStringLiteral("extra")}).exitCode == 2);
}

TEST_CASE("A command that writes takes the day's automatic backup", "[cli][restore]")
{
    TempJournalDir dir;
    importSample(dir);
    REQUIRE(QFileInfo::exists(todaysBackup(dir)));
    CHECK((QFileInfo(todaysBackup(dir)).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == QFileDevice::Permissions());

    const MosaicRun list = runMosaicIn(dir.path(), {QStringLiteral("restore"), QStringLiteral("--list")});
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.out.toStdString(), ContainsSubstring(QFileInfo(todaysBackup(dir)).fileName().toStdString()));
    const MosaicRun json = runMosaicIn(dir.path(), {QStringLiteral("restore"), QStringLiteral("--list"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("daily"));
}

TEST_CASE("restore puts a backup back after a mistake and keeps the journal it replaced", "[cli][restore]")
{
    TempJournalDir dir;
    importSample(dir);
    const qlonglong wins = sql(dir.journalPath(), QStringLiteral("SELECT count(*) FROM wins"));
    REQUIRE(wins > 0);
    sql(dir.journalPath(), QStringLiteral("DELETE FROM wins")); // the mistake
    const QString backupName = QFileInfo(todaysBackup(dir)).fileName();

    // No terminal to ask on, no --yes: nothing changes, and the message says what to do.
    const QByteArray before = fileHash(dir.journalPath());
    const MosaicRun unasked = runMosaicIn(dir.path(), {QStringLiteral("restore"), backupName});
    CHECK(unasked.exitCode == 2);
    CHECK_THAT(unasked.err.toStdString(), ContainsSubstring("--yes"));
    CHECK_THAT(unasked.out.toStdString(), ContainsSubstring("Taken:"));
    CHECK(fileHash(dir.journalPath()) == before);
    CHECK_FALSE(QFileInfo::exists(dir.journalPath() + QStringLiteral(".restoring")));

    const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("restore"), backupName, QStringLiteral("--yes")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out.toStdString(), ContainsSubstring("kept in"));
    CHECK(sql(dir.journalPath(), QStringLiteral("SELECT count(*) FROM wins")) == wins);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("check")}).exitCode == 0);

    const QStringList kept = QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*-before-restore.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(sql(dir.filePath(QStringLiteral("backups/") + kept.first()), QStringLiteral("SELECT count(*) FROM wins")) == 0);
}

TEST_CASE("restore refuses a foreign, damaged or missing file with exit 2 and changes nothing", "[cli][restore]")
{
    TempJournalDir dir;
    importSample(dir);
    sql(dir.journalPath(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileHash(dir.journalPath());

    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    sql(foreign, QStringLiteral("CREATE TABLE notes (text)"));
    const MosaicRun refusedForeign = runMosaicIn(dir.path(), {QStringLiteral("restore"), foreign, QStringLiteral("--yes")});
    CHECK(refusedForeign.exitCode == 2);
    CHECK_THAT(refusedForeign.err.toStdString(), ContainsSubstring("not a Mosaic journal"));

    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(todaysBackup(dir), damaged));
    sql(damaged, QStringLiteral("UPDATE incidents SET person_ids_json = '[\"nobody\"]'"));
    const MosaicRun refusedDamaged = runMosaicIn(dir.path(), {QStringLiteral("restore"), damaged, QStringLiteral("--yes")});
    CHECK(refusedDamaged.exitCode == 2);
    CHECK_THAT(refusedDamaged.err.toStdString(), ContainsSubstring("damaged"));

    CHECK(runMosaicIn(dir.path(), {QStringLiteral("restore"), dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--yes")}).exitCode == 2);
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("restore")}).exitCode == 2);

    CHECK(fileHash(dir.journalPath()) == before);
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*-before-restore.sqlite")}).isEmpty());
}
