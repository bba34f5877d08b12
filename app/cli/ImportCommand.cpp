// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"

#include <QFileInfo>

namespace mosaic::cli {

void declareImportOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), QStringLiteral("Check the file and report what would change, without writing anything.")));
}

int runImport(const CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.usageError(QStringLiteral("import needs exactly one FILE, e.g. mosaic import journal.json."));
    const QString file = arguments.first();
    const bool dryRun = context.parser.isSet(QStringLiteral("dry-run"));

    // Validate the whole file before the journal is even opened: a bad file never touches it.
    const auto journalFile = readJournalFile(file);
    if (!journalFile)
        return context.fail(journalFile.failure());

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    const auto summary = importJournal(**journal, *journalFile, dryRun ? ImportMode::DryRun : ImportMode::Apply);
    if (!summary)
        return context.fail(summary.failure());

    const CollectionCounts total = summary->total();
    const QString name = QFileInfo(file).fileName();
    if (dryRun)
        context.out << QStringLiteral("Dry run: %1 is valid; nothing was written. Importing it would add %2, update %3 and leave %4 unchanged.")
                           .arg(name)
                           .arg(total.added)
                           .arg(total.updated)
                           .arg(total.unchanged)
                    << Qt::endl;
    else
        context.out << QStringLiteral("Imported %1: %2 added, %3 updated, %4 unchanged.").arg(name).arg(total.added).arg(total.updated).arg(total.unchanged)
                    << Qt::endl;
    for (const CollectionCounts &counts : summary->collections) {
        if (counts.added + counts.updated + counts.unchanged == 0)
            continue;
        context.out << QStringLiteral("  %1 %2 added, %3 updated, %4 unchanged")
                           .arg(counts.collection.leftJustified(12))
                           .arg(counts.added, 6)
                           .arg(counts.updated, 6)
                           .arg(counts.unchanged, 6)
                    << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace mosaic::cli
