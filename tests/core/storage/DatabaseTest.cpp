// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "common/Uuid.h"
#include "storage/SearchIndex.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace mosaic;

namespace {

// A plain Qt SQL connection that bypasses Database: to look at a file as it is, or to damage it on purpose.
class RawConnection
{
public:
    explicit RawConnection(const QString &filePath, const QString &connectOptions = {})
        : m_name(u"raw-" + Uuid::create())
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        connection.setDatabaseName(filePath);
        connection.setConnectOptions(connectOptions);
        m_open = connection.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &statement) const
    {
        QSqlQuery query(connection());
        const bool ok = query.exec(statement);
        if (!ok)
            UNSCOPED_INFO("SQL failed: " << statement.toStdString() << ": " << query.lastError().text().toStdString());
        return ok;
    }

    QVariant value(const QString &statement) const
    {
        QSqlQuery query(connection());
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

QVariant valueOf(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

bool execOn(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    const bool ok = query.exec(statement);
    if (!ok)
        UNSCOPED_INFO("SQL failed: " << statement.toStdString() << ": " << query.lastError().text().toStdString());
    return ok;
}

std::unique_ptr<Database> openJournal(const QString &filePath, const Database::Options &options = {})
{
    auto opened = Database::open(filePath, options);
    if (!opened)
        FAIL("Opening " << filePath.toStdString() << " failed: " << opened.failure().message.toStdString());
    return std::move(opened).value();
}

QByteArray fileHash(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &filePath, const QByteArray &content)
{
    QFile file(filePath);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

bool addStrength(const Database &database, const QString &id, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO strengths(id, created_at, updated_at, name, description) VALUES (?, ?, ?, ?, '')"));
    query.addBindValue(id);
    query.addBindValue(QStringLiteral("2026-03-01T10:00:00.000Z"));
    query.addBindValue(QStringLiteral("2026-03-01T10:00:00.000Z"));
    query.addBindValue(name);
    return query.exec();
}

qlonglong countRows(const Database &database, const QString &table)
{
    return valueOf(database, u"SELECT count(*) FROM " + table).toLongLong();
}

} // namespace

TEST_CASE("A new journal gets the pragmas and schema of docs/data-rules.md", "[database]")
{
    TempJournalDir dir;
    REQUIRE(dir.isValid());
    const auto db = openJournal(dir.journalPath());

    CHECK(valueOf(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(valueOf(*db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(valueOf(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(valueOf(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    CHECK(valueOf(*db, QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion);
    CHECK(valueOf(*db, QStringLiteral("PRAGMA application_id")).toLongLong() == kMosaicApplicationId);
    CHECK(db->schemaVersion() == kCurrentSchemaVersion);
    CHECK(db->migrationBackupPath().isEmpty());
    CHECK(db->filePath() == dir.journalPath());
    CHECK(db->integrityOk());
    // A new journal is not "migrated": no backup copy lies next to it.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("An in-memory journal has the current schema", "[database]")
{
    auto opened = Database::openInMemory();
    REQUIRE(opened.ok());
    const Database &db = **opened;
    CHECK(db.schemaVersion() == kCurrentSchemaVersion);
    CHECK(valueOf(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(valueOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'")).toInt() == 1);
}

TEST_CASE("Reopening a journal keeps its data", "[database]")
{
    TempJournalDir dir;
    {
        const auto db = openJournal(dir.journalPath());
        REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    }
    const auto db = openJournal(dir.journalPath());
    CHECK(db->schemaVersion() == kCurrentSchemaVersion);
    CHECK(db->migrationBackupPath().isEmpty());
    CHECK(valueOf(*db, QStringLiteral("SELECT name FROM strengths WHERE id = 's-1'")).toString() == QStringLiteral("Patience"));
    CHECK(db->integrityOk());
}

TEST_CASE("A journal written by a newer Mosaic is refused and left untouched", "[database]")
{
    TempJournalDir dir;
    const QString path = dir.journalPath();
    {
        const auto db = openJournal(path);
        REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    }
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentSchemaVersion + 1)));
    }
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(before.isEmpty());

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().kind == FailureKind::Operation);
    CHECK(opened.failure().message.contains(QStringLiteral("newer version")));
    CHECK(opened.failure().message.contains(QStringLiteral("untouched")));

    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion + 1);
}

TEST_CASE("A SQLite file of another application is refused and left untouched", "[database]")
{
    TempJournalDir dir;
    const QString path = dir.journalPath();
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('shopping list')")));
        REQUIRE(raw.value(QStringLiteral("PRAGMA application_id")).toInt() == 0);
    }
    const QByteArray before = fileHash(path);

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().message.contains(QStringLiteral("not a Mosaic journal")));
    CHECK(opened.failure().message.contains(QDir::toNativeSeparators(path)));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    CHECK(raw.value(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(raw.value(QStringLiteral("SELECT text FROM notes")).toString() == QStringLiteral("shopping list"));
}

TEST_CASE("A text file named journal.sqlite is refused and left untouched", "[database]")
{
    TempJournalDir dir;
    const QString path = dir.journalPath();
    const QByteArray content = "Dear diary,\nthis is not a database.\n";
    REQUIRE(writeFile(path, content));

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().message.contains(QStringLiteral("not a Mosaic journal")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("An empty file is set up as a new journal", "[database]")
{
    TempJournalDir dir;
    REQUIRE(writeFile(dir.journalPath(), {}));
    const auto db = openJournal(dir.journalPath());
    CHECK(db->schemaVersion() == kCurrentSchemaVersion);
    CHECK(valueOf(*db, QStringLiteral("PRAGMA application_id")).toLongLong() == kMosaicApplicationId);
    CHECK(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
}

TEST_CASE("A version 1 journal is backed up, migrated to the current version, and its records become searchable", "[database][migration]")
{
    TempJournalDir dir;
    const QString path = dir.journalPath();
    {
        const auto db = openJournal(path, {.schemaVersion = 1, .backupDirectory = {}});
        CHECK(db->schemaVersion() == 1);
        CHECK(valueOf(*db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(valueOf(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'")).toInt() == 0);
        REQUIRE(execOn(*db,
                       QStringLiteral("INSERT INTO incidents(id, created_at, updated_at, occurred_at, kind, title, situation) VALUES "
                                      "('i-1', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-01T09:00:00.000Z', "
                                      "'rejection', 'Interview feedback', 'They chose another candidate for the résumé review role')")));
        REQUIRE(execOn(*db,
                       QStringLiteral("INSERT INTO reframes(id, created_at, updated_at, incident_id, text, kind) VALUES "
                                      "('r-1', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', 'i-1', 'One panel is not the whole market', "
                                      "'balanced')")));
        REQUIRE(execOn(*db,
                       QStringLiteral("INSERT INTO incidents(id, created_at, updated_at, deleted_at, occurred_at, kind, title) VALUES "
                                      "('i-gone', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-02T10:00:00.000Z', "
                                      "'2026-03-01T09:00:00.000Z', 'rejection', 'Deleted interview')")));
        REQUIRE(execOn(*db,
                       QStringLiteral("INSERT INTO habits(id, created_at, updated_at, name, schedule_type, start_date) VALUES "
                                      "('h-1', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', 'Gratitude', 'daily', '2026-03-01')")));
        REQUIRE(execOn(*db,
                       QStringLiteral("INSERT INTO check_ins(habit_id, date, status, note, updated_at) VALUES "
                                      "('h-1', '2026-03-02', 'done', 'Grateful for the market stall chat', '2026-03-02T20:00:00.000Z')")));
        REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    }

    const auto db = openJournal(path);
    CHECK(db->schemaVersion() == kCurrentSchemaVersion);
    CHECK(valueOf(*db, QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion);
    CHECK(db->integrityOk());

    const QString backupPath = db->migrationBackupPath();
    REQUIRE_FALSE(backupPath.isEmpty());
    CHECK(QFileInfo(backupPath).absolutePath() == QFileInfo(path).absolutePath());
    REQUIRE(QFile::exists(backupPath));
    {
        RawConnection backup(backupPath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(backup.isOpen());
        CHECK(backup.value(QStringLiteral("PRAGMA user_version")).toInt() == 1);
        CHECK(backup.value(QStringLiteral("PRAGMA application_id")).toLongLong() == kMosaicApplicationId);
        CHECK(backup.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(backup.value(QStringLiteral("SELECT count(*) FROM incidents")).toInt() == 2);
        CHECK(backup.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'")).toInt() == 0);
    }

    CHECK(countRows(*db, QStringLiteral("incidents")) == 2);
    const auto hits = searchJournal(db->connection(), QStringLiteral("resume"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).type == SearchRecordType::Incident);
    CHECK(hits->at(0).id == QStringLiteral("i-1"));

    const auto market = searchJournal(db->connection(), QStringLiteral("market"));
    REQUIRE(market.ok());
    QStringList ids;
    for (const SearchHit &hit : *market)
        ids.append(hit.id);
    ids.sort();
    CHECK(ids == QStringList{QStringLiteral("h-1/2026-03-02"), QStringLiteral("r-1")});

    const auto patience = searchJournal(db->connection(), QStringLiteral("patience"));
    REQUIRE(patience.ok());
    REQUIRE(patience->size() == 1);
    CHECK(patience->at(0).id == QStringLiteral("s-1"));

    // The tombstoned incident was not indexed by the migration.
    const auto deleted = searchJournal(db->connection(), QStringLiteral("deleted"));
    REQUIRE(deleted.ok());
    CHECK(deleted->isEmpty());

    // Opened again, the journal is current: no second migration, no second backup.
    const auto again = openJournal(path);
    CHECK(again->migrationBackupPath().isEmpty());
}

TEST_CASE("The pre-migration backup can go to another folder", "[database][migration]")
{
    TempJournalDir dir;
    TempJournalDir backups;
    openJournal(dir.journalPath(), {.schemaVersion = 1, .backupDirectory = {}}).reset();
    const auto db = openJournal(dir.journalPath(), {.schemaVersion = kCurrentSchemaVersion, .backupDirectory = backups.path()});
    CHECK(db->schemaVersion() == kCurrentSchemaVersion);
    CHECK(QFileInfo(db->migrationBackupPath()).absolutePath() == QFileInfo(backups.path()).absoluteFilePath());
    CHECK(QFile::exists(db->migrationBackupPath()));
}

TEST_CASE("backupTo writes a consistent copy and replaces an existing file", "[database][backup]")
{
    TempJournalDir dir;
    const auto db = openJournal(dir.journalPath());
    REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    REQUIRE(addStrength(*db, QStringLiteral("s-2"), QStringLiteral("Humour")));

    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(writeFile(target, "an older backup, to be replaced"));

    // A change in progress on another connection is not part of the snapshot, and does not block the backup.
    const auto writer = openJournal(dir.journalPath());
    {
        auto transaction = WriteTransaction::begin(*writer);
        REQUIRE(transaction.ok());
        REQUIRE(addStrength(*writer, QStringLiteral("s-3"), QStringLiteral("Uncommitted")));

        const Status written = db->backupTo(target);
        REQUIRE(written.ok());
    }

    CHECK_FALSE(QFile::exists(target + QStringLiteral(".part")));
    {
        RawConnection copy(target, QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(copy.isOpen());
        CHECK(copy.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(copy.value(QStringLiteral("PRAGMA application_id")).toLongLong() == kMosaicApplicationId);
        CHECK(copy.value(QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion);
        CHECK(copy.value(QStringLiteral("SELECT group_concat(id, ',') FROM (SELECT id FROM strengths ORDER BY id)")).toString() == QStringLiteral("s-1,s-2"));
    }
    // The copy is a journal in its own right.
    const auto reopened = openJournal(target);
    CHECK(reopened->integrityOk());
    CHECK(countRows(*reopened, QStringLiteral("strengths")) == 2);
    const auto hits = searchJournal(reopened->connection(), QStringLiteral("humour"));
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
}

TEST_CASE("backupTo refuses a missing folder and a folder as target", "[database][backup]")
{
    TempJournalDir dir;
    const auto db = openJournal(dir.journalPath());
    const Status missing = db->backupTo(dir.filePath(QStringLiteral("no/such/folder/copy.sqlite")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.failure().message.contains(QStringLiteral("does not exist")));

    const Status folder = db->backupTo(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.failure().message.contains(QStringLiteral("is a folder")));
}

TEST_CASE("Opening a journal in a missing folder fails with a clear message", "[database]")
{
    TempJournalDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("not-there"));
    const auto opened = Database::open(missingFolder + QStringLiteral("/journal.sqlite"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().message.contains(QStringLiteral("does not exist")));
    CHECK(opened.failure().message.contains(QDir::toNativeSeparators(missingFolder)));
    CHECK_FALSE(QFileInfo::exists(missingFolder));
}

TEST_CASE("A write transaction commits, and rolls back when dropped uncommitted", "[database][transaction]")
{
    TempJournalDir dir;
    const auto db = openJournal(dir.journalPath());
    {
        auto transaction = WriteTransaction::begin(*db);
        REQUIRE(transaction.ok());
        REQUIRE(addStrength(*db, QStringLiteral("s-dropped"), QStringLiteral("Dropped")));
    }
    CHECK(countRows(*db, QStringLiteral("strengths")) == 0);
    {
        auto transaction = WriteTransaction::begin(*db);
        REQUIRE(transaction.ok());
        REQUIRE(addStrength(*db, QStringLiteral("s-kept"), QStringLiteral("Kept")));
        REQUIRE(transaction->commit().ok());
        // Committing twice is reported, not silently ignored.
        CHECK_FALSE(transaction->commit().ok());
    }
    CHECK(countRows(*db, QStringLiteral("strengths")) == 1);
    {
        auto transaction = WriteTransaction::begin(*db);
        REQUIRE(transaction.ok());
        REQUIRE(addStrength(*db, QStringLiteral("s-rolled-back"), QStringLiteral("Rolled back")));
        transaction->rollback();
    }
    CHECK(countRows(*db, QStringLiteral("strengths")) == 1);
    // A moved-from transaction does not roll back the one it moved into.
    {
        auto transaction = WriteTransaction::begin(*db);
        REQUIRE(transaction.ok());
        WriteTransaction moved(std::move(*transaction));
        REQUIRE(addStrength(*db, QStringLiteral("s-moved"), QStringLiteral("Moved")));
        REQUIRE(moved.commit().ok());
    }
    CHECK(countRows(*db, QStringLiteral("strengths")) == 2);
}

TEST_CASE("A write lock held elsewhere makes a new change fail as busy after the timeout", "[database][transaction][slow]")
{
    TempJournalDir dir;
    const auto db = openJournal(dir.journalPath());
    const auto other = openJournal(dir.journalPath());
    auto held = WriteTransaction::begin(*other);
    REQUIRE(held.ok());

    QElapsedTimer timer;
    timer.start();
    const auto blocked = WriteTransaction::begin(*db);
    const qint64 waited = timer.elapsed();
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.failure().message.contains(QStringLiteral("busy")));
    CHECK(waited >= 4000); // the 5 s busy timeout, not an immediate failure

    // Reading is not blocked by the writer (WAL).
    CHECK(countRows(*db, QStringLiteral("strengths")) == 0);
    held->rollback();
    auto after = WriteTransaction::begin(*db);
    CHECK(after.ok());
}

TEST_CASE("Opening a journal in a folder that cannot be written fails with a clear message", "[database]")
{
    TempJournalDir dir;
    QString folder = dir.filePath(QStringLiteral("read-only"));
    if (geteuid() == 0) {
        // Root ignores permissions; /proc refuses new files even to root.
        if (!QFileInfo(QStringLiteral("/proc/self")).exists())
            SKIP("root ignores file permissions");
        folder = QStringLiteral("/proc");
    } else {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    }

    const auto opened = Database::open(folder + QStringLiteral("/journal.sqlite"));
    chmod(QFile::encodeName(dir.filePath(QStringLiteral("read-only"))).constData(), 0755);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.failure().kind == FailureKind::Operation);
    CHECK(opened.failure().message.contains(QStringLiteral("writable")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/journal.sqlite")));
}

TEST_CASE("SQLite's extended result codes become plain sentences with what to do", "[database][errors]")
{
    const auto messageFor = [](const char *code) {
        return sqlFailure(
                   QSqlError(QStringLiteral("raw driver text"), QStringLiteral("raw database text"), QSqlError::StatementError, QString::fromLatin1(code)),
                   QStringLiteral("Saving the circle"))
            .message;
    };
    const QList<std::pair<const char *, const char *>> expected{
        {"13", "disk is full"}, // SQLITE_FULL
        {"778", "disk reported an error"}, // SQLITE_IOERR_WRITE
        {"3338", "disk reported an error"}, // SQLITE_IOERR_FSYNC… (any IOERR)
        {"8", "read-only"}, // SQLITE_READONLY
        {"1288", "read-only"}, // SQLITE_READONLY_DBMOVED
        {"1032", "read-only"}, // SQLITE_READONLY_CANTINIT
        {"5", "another program"}, // SQLITE_BUSY
        {"517", "another program"}, // SQLITE_BUSY_SNAPSHOT
        {"262", "another program"}, // SQLITE_LOCKED_SHAREDCACHE
        {"11", "restore your latest backup"}, // SQLITE_CORRUPT
        {"267", "restore your latest backup"}, // SQLITE_CORRUPT_VTAB
        {"26", "restore your latest backup"}, // SQLITE_NOTADB
        {"2067", "conflicts"}, // SQLITE_CONSTRAINT_UNIQUE
        {"1555", "conflicts"}, // SQLITE_CONSTRAINT_PRIMARYKEY
        {"14", "cannot be opened"}, // SQLITE_CANTOPEN
        {"7", "out of memory"}, // SQLITE_NOMEM
    };
    for (const auto &[code, phrase] : expected) {
        const QString message = messageFor(code);
        INFO(code << ": " << message.toStdString());
        CHECK(message.startsWith(QStringLiteral("Saving the circle failed.")));
        CHECK(message.contains(QString::fromLatin1(phrase)));
        CHECK_FALSE(message.contains(QStringLiteral("raw")));
    }
    // An unknown code: no raw SQLite text, no "Unknown error", but a number to report.
    for (const char *code : {"99999", "", "-1"}) {
        const QString message = messageFor(code);
        INFO(message.toStdString());
        CHECK_FALSE(message.contains(QStringLiteral("raw")));
        CHECK_FALSE(message.contains(QStringLiteral("nknown error")));
        CHECK(message.contains(QStringLiteral("Nothing was changed")));
    }
}

TEST_CASE("Journals, migration copies and backups are created private whatever the umask", "[database][privacy]")
{
    const mode_t previous = ::umask(022);
    TempJournalDir dir;
    const auto modeOf = [](const QString &path) {
        struct stat status
        { };
        REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
        return int(status.st_mode & 0777);
    };
    openJournal(dir.journalPath(), {.schemaVersion = 1, .backupDirectory = {}}).reset();
    CHECK(modeOf(dir.journalPath()) == 0600);
    const auto db = openJournal(dir.journalPath());
    REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    REQUIRE_FALSE(db->migrationBackupPath().isEmpty());
    CHECK(modeOf(db->migrationBackupPath()) == 0600);
    CHECK(modeOf(dir.journalPath() + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(dir.journalPath() + QStringLiteral("-shm")) == 0600);
    REQUIRE(db->backupTo(dir.filePath(QStringLiteral("copy.sqlite"))).ok());
    CHECK(modeOf(dir.filePath(QStringLiteral("copy.sqlite"))) == 0600);
    ::umask(previous);
}

TEST_CASE("backupTo never replaces the journal or its companions, by any name", "[database][backup]")
{
    TempJournalDir dir;
    const auto db = openJournal(dir.journalPath());
    REQUIRE(addStrength(*db, QStringLiteral("s-1"), QStringLiteral("Patience")));
    TempJournalDir elsewhere;
    const QString hardLink = elsewhere.filePath(QStringLiteral("same-file.sqlite"));
    REQUIRE(::link(QFile::encodeName(dir.journalPath()).constData(), QFile::encodeName(hardLink).constData()) == 0);
    for (const QString &target : QStringList{dir.journalPath(), dir.journalPath() + QStringLiteral("-wal"), hardLink}) {
        INFO(target.toStdString());
        const Status written = db->backupTo(target);
        REQUIRE_FALSE(written.ok());
        CHECK(written.failure().kind == FailureKind::BadInput);
    }
    CHECK(countRows(*db, QStringLiteral("strengths")) == 1);
    CHECK(db->integrityOk());
}

TEST_CASE("A second connection of this process leaves the first one's hold on the journal alone", "[database]")
{
    // Found by using the window: the automatic backup's connection read the journal's first bytes with a plain open
    // and close, which dropped every lock the window held on the file. A program closing the journal after that (any
    // SQLite client) took it for unused and deleted its write-ahead log, and a person removed in the window afterwards
    // was still in the journal, and came back at the next start.
    TempJournalDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.journalPath();
    auto opened = Database::open(path);
    REQUIRE(opened);
    const std::unique_ptr<Database> window = std::move(*opened);
    REQUIRE(Database::open(path)); // the automatic backup's connection, opened and closed on its own

    // Another program opens the journal, reads and closes it; it answers with what it found.
    const auto otherProgram = [&path](const QString &sql) {
        QProcess program;
        program.start(QStringLiteral(MOSAIC_PYTHON),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sqlite3, sys\n"
                                      "c = sqlite3.connect(sys.argv[1])\n"
                                      "print(c.execute(sys.argv[2]).fetchone()[0])\n"
                                      "c.close()"),
                       path, sql});
        REQUIRE(program.waitForFinished(30000));
        INFO(program.readAllStandardError().toStdString());
        REQUIRE(program.exitCode() == 0);
        return program.readAllStandardOutput().trimmed();
    };
    CHECK(otherProgram(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal"))); // the window holds the journal: its log stays

    // What the window writes now reaches the file that every other program reads.
    QSqlQuery write(window->connection());
    REQUIRE(write.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(write.exec(QStringLiteral("CREATE TABLE window_probe (x)")));
    REQUIRE(write.exec(QStringLiteral("INSERT INTO window_probe VALUES (1)")));
    CHECK(otherProgram(QStringLiteral("SELECT count(*) FROM window_probe")) == "1");
}
