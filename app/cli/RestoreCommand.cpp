// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "DataLocation.h"
#include "Wording.h"

#include "backups/JournalBackups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mosaic::cli {

namespace {

// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::RestoreCommand)
};

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

QString whenTaken(const BackupEntry &entry)
{
    if (entry.kind == BackupKind::Daily)
        return humanDate(entry.takenAt.date());
    //: A backup's date and time: %1 is the date, %2 the time.
    return Text::tr("%1 at %2").arg(humanDate(entry.takenAt.date()), QLocale().toString(entry.takenAt.time(), QLocale::ShortFormat));
}

QString kindLabel(BackupKind kind)
{
    //: Kinds of backup in `mosaic restore --list`: the day's automatic one, or the journal kept before a restore.
    return kind == BackupKind::Daily ? Text::tr("daily") : Text::tr("before a restore");
}

int listBackupsOf(const CommandContext &context, const QString &folder)
{
    const QList<BackupEntry> entries = listBackups(folder);
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackupEntry &entry : entries)
            list.append(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(QDir(folder).filePath(entry.fileName))},
                                    {QStringLiteral("kind"), entry.kind == BackupKind::Daily ? QStringLiteral("daily") : QStringLiteral("before-restore")},
                                    {QStringLiteral("takenAt"), entry.takenAt.toString(Qt::ISODate)},
                                    {QStringLiteral("size"), entry.size}});
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (entries.isEmpty()) {
        //: %1 is the backups folder.
        context.out << Text::tr("No automatic backups in %1 yet. Mosaic makes one a day when the journal changed.").arg(QDir::toNativeSeparators(folder))
                    << Qt::endl;
        return ExitSuccess;
    }
    //: Heading of `mosaic restore --list`; %1 is the backups folder.
    context.out << Text::tr("Backups in %1, newest first:").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
    for (const BackupEntry &entry : entries)
        context.out << QStringLiteral("  %1  %2  %3  %4")
                           .arg(entry.fileName.leftJustified(50), whenTaken(entry).leftJustified(30), QLocale().formattedDataSize(entry.size).rightJustified(9),
                                kindLabel(entry.kind))
                    << Qt::endl;
    context.out << Text::tr("Restore one with: mosaic restore FILE") << Qt::endl;
    return ExitSuccess;
}

// What a person is shown before saying yes: the backup, its date and what it holds.
void describe(const CommandContext &context, const QString &backupPath, const JournalFileSummary &summary)
{
    const QFileInfo info(backupPath);
    const auto entry = parseBackupName(info.fileName());
    const QString date = entry ? whenTaken(*entry) : humanDate(info.lastModified().date());
    context.out << Text::tr("Backup: %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())) << Qt::endl;
    //: %1 is when the backup was taken.
    context.out << Text::tr("Taken: %1").arg(date) << Qt::endl;
    const auto count = [&summary](const char *table) {
        for (const JournalCount &record : summary.counts) {
            if (record.table == QLatin1String(table))
                return int(record.count);
        }
        return 0;
    };
    //: What a backup holds; each is a count of records.
    context.out << Text::tr("Holds: %1")
                       .arg(QStringList{Text::tr("%n reflection(s)", nullptr, count("incidents")), Text::tr("%n win(s)", nullptr, count("wins")),
                                        Text::tr("%n strength(s)", nullptr, count("strengths")), Text::tr("%n habit(s)", nullptr, count("habits")),
                                        Text::tr("%n check-in(s)", nullptr, count("check_ins")), Text::tr("%n person(s)", nullptr, count("people"))}
                                .join(QStringLiteral(" · ")))
                << Qt::endl;
}

bool confirmed(const CommandContext &context)
{
    context.out << Text::tr("Replace the journal with this backup? The current journal is kept as a backup first. [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    //: The answers that mean yes to "Replace the journal with this backup? [y/N]", lower case.
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes") || answer == Text::tr("y") || answer == Text::tr("yes");
}

} // namespace

QList<QCommandLineOption> restoreOptions()
{
    return {
        QCommandLineOption(QStringLiteral("list"), Text::tr("List the automatic backups, newest first.")),
        QCommandLineOption(QStringLiteral("json"), Text::tr("With --list: print the list as JSON.")),
        QCommandLineOption(QStringLiteral("yes"), Text::tr("Restore without asking (needed when not run from a terminal).")),
    };
}

int runRestore(const CommandContext &context)
{
    const QStringList arguments = context.arguments();
    const Result<QString> journalPath = prepareJournalPath(context.dataDirectory);
    if (!journalPath)
        return context.fail(journalPath.failure());
    const QString folder = backupFolderFor(*journalPath);
    if (context.parser.isSet(QStringLiteral("list"))) {
        if (!arguments.isEmpty())
            return context.usageError(Text::tr("restore --list takes no FILE."));
        return listBackupsOf(context, folder);
    }
    if (arguments.size() != 1)
        return context.usageError(
            Text::tr("restore needs one BACKUP file, e.g. mosaic restore journal-2026-11-20.sqlite; 'mosaic restore --list' shows them."));

    // A bare name from the list means the file in the backups folder.
    QString backupPath = arguments.first();
    if (!QFileInfo::exists(backupPath) && QFileInfo::exists(QDir(folder).filePath(backupPath)))
        backupPath = QDir(folder).filePath(backupPath);

    auto restore = JournalRestore::prepare(*journalPath, backupPath);
    if (!restore)
        return context.fail(restore.failure());
    describe(context, backupPath, restore->summary());

    if (!context.parser.isSet(QStringLiteral("yes"))) {
        if (!inputIsTerminal()) {
            context.err << QStringLiteral("mosaic: ")
                        << Text::tr("restore asks before replacing the journal, and there is no terminal to ask on. "
                                    "Run it in a terminal, or add --yes to restore without asking. Nothing was changed.")
                        << Qt::endl;
            return ExitBadInput;
        }
        if (!confirmed(context)) {
            context.out << Text::tr("Nothing was changed.") << Qt::endl;
            return ExitFailure;
        }
    }

    const auto kept = restore->commit(context.now.toLocalTime());
    if (!kept)
        return context.fail(kept.failure());
    context.out << Text::tr("Restored the journal from %1.").arg(QDir::toNativeSeparators(QFileInfo(backupPath).absoluteFilePath())) << Qt::endl;
    if (!kept->isEmpty())
        //: %1 is the path of the copy of the journal as it was before the restore.
        context.out << Text::tr("The journal as it was before is kept in %1.").arg(QDir::toNativeSeparators(*kept)) << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
