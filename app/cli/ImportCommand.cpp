// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomaticBackup.h"
#include "Commands.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"

#include <QFileInfo>

#include <QCoreApplication>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::ImportCommand)
};
} // namespace

QList<QCommandLineOption> importOptions()
{
    return {
        QCommandLineOption(QStringLiteral("dry-run"), Text::tr("Check the file and report what would change, without writing anything.")),
    };
}

int runImport(const CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.usageError(Text::tr("import needs exactly one FILE, e.g. mosaic import journal.json."));
    const QString file = arguments.first();
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));

    // A malformed file is refused before the journal is even opened; the records are then read and merged one by
    // one, all or nothing, so the file is never held as a whole journal of values.
    auto journalFile = scanJournalFile(file);
    if (!journalFile)
        return context.fail(journalFile.failure());

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    // Through the automatic backup too, which reads every page of the journal the import has just grown.
    const ImportCacheLimit cacheLimit(**journal);
    // Moved in: the import frees the file's bytes once it has read the records.
    const auto summary = importJournalFile(**journal, std::move(*journalFile), dryRun ? ImportMode::DryRun : ImportMode::Apply);
    if (!summary)
        return context.fail(summary.failure());
    if (!dryRun)
        takeAutomaticBackup(context, **journal);

    const CollectionCounts total = summary->total();
    const QString name = QFileInfo(file).fileName();
    if (dryRun)
        //: %1 is the file's name; %2, %3 and %4 are numbers of records.
        context.out << Text::tr("Dry run: %1 is valid; nothing was written. Importing it would add %L2, update %L3 and leave %L4 unchanged.")
                           .arg(name)
                           .arg(total.added)
                           .arg(total.updated)
                           .arg(total.unchanged)
                    << Qt::endl;
    else
        //: %1 is the file's name; %2, %3 and %4 are numbers of records.
        context.out << Text::tr("Imported %1: %L2 added, %L3 updated, %L4 unchanged.").arg(name).arg(total.added).arg(total.updated).arg(total.unchanged)
                    << Qt::endl;
    for (const CollectionCounts &counts : summary->collections) {
        if (counts.added + counts.updated + counts.unchanged == 0)
            continue;
        //: One line per kind of record after an import: %1 is the kind as the file names it (e.g. "checkIns"), padded;
        //: %2, %3 and %4 are numbers of records, padded to line up.
        context.out << Text::tr("  %1 %L2 added, %L3 updated, %L4 unchanged")
                           .arg(counts.collection.leftJustified(12))
                           .arg(counts.added, 6)
                           .arg(counts.updated, 6)
                           .arg(counts.unchanged, 6)
                    << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace mosaic::cli
