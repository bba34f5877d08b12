// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "FileWriting.h"
#include "Migrations.h"
#include "OutputTarget.h"
#include "StorageLocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mosaic {

namespace {

// SQLite's primary result codes; QSqlError::nativeErrorCode() may carry an extended code, whose low byte is the primary.
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteTooBig = 18;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteAuth = 23;
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

/// The journal files this process has connections to, each with how many. POSIX locks belong to the process, and
/// closing any descriptor of a file drops every lock the process holds on it. Reading a journal's first bytes with a
/// plain open and close while a connection of ours held it (the window's automatic backup opens a second connection
/// on a thread of its own) dropped the window's locks: another program then took the journal for unused, checkpointed
/// it and deleted its write-ahead log, and the window's later commits went into the deleted file and were lost.
/// SQLite's own file layer defers such closes; Mosaic reads a journal's bytes itself only while no connection holds it.
struct ConnectedFiles
{
    QMutex mutex;
    QHash<QString, int> connections;

    static ConnectedFiles &ofThisProcess()
    {
        static ConnectedFiles files; // as POSIX locks are: one per process
        return files;
    }
};

/// The same file under every name that leads to it through its folder (a link to the data folder, `..`).
QString connectedFileKey(const QFileInfo &info)
{
    return QDir(info.absolutePath()).canonicalPath() + u'/' + info.fileName();
}

// The first 16 bytes of every SQLite 3 database file. Only while no connection of this process holds the file.
bool looksLikeSqlite(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
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
    bool numeric = false;
    const int extended = error.nativeErrorCode().toInt(&numeric);
    const int code = numeric ? extended & 0xff : -1;
    QString advice;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        advice = QCoreApplication::translate(
            "mosaic::Database", "The journal is busy: another program (or another Mosaic) is writing to it. Nothing was changed; try again in a moment.");
        break;
    case kSqliteReadOnly:
        advice = QCoreApplication::translate("mosaic::Database",
                                             "The journal cannot be written here (a read-only file, folder or disk). Nothing was changed. To write in it, "
                                             "copy it to a writable folder (mosaic backup -o FILE) and use that folder with --data-dir.");
        break;
    case kSqlitePerm:
    case kSqliteAuth:
        advice = QCoreApplication::translate("mosaic::Database", "Permission was denied. Check that the data folder and the journal belong to you.");
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
        advice = QCoreApplication::translate("mosaic::Database",
                                             "The journal file is damaged. Keep it as it is, and restore your latest backup: with Mosaic closed, copy the "
                                             "backup over journal.sqlite in the data folder (mosaic backup -o FILE makes backups).");
        break;
    case kSqliteIoError:
        advice = QCoreApplication::translate(
            "mosaic::Database", "The disk reported an error (it may be full, removed or failing). Free some space or check the drive, then try again.");
        break;
    case kSqliteNoMem:
        advice = QCoreApplication::translate("mosaic::Database", "The computer ran out of memory. Close other programs and try again; nothing was changed.");
        break;
    case kSqliteTooBig:
        advice = QCoreApplication::translate("mosaic::Database", "One entry is too large to store. Shorten it and try again; nothing was changed.");
        break;
    case kSqliteConstraint:
        advice = QCoreApplication::translate("mosaic::Database",
                                             "The change conflicts with what is already in the journal (it may have changed meanwhile). Nothing was "
                                             "changed; reload and try again.");
        break;
    default:
        //: %1 is a number identifying the error, for a bug report.
        advice = QCoreApplication::translate("mosaic::Database",
                                             "Something unexpected went wrong (error %1). Nothing was changed; try again, and if it happens again, make a "
                                             "backup and report the error number.")
                     .arg(numeric ? QString::number(extended) : QStringLiteral("?"));
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
    if (!m_connectedFile.isEmpty()) {
        ConnectedFiles &connected = ConnectedFiles::ofThisProcess();
        const QMutexLocker locker(&connected.mutex);
        if (--connected.connections[m_connectedFile] <= 0)
            connected.connections.remove(m_connectedFile);
    }
    // A -shm made by a read-only open keeps the file's read-only mode and would stop a later writer.
    for (const QString &file : std::as_const(m_removeWhenClosed))
        QFile::remove(file);
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

namespace {

bool canWrite(const QString &path)
{
#ifdef Q_OS_WIN
    return QFileInfo(path).isWritable();
#else
    // access() asks the kernel, so a read-only mount says no even to root.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#endif
}

// Takes the group and others' bits off a file that has them; true when it changed anything.
bool makePrivate(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return false;
#else
    struct stat status
    { };
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &status) != 0 || (status.st_mode & 077) == 0 || status.st_uid != ::geteuid())
        return false;
    return ::chmod(name.constData(), status.st_mode & 0700) == 0;
#endif
}

// Gives the owner write access back to a companion file (-wal, -shm) left read-only by an earlier read-only open.
void makeOwnerWritable(const QString &path)
{
#ifndef Q_OS_WIN
    struct stat status
    { };
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &status) == 0 && status.st_uid == ::geteuid() && (status.st_mode & 0600) != 0600)
        ::chmod(name.constData(), (status.st_mode & 0700) | 0600);
#else
    Q_UNUSED(path);
#endif
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const Options &options)
{
    const QFileInfo info(filePath);
    if (!info.dir().exists())
        return Failure::operation(
            QCoreApplication::translate("mosaic::Database", "The data folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString folder = info.absolutePath();
    const bool existed = info.exists() && info.size() > 0;
    // The file joins the process's connected files before SQLite opens it, under the same lock as the check of its
    // first bytes, so that no thread of ours reads those while another's connection holds the file.
    const QString connectedKey = connectedFileKey(info);
    ConnectedFiles &connected = ConnectedFiles::ofThisProcess();
    QMutexLocker connectedLocker(&connected.mutex);
    // A file this process already has a connection to is one SQLite opened (and reading it here would drop the locks).
    if (existed && !connected.connections.contains(connectedKey) && !looksLikeSqlite(filePath)) {
        if (!info.isReadable())
            return Failure::operation(
                QCoreApplication::translate("mosaic::Database", "%1 cannot be read. Check its permissions.").arg(QDir::toNativeSeparators(filePath)));
        return Failure::operation(notAJournalMessage(filePath));
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), filePath));
    database->m_connectedFile = connectedKey; // left again by the destructor, whatever fails below
    ++connected.connections[connectedKey];
    connectedLocker.unlock();
    const QString wal = filePath + QStringLiteral("-wal");
    const QString shm = filePath + QStringLiteral("-shm");
    const bool folderWritable = canWrite(folder);
    if (existed && !(folderWritable && canWrite(filePath))) {
        // Committed entries may still sit in the -wal: reading them needs SQLite's read-only mode and a -shm, which
        // must exist or be creatable. Without a -wal, immutable=1 reads the file alone and creates nothing.
        const bool walHasEntries = QFileInfo(wal).size() > 0;
        database->m_access = walHasEntries && (QFileInfo::exists(shm) || folderWritable) ? Access::ReadOnly : Access::Immutable;
        if (database->m_access == Access::ReadOnly && !QFileInfo::exists(shm))
            database->m_removeWhenClosed = {shm};
        database->m_notices.append(QCoreApplication::translate("mosaic::Database",
                                                               "The journal %1 is read-only here (a read-only file, folder or disk): you can read and "
                                                               "export it, but not change it. To write in it, copy it to a writable folder.")
                                       .arg(QDir::toNativeSeparators(filePath)));
    } else if (!existed && !folderWritable) {
        return Failure::operation(QCoreApplication::translate(
                                      "mosaic::Database", "A new journal cannot be created in %1: the folder is not writable. Choose another with --data-dir.")
                                      .arg(QDir::toNativeSeparators(folder)));
    } else {
        removeStalePartFiles(folder);
        if (!info.exists()) {
            // Created private before SQLite opens it: SQLite gives the -wal and -shm the journal's own mode.
            if (Status created = createPrivateFile(filePath); !created)
                //: %1 is the data folder, %2 what went wrong.
                return Failure::operation(QCoreApplication::translate("mosaic::Database",
                                                                      "A new journal cannot be created in %1 (%2). Check that the folder is writable, or "
                                                                      "choose another with --data-dir.")
                                              .arg(QDir::toNativeSeparators(folder), created.failure().message));
            if (Status synced = syncFolder(folder); !synced)
                return synced.failure();
        } else {
            bool tightened = false;
            for (const QString &file : {filePath, wal, shm})
                tightened = makePrivate(file) || tightened;
            if (tightened)
                database->m_notices.append(QCoreApplication::translate("mosaic::Database",
                                                                       "The journal %1 could be read by other people on this computer; it is now private "
                                                                       "to you.")
                                               .arg(QDir::toNativeSeparators(filePath)));
            for (const QString &file : {wal, shm})
                makeOwnerWritable(file);
        }
    }
    if (const QString warning = sharedFolderWarning(folder); !warning.isEmpty())
        database->m_notices.append(warning);

    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    switch (database->m_access) {
    case Access::ReadWrite:
        connection.setDatabaseName(filePath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        break;
    case Access::ReadOnly:
        connection.setDatabaseName(filePath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        break;
    case Access::Immutable:
        connection.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
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
    if (m_filePath != QStringLiteral(":memory:") && m_access == Access::ReadWrite) {
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
    if (m_access != Access::ReadWrite)
        return Failure::operation(QCoreApplication::translate("mosaic::Database",
                                                              "The journal %1 was written by an older Mosaic and needs an update, but it is read-only "
                                                              "here. Copy it to a writable folder and open it there.")
                                      .arg(QDir::toNativeSeparators(m_filePath)));

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
    const auto target = checkOutputTarget(targetPath, ManagedFiles{m_filePath, {}, {}});
    if (!target)
        return target.failure();
    auto part = PartFile::create(*target);
    if (!part)
        return part.failure();
    // VACUUM INTO reads one consistent snapshot, so it is safe while other connections write; it fills the empty,
    // private part file, which keeps its 0600 mode.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(part->path());
    if (!query.exec())
        return sqlFailure(query.lastError(),
                          QCoreApplication::translate("mosaic::Database", "Writing the backup %1").arg(QDir::toNativeSeparators(targetPath)));
    query.finish();
    // VACUUM INTO does not sync what it writes; commit() does before the copy takes the backup's name.
    return part->commit();
}

Result<qint64> Database::dataVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::Database", "Reading the journal's version"));
    return query.value(0).toLongLong();
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
