// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups on disk and restoring one: verified copies, private files, the rotation applied, and a restore
// that keeps the journal it replaces and refuses a damaged or foreign file without changing anything.
#include "backups/JournalBackups.h"

#include "BackupFixtures.h"
#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace mosaic;
using namespace BackupFixtures;

namespace {

const QDate kToday(2026, 11, 20);

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void addWin(const Database &journal, const QString &text)
{
    exec(journal.connection(),
         QStringLiteral("INSERT INTO wins (id, created_at, updated_at, date, text) VALUES ('%1', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', "
                        "'2026-11-20', '%2')")
             .arg(Uuid::create(), text));
}

} // namespace

TEST_CASE("The first automatic backup is a checked, private copy in the backups folder")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    const AutomaticBackupOutcome made = require(makeAutomaticBackup(*journal, kToday));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    CHECK(made.madePath == QDir(folder).filePath(QStringLiteral("journal-2026-11-20.sqlite")));
    REQUIRE(QFileInfo::exists(made.madePath));
    CHECK(QFileInfo(folder).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK((QFileInfo(made.madePath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) ==
          QFileDevice::Permissions());
    // Nothing half-done is left behind.
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("journal-2026-11-20.sqlite")});

    const JournalFileSummary summary = require(summarizeJournalFile(made.madePath));
    CHECK(summary.checks.healthy());
    CHECK(summary.counts.value(0).count == scalar(journal->connection(), QStringLiteral("SELECT count(*) FROM incidents WHERE deleted_at IS NULL")));
}

TEST_CASE("A backup is made once a day, and only when the journal changed")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    REQUIRE_FALSE(require(makeAutomaticBackup(*journal, kToday)).madePath.isEmpty());
    CHECK(require(makeAutomaticBackup(*journal, kToday)).madePath.isEmpty()); // today's is there
    CHECK(require(makeAutomaticBackup(*journal, kToday.addDays(1))).madePath.isEmpty()); // nothing changed since
    addWin(*journal, QStringLiteral("Spoke up in the meeting"));
    CHECK(require(makeAutomaticBackup(*journal, kToday.addDays(1))).madePath.endsWith(QStringLiteral("journal-2026-11-21.sqlite")));
}

TEST_CASE("An empty journal is not backed up")
{
    TempJournalDir dir;
    const auto journal = require(Database::open(dir.journalPath()));
    CHECK(require(makeAutomaticBackup(*journal, kToday)).madePath.isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups/journal-2026-11-20.sqlite"))));
}

TEST_CASE("Each new backup applies the rotation")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    for (int day = 0; day < 10; ++day) {
        addWin(*journal, QStringLiteral("Day %1").arg(day));
        require(makeAutomaticBackup(*journal, kToday.addDays(day)));
    }
    // 10 days from Friday 20 to Sunday 29 November: the 7 newest days stay, and Sunday 22 as its week's newest.
    const QList<BackupEntry> left = listBackups(dir.filePath(QStringLiteral("backups")));
    QStringList names;
    for (const BackupEntry &entry : left)
        names.append(entry.fileName);
    CHECK(names.size() == 8);
    CHECK(names.first() == QStringLiteral("journal-2026-11-29.sqlite"));
    CHECK(names.contains(QStringLiteral("journal-2026-11-22.sqlite")));
    CHECK_FALSE(names.contains(QStringLiteral("journal-2026-11-21.sqlite")));
}

TEST_CASE("A journal that fails its checks gets no new backup, and the older ones stay")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    require(makeAutomaticBackup(*journal, kToday));
    const QByteArray before = fileHash(dir.filePath(QStringLiteral("backups/journal-2026-11-20.sqlite")));
    exec(journal->connection(), QStringLiteral("UPDATE incidents SET person_ids_json = '[\"nobody\"]' WHERE seq = (SELECT min(seq) FROM incidents)"));
    addWin(*journal, QStringLiteral("Written the day the damage came"));
    const auto refused = makeAutomaticBackup(*journal, kToday.addDays(1));
    REQUIRE_FALSE(refused);
    CHECK(refused.failure().message.contains(QStringLiteral("Restore a backup")));
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == QStringList{QStringLiteral("journal-2026-11-20.sqlite")});
    CHECK(fileHash(dir.filePath(QStringLiteral("backups/journal-2026-11-20.sqlite"))) == before);
}

TEST_CASE("Restoring a backup keeps the journal it replaces, then swaps it in")
{
    TempJournalDir dir;
    QString backup;
    {
        const auto journal = exampleJournal(dir.journalPath());
        backup = require(makeAutomaticBackup(*journal, kToday)).madePath;
        // The mistake: every win deleted.
        exec(journal->connection(), QStringLiteral("DELETE FROM wins"));
    }
    JournalRestore restore = require(JournalRestore::prepare(dir.journalPath(), backup));
    CHECK(restore.summary().checks.healthy());
    const QDateTime now(kToday, QTime(14, 5, 9));
    const QString kept = require(restore.commit(now));
    CHECK(QFileInfo(kept).fileName() == QStringLiteral("journal-2026-11-20-140509-before-restore.sqlite"));

    {
        const auto restored = require(Database::open(dir.journalPath()));
        CHECK(scalar(restored->connection(), QStringLiteral("SELECT count(*) FROM wins")) > 0);
    }
    auto keptFile = require(JournalFileConnection::open(kept));
    CHECK(scalar(keptFile->connection(), QStringLiteral("SELECT count(*) FROM wins")) == 0);
    CHECK_FALSE(QFileInfo::exists(dir.journalPath() + QStringLiteral(".restoring")));
}

TEST_CASE("A damaged or foreign backup is refused and changes nothing")
{
    TempJournalDir dir;
    {
        const auto journal = exampleJournal(dir.journalPath());
        exec(journal->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileHash(dir.journalPath());
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    SECTION("foreign")
    {
        {
            RawConnection raw(dir.filePath(QStringLiteral("other.sqlite")));
            exec(raw.connection(), QStringLiteral("CREATE TABLE t (x)"));
        }
        const auto refused = JournalRestore::prepare(dir.journalPath(), dir.filePath(QStringLiteral("other.sqlite")));
        REQUIRE_FALSE(refused);
        CHECK(refused.failure().kind == FailureKind::BadInput);
        QFile::remove(dir.filePath(QStringLiteral("other.sqlite")));
    }
    SECTION("damaged")
    {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        REQUIRE(QFile::copy(dir.journalPath(), copy));
        {
            RawConnection raw(copy);
            exec(raw.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
            exec(raw.connection(), QStringLiteral("UPDATE reframes SET incident_id = 'gone'"));
        }
        const auto refused = JournalRestore::prepare(dir.journalPath(), copy);
        REQUIRE_FALSE(refused);
        CHECK(refused.failure().kind == FailureKind::BadInput);
        CHECK(refused.failure().message.contains(QStringLiteral("damaged")));
        QFile::remove(copy);
    }
    SECTION("not there")
    {
        const auto refused = JournalRestore::prepare(dir.journalPath(), dir.filePath(QStringLiteral("missing.sqlite")));
        REQUIRE_FALSE(refused);
        CHECK(refused.failure().kind == FailureKind::BadInput);
    }
    CHECK(fileHash(dir.journalPath()) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("A restore dropped before its commit leaves nothing behind")
{
    TempJournalDir dir;
    QString backup;
    {
        const auto journal = exampleJournal(dir.journalPath());
        backup = require(makeAutomaticBackup(*journal, kToday)).madePath;
    }
    {
        const JournalRestore restore = require(JournalRestore::prepare(dir.journalPath(), backup));
        CHECK(QFileInfo::exists(dir.journalPath() + QStringLiteral(".restoring")));
    }
    CHECK_FALSE(QFileInfo::exists(dir.journalPath() + QStringLiteral(".restoring")));
}

TEST_CASE("A journal open elsewhere is not replaced")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    const QString backup = require(makeAutomaticBackup(*journal, kToday)).madePath;
    addWin(*journal, QStringLiteral("Still writing"));
    JournalRestore restore = require(JournalRestore::prepare(dir.journalPath(), backup));
    const auto refused = restore.commit(QDateTime(kToday, QTime(15, 0)));
    REQUIRE_FALSE(refused);
    CHECK(refused.failure().message.contains(QStringLiteral("open in another Mosaic")));
    CHECK(scalar(journal->connection(), QStringLiteral("SELECT count(*) FROM wins WHERE text = 'Still writing'")) == 1);
}
