// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/TransferFiles.h"

#include "exchange/JournalJsonWriter.h"
#include "exchange/JournalLoader.h"
#include "exchange/MarkdownExporter.h"
#include "storage/Database.h"
#include "storage/FileWriting.h"
#include "storage/OutputTarget.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

Result<QString> checkedTarget(const Database &journal, const QString &path, const QStringList &otherManagedFiles)
{
    ManagedFiles managed = ManagedFiles::inDataFolderOf(journal.filePath());
    managed.otherFiles.append(otherManagedFiles);
    return checkOutputTarget(path, managed);
}

} // namespace

Result<QString> exportJournalTo(
    const Database &journal, const QString &path, ExportFormat format, const QStringList &otherManagedFiles, const QDateTime &exportedAt, const QString &app)
{
    const Result<QString> target = checkedTarget(journal, path, otherManagedFiles);
    if (!target)
        return target.failure();
    const Result<Journal> loaded = loadJournal(journal, exportedAt, app);
    if (!loaded)
        return loaded.failure();
    const QByteArray bytes = format == ExportFormat::Markdown ? writeJournalMarkdown(*loaded).toUtf8() : writeJournalJson(*loaded);
    if (Status written = writeFileAtomically(*target, bytes); !written)
        return written.failure();
    return *target;
}

Result<QString> backupJournalTo(const Database &journal, const QString &path, const QStringList &otherManagedFiles)
{
    const Result<QString> target = checkedTarget(journal, path, otherManagedFiles);
    if (!target)
        return target.failure();
    if (Status written = journal.backupTo(*target); !written)
        return written.failure();
    return *target;
}

Result<bool> journalNeverUsed(const Database &journal)
{
    QSqlQuery query(journal.connection());
    // Any record at all, deleted or not: a journal that was used is not offered the example again. EXISTS stops at the
    // first row; counting would read every row of a large journal to learn the same.
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents) OR EXISTS (SELECT 1 FROM strengths) OR EXISTS (SELECT 1 FROM wins)"
                                   " OR EXISTS (SELECT 1 FROM habits) OR EXISTS (SELECT 1 FROM circles) OR EXISTS (SELECT 1 FROM people)")) ||
        !query.next())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::TransferFiles", "Looking for records in the journal"));
    return !query.value(0).toBool();
}

} // namespace mosaic
