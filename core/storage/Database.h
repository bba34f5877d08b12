// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;

namespace mosaic {

/// The schema version this build writes; older journals are migrated to it, newer ones refused.
inline constexpr int kCurrentSchemaVersion = 5;

/// PRAGMA application_id of every Mosaic journal ("MOSA"), so that other SQLite files are recognised and left alone.
inline constexpr qint32 kMosaicApplicationId = 0x4D4F5341;

/// One open journal file: a connection with the pragmas of docs/data-rules.md, at the current schema version.
/// One per thread (a Qt SQL connection cannot move between threads); closed when destroyed.
class Database
{
public:
    struct Options
    {
        /// Tests create journals of an older schema with this; the app always uses the current one.
        int schemaVersion = kCurrentSchemaVersion;
        /// Where the copy taken before a migration goes; empty = next to the journal.
        QString backupDirectory;
    };

    /// Opens `filePath`, creating a new private (0600) journal when the file does not exist (its folder must).
    /// Refuses, leaving the file untouched, a file that is not a Mosaic journal or was written by a newer Mosaic.
    /// Migrates an older journal in one transaction after copying it aside. A journal that cannot be written (a
    /// read-only file, folder or disk) opens read-only, leaving nothing behind; a journal others could read is made
    /// private. Both are said in notices(), as is a data folder on a network, FUSE or synced folder.
    static Result<std::unique_ptr<Database>> open(const QString &filePath, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &filePath) { return open(filePath, Options{}); }

    /// A private in-memory journal for tests.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Where the pre-migration copy went when opening migrated the file; empty otherwise.
    QString migrationBackupPath() const { return m_migrationBackupPath; }
    /// True when the journal could only be opened for reading: reads work, every change fails.
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    /// What opening found that the person should know, one sentence each (read-only, permissions tightened…).
    QStringList notices() const { return m_notices; }

    /// The one function that writes a backup: a consistent copy of the journal, safe while other processes write to
    /// it, and private (0600). Written to `targetPath.part` (a stale one is removed first), synced, then renamed over
    /// `targetPath` and the folder synced, so a failed backup never leaves half a file or a `.part` behind.
    /// Refuses a target that is or links to the journal or its companions; commands check checkOutputTarget() first.
    Status backupTo(const QString &targetPath) const;

    /// Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityOk() const;

    /// SQLite's data_version of this connection: it changes whenever another connection — another program such as
    /// the command line, or another thread — commits to the file, and never for this connection's own commits. A
    /// cheap question for a long-lived connection that shows the journal: is what it shows still current?
    Result<qint64> dataVersion() const;

private:
    /// How the file was opened: read-write, SQLite's mode=ro (a -wal to read), or immutable=1 (nothing may be created).
    enum class Access
    {
        ReadWrite,
        ReadOnly,
        Immutable,
    };

    explicit Database(QString connectionName, QString filePath);
    Status configure();
    Status migrate(int targetVersion, const QString &backupDirectory);

    QString m_connectionName;
    QString m_filePath;
    int m_schemaVersion = 0;
    QString m_migrationBackupPath;
    Access m_access = Access::ReadWrite;
    QStringList m_notices;
    QStringList m_removeWhenClosed; ///< Companion files a read-only open created, removed again so nothing stays behind.
    QString m_connectedFile; ///< The file in the process's list of connected files (open()), left when closed.
};

/// `BEGIN IMMEDIATE` … `COMMIT`, rolled back when destroyed uncommitted. Every user action is one of these:
/// IMMEDIATE takes the write lock up front, so a busy journal waits for the busy timeout instead of failing
/// when a read would later upgrade to a write.
class WriteTransaction
{
public:
    static Result<WriteTransaction> begin(const Database &database);
    static Result<WriteTransaction> begin(const QSqlDatabase &connection);

    WriteTransaction(WriteTransaction &&other) noexcept;
    WriteTransaction &operator=(WriteTransaction &&) = delete;
    WriteTransaction(const WriteTransaction &) = delete;
    ~WriteTransaction();

    Status commit();
    void rollback();

private:
    explicit WriteTransaction(QSqlDatabase connection);
    QSqlDatabase m_connection;
    bool m_active = false;
};

/// A message for a failed SQL operation that says what happened and what to do (busy, disk full, damaged file…).
Failure sqlFailure(const QSqlError &error, const QString &whatFailed);

} // namespace mosaic
