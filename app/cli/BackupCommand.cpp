// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "storage/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::BackupCommand)
};
} // namespace

QList<QCommandLineOption> backupOptions()
{
    return {
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The backup file to write (replaced if it exists)."),
                           QStringLiteral("FILE")),
    };
}

int runBackup(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(Text::tr("backup takes no arguments besides -o FILE."));
    const QString target = context.parser.value(QStringLiteral("output"));
    if (target.isEmpty())
        return context.usageError(Text::tr("backup needs -o FILE: where to write the copy."));

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    const auto checked = checkOutputTarget(target, ManagedFiles::inDataFolderOf((*journal)->filePath()));
    if (!checked)
        return context.fail(checked.failure());
    if (Status written = (*journal)->backupTo(*checked); !written)
        return context.fail(written.failure());
    context.out << Text::tr("Backed up the journal to %1").arg(QDir::toNativeSeparators(*checked)) << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
