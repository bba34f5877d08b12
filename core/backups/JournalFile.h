// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups/JournalCheck.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace mosaic {

/// A plain connection to a journal file, for looking at it without changing it: no pragma that writes, no
/// migration (Database::open does both). Closed and removed when destroyed.
class JournalFileConnection
{
public:
    /// Opens `filePath` read-write (the full-text check needs it), refusing a file that is not a Mosaic journal or
    /// is of a newer schema with Failure::badInput.
    static Result<std::unique_ptr<JournalFileConnection>> open(const QString &filePath);

    ~JournalFileConnection();
    JournalFileConnection(const JournalFileConnection &) = delete;
    JournalFileConnection &operator=(const JournalFileConnection &) = delete;

    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

private:
    explicit JournalFileConnection(QString connectionName);
    QString m_connectionName;
    int m_schemaVersion = 0;
};

/// Live records of one kind, for telling a person what a backup holds.
struct JournalCount
{
    QString table; ///< incidents, reframes, strengths, wins, habits, check_ins, circles, people
    qint64 count = 0;
};

/// What a journal file holds and whether it passes `mosaic check`.
struct JournalFileSummary
{
    int schemaVersion = 0;
    QList<JournalCount> counts;
    JournalCheckReport checks;
    /// The newest change recorded in it (UTC); invalid for an empty journal.
    QDateTime lastChange;
};

Result<QList<JournalCount>> countRecords(const QSqlDatabase &connection);
/// Opens and checks the file; Failure::badInput for a file that is not a Mosaic journal.
Result<JournalFileSummary> summarizeJournalFile(const QString &filePath);

/// Changes whenever a record is added, changed, deleted or purged: counts and the newest stamp of every table.
Result<QString> journalFingerprint(const QSqlDatabase &connection);

} // namespace mosaic
