// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include <filesystem>
#include <system_error>

namespace mosaic {

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() reports them.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

QString nextConnectionName()
{
    // Connection names must be unique per process; several journals may be open at once (tests, import checks).
    static QAtomicInteger<int> counter;
    return QStringLiteral("mosaic-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::optional<qlonglong> pragmaNumber(const QSqlDatabase &connection, const QString &pragma, QSqlError *error)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

// The first 16 bytes of every SQLite 3 database file.
bool looksLikeSqlite(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Flushes a written file to the storage device, so that a rename after it never exposes a half-written file.
bool syncToDisk(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QString notAJournalMessage(const QString &filePath)
{
    return QCoreApplication::translate("mosaic::Database",
                                       "%1 is not a Mosaic journal. It was left untouched. Choose another data folder with --data-dir, or move the file away.")
        .arg(QDir::toNativeSeparators(filePath));
}

// UPSERT, VACUUM INTO and 32,766 bound values per statement all need SQLite 3.32 or later.
Status checkSqliteVersion(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Checking the SQLite library"));
    const QString version = query.value(0).toString();
    const QList<QStringView> parts = QStringView(version).split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (major < 3 || (major == 3 && minor < 32))
        return Failure::operation(
            QCoreApplication::translate("mosaic::Database", "Mosaic needs SQLite 3.32 or later, but the Qt SQLite driver uses %1. Update SQLite or Qt.")
                .arg(version));
    return success();
}

} // namespace

Failure sqlFailure(const QSqlError &error, const QString &whatFailed)
{
    const int code = error.nativeErrorCode().toInt();
    QString advice;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        advice = QCoreApplication::translate("mosaic::Database",
                                             "The journal is busy: another program is writing to it. Nothing was changed; try again in a moment.");
        break;
    case kSqliteReadOnly:
        advice = QCoreApplication::translate("mosaic::Database",
                                             "The journal cannot be written (read-only file or folder). Check the permissions of the data folder.");
        break;
    case kSqliteFull:
        advice = QCoreApplication::translate("mosaic::Database", "The disk is full. Free some space and try again; nothing was changed.");
        break;
    case kSqliteCantOpen:
        advice = QCoreApplication::translate(
            "mosaic::Database", "The journal file cannot be opened. Check that the data folder exists and is writable, or choose another with --data-dir.");
        break;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        advice = QCoreApplication::translate(
            "mosaic::Database", "The journal file is damaged. Restore a backup (mosaic backup makes them), or copy the file aside and start a new journal.");
        break;
    case kSqliteIoError:
        advice = QCoreApplication::translate("mosaic::Database", "The disk reported an error. Check the drive, then try again.");
        break;
    default:
        //: %1 is the database library's own error text, in English.
        advice = QCoreApplication::translate("mosaic::Database", "SQLite said: %1").arg(error.text());
        break;
    }
    //: An error message: %1 says what was being done (e.g. "Saving the circle"), %2 is advice on what to do next.
    return Failure::operation(QCoreApplication::translate("mosaic::Database", "%1 failed. %2").arg(whatFailed, advice));
}

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{ }

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    // The constructor is private (a Database only exists open), so std::make_unique cannot reach it.
    std::unique_ptr<Database> database(new Database(nextConnectionName(), QStringLiteral(":memory:")));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    connection.setDatabaseName(QStringLiteral(":memory:"));
    if (!connection.open())
        return sqlFailure(connection.lastError(), QCoreApplication::translate("mosaic::Database", "Opening an in-memory journal"));
    if (Status configured = database->configure(); !configured)
        return configured.failure();
    if (Status migrated = database->migrate(kCurrentSchemaVersion, {}); !migrated)
        return migrated.failure();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const Options &options)
{
    const QFileInfo info(filePath);
    if (!info.dir().exists())
        return Failure::operation(
            QCoreApplication::translate("mosaic::Database", "The data folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    const bool existed = info.exists() && info.size() > 0;
    if (existed && !looksLikeSqlite(filePath)) {
        if (!info.isReadable())
            return Failure::operation(
                QCoreApplication::translate("mosaic::Database", "%1 cannot be read. Check its permissions.").arg(QDir::toNativeSeparators(filePath)));
        return Failure::operation(notAJournalMessage(filePath));
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), filePath));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    connection.setDatabaseName(filePath);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open())
        return sqlFailure(connection.lastError(),
                          QCoreApplication::translate("mosaic::Database", "Opening the journal %1").arg(QDir::toNativeSeparators(filePath)));

    if (Status supported = checkSqliteVersion(connection); !supported)
        return supported.failure();

    // Identify the file before changing anything in it: no pragma that writes runs on a foreign or newer file.
    QSqlError error;
    const auto applicationId = pragmaNumber(connection, QStringLiteral("application_id"), &error);
    const auto userVersion = pragmaNumber(connection, QStringLiteral("user_version"), &error);
    QSqlQuery tables(connection);
    if (!applicationId || !userVersion || !tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
        if (!error.isValid())
            error = tables.lastError();
        if (error.nativeErrorCode().toInt() == kSqliteNotADatabase)
            return Failure::operation(notAJournalMessage(filePath));
        return sqlFailure(error, QCoreApplication::translate("mosaic::Database", "Reading the journal %1").arg(QDir::toNativeSeparators(filePath)));
    }
    const bool empty = *applicationId == 0 && *userVersion == 0 && tables.value(0).toLongLong() == 0;
    tables.finish();
    if (!empty && *applicationId != kMosaicApplicationId)
        return Failure::operation(notAJournalMessage(filePath));
    if (*userVersion > kCurrentSchemaVersion)
        //: %1 is the journal file's path, %2 the file's schema number, %3 the newest schema number this version knows.
        return Failure::operation(QCoreApplication::translate("mosaic::Database",
                                                              "%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). "
                                                              "It was left untouched. Update Mosaic to open it.")
                                      .arg(QDir::toNativeSeparators(filePath))
                                      .arg(*userVersion)
                                      .arg(kCurrentSchemaVersion));

    if (Status configured = database->configure(); !configured)
        return configured.failure();
    if (Status migrated = database->migrate(options.schemaVersion, options.backupDirectory); !migrated)
        return migrated.failure();
    return database;
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // WAL: readers never block the writer; synchronous=FULL: a committed entry survives power loss.
    if (m_filePath != QStringLiteral(":memory:")) {
        // 16 KiB pages suit a journal of long texts and its full-text index (a large import is ~10% faster than with
        // 8 KiB); it only takes effect on a new file.
        if (!query.exec(QStringLiteral("PRAGMA page_size = 16384")))
            return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Setting up the journal"));
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Setting up the journal"));
        if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
            //: %1 is the SQLite journal mode that was used instead (e.g. "delete"); not translated.
            return Failure::operation(QCoreApplication::translate("mosaic::Database",
                                                                  "The journal cannot use write-ahead logging here (%1). Keep the data folder on a local disk, "
                                                                  "not a network or synced folder.")
                                          .arg(query.value(0).toString()));
        query.finish();
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
          QStringLiteral("PRAGMA cache_size = -65536"), QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (!query.exec(pragma))
            return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Setting up the journal"));
    }
    return success();
}

Status Database::migrate(int targetVersion, const QString &backupDirectory)
{
    QSqlDatabase db = connection();
    QSqlError error;
    const auto current = pragmaNumber(db, QStringLiteral("user_version"), &error);
    if (!current)
        return sqlFailure(error, QCoreApplication::translate("mosaic::Database", "Reading the journal's schema version"));
    if (*current >= targetVersion) {
        m_schemaVersion = int(*current);
        return success();
    }

    // Copy the journal aside before changing its schema, so an upgrade can always be undone by hand.
    if (*current > 0 && m_filePath != QStringLiteral(":memory:")) {
        const QFileInfo info(m_filePath);
        const QString folder = backupDirectory.isEmpty() ? info.absolutePath() : backupDirectory;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backupPath = QDir(folder).filePath(QStringLiteral("%1.schema-%2-%3.bak").arg(info.fileName()).arg(*current).arg(stamp));
        if (Status copied = backupTo(backupPath); !copied)
            return Failure::operation(
                QCoreApplication::translate("mosaic::Database",
                                            "The journal needs an update, but its backup copy could not be written, so it was left as it was. %1")
                    .arg(copied.failure().message));
        m_migrationBackupPath = backupPath;
    }

    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.failure();
    // Another process may have migrated between our read and the write lock.
    const auto locked = pragmaNumber(db, QStringLiteral("user_version"), &error);
    if (!locked)
        return sqlFailure(error, QCoreApplication::translate("mosaic::Database", "Reading the journal's schema version"));
    if (*locked < targetVersion) {
        if (Status applied = applyMigrations(db, int(*locked), targetVersion); !applied)
            return applied;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) ||
            !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kMosaicApplicationId)))
            return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Recording the journal's schema version"));
    }
    if (Status committed = transaction->commit(); !committed)
        return committed;
    m_schemaVersion = std::max(targetVersion, int(*locked));
    return success();
}

Status Database::backupTo(const QString &targetPath) const
{
    const QFileInfo target(targetPath);
    if (!target.dir().exists())
        return Failure::badInput(
            QCoreApplication::translate("mosaic::Database", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.exists() && target.isDir())
        return Failure::badInput(
            QCoreApplication::translate("mosaic::Database", "%1 is a folder; give a file name for the backup.").arg(QDir::toNativeSeparators(targetPath)));
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    // VACUUM INTO reads one consistent snapshot, so it is safe while other connections write.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return sqlFailure(query.lastError(),
                          QCoreApplication::translate("mosaic::Database", "Writing the backup %1").arg(QDir::toNativeSeparators(targetPath)));
    }
    // VACUUM INTO does not sync what it writes; the copy must be on disk before it takes the backup's name.
    if (!syncToDisk(temporary)) {
        QFile::remove(temporary);
        return Failure::operation(
            QCoreApplication::translate("mosaic::Database", "The backup %1 could not be written to disk.").arg(QDir::toNativeSeparators(targetPath)));
    }
    // One rename(2) replaces an existing backup in a single step (QFile::rename refuses to overwrite, and removing
    // the old file first would leave no backup at all if we stopped in between).
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()), std::filesystem::path(target.absoluteFilePath().toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(temporary);
        return Failure::operation(
            QCoreApplication::translate("mosaic::Database", "The backup could not be moved into place at %1.").arg(QDir::toNativeSeparators(targetPath)));
    }
    return success();
}

bool Database::integrityOk() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() && query.value(0).toString() == QStringLiteral("ok");
}

Result<WriteTransaction> WriteTransaction::begin(const Database &database)
{
    return begin(database.connection());
}

Result<WriteTransaction> WriteTransaction::begin(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Starting a change to the journal"));
    WriteTransaction transaction(connection);
    transaction.m_active = true;
    return transaction;
}

WriteTransaction::WriteTransaction(QSqlDatabase connection)
    : m_connection(std::move(connection))
{ }

WriteTransaction::WriteTransaction(WriteTransaction &&other) noexcept
    : m_connection(other.m_connection)
    , m_active(std::exchange(other.m_active, false))
{ }

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Failure::operation(QCoreApplication::translate("mosaic::Database", "No change to the journal is in progress."));
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Saving the change to the journal"));
    m_active = false;
    return success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace mosaic
