// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mosaic {

class Database;

/// The journal out to a file a person chose in the window: an export or a backup, each under the command line's rule
/// for outputs (checkOutputTarget(): no such file may be, or lead to, one Mosaic keeps: the journal's data folder and
/// `otherManagedFiles`, such as the window's settings file). Nothing is written when the target is refused.

enum class ExportFormat
{
    Json, ///< The interchange format (mosaic-journal-v1).
    Markdown, ///< The document to read.
};

/// Writes the whole journal as `format` to `path`, next to it first and renamed at the end, so that an interrupted
/// export never leaves half a file. `exportedAt` and `app` go in the file. Returns the path written.
Result<QString> exportJournalTo(
    const Database &journal, const QString &path, ExportFormat format, const QStringList &otherManagedFiles, const QDateTime &exportedAt, const QString &app);

/// A backup of the journal (Database::backupTo) at `path`. Returns the path written.
Result<QString> backupJournalTo(const Database &journal, const QString &path, const QStringList &otherManagedFiles);

/// Whether the journal has never held a record a person writes, deleted or not: only then does the welcome offer the
/// example journal. Stops at the first record, however large the journal.
Result<bool> journalNeverUsed(const Database &journal);

} // namespace mosaic
