// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mosaic {

class Database;

/// One of the checks of `mosaic check`, in the order they run.
enum class JournalCheckKind
{
    Integrity, ///< PRAGMA integrity_check: the file's pages, records and indexes.
    ForeignKeys, ///< PRAGMA foreign_key_check: every declared reference names an existing row.
    SearchIndex, ///< The full-text index's own integrity-check (FTS5).
    Orphans, ///< References kept in JSON lists, and full-text rows whose record is gone.
};

/// What one check found: nothing when it passed.
struct JournalCheckResult
{
    JournalCheckKind kind = JournalCheckKind::Integrity;
    QStringList problems; ///< In English, as SQLite and the schema name things; at most a few dozen lines.
    bool passed() const { return problems.isEmpty(); }
};

struct JournalCheckReport
{
    QList<JournalCheckResult> results;
    bool healthy() const;
};

/// The name of a check for --json and the report ("integrity", "foreign-keys", "search-index", "orphans").
QString journalCheckName(JournalCheckKind kind);

/// Runs every check on a Mosaic journal open on `connection` (read-write: the full-text check is an INSERT that
/// writes nothing). A damaged file yields a failed check, not a Failure; a Failure means a check could not run at all.
Result<JournalCheckReport> checkJournal(const QSqlDatabase &connection);
/// The same on the journal's own connection.
Result<JournalCheckReport> checkJournal(const Database &journal);

} // namespace mosaic
