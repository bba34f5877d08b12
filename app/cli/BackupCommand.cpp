// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QDir>

namespace mosaic::cli {

void declareBackupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The backup file to write (replaced if it exists)."),
                                        QStringLiteral("FILE")));
}

int runBackup(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QStringLiteral("backup takes no arguments besides -o FILE."));
    const QString target = context.parser.value(QStringLiteral("output"));
    if (target.isEmpty())
        return context.usageError(QStringLiteral("backup needs -o FILE: where to write the copy."));

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    if (QDir(target).absolutePath() == QDir((*journal)->filePath()).absolutePath())
        return context.usageError(QStringLiteral("The backup cannot replace the journal itself; choose another file."));
    if (Status written = (*journal)->backupTo(target); !written)
        return context.fail(written.failure());
    context.out << QStringLiteral("Backed up the journal to %1").arg(QDir::toNativeSeparators(QDir(target).absolutePath())) << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
