// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

namespace mosaic {

/// The schema version this build writes; older journals are migrated to it, newer ones refused.
inline constexpr int kCurrentSchemaVersion = 4;

/// PRAGMA application_id of every Mosaic journal ("MOSA"), so that other SQLite files are recognised and left alone.
inline constexpr qint32 kMosaicApplicationId = 0x4D4F5341;

/// One open journal file: a connection with the pragmas of DESIGN.md, at the current schema version.
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

    /// Opens `filePath`, creating a new journal when the file does not exist (its folder must).
    /// Refuses, leaving the file untouched, a file that is not a Mosaic journal or was written by a newer Mosaic.
    /// Migrates an older journal in one transaction after copying it aside.
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

    /// A consistent copy of the journal, safe while other processes write to it: written to a temporary file
    /// next to `targetPath`, then renamed over it, so a failed backup never leaves half a file.
    Status backupTo(const QString &targetPath) const;

    /// Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityOk() const;

private:
    explicit Database(QString connectionName, QString filePath);
    Status configure();
    Status migrate(int targetVersion, const QString &backupDirectory);

    QString m_connectionName;
    QString m_filePath;
    int m_schemaVersion = 0;
    QString m_migrationBackupPath;
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
