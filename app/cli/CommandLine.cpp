// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Commands.h"
#include "DataLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace mosaic::cli {

namespace {
// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::CommandLine)
};
} // namespace

const QList<Command> &allCommands()
{
    static const QList<Command> commands{
        {QStringLiteral("export"), Text::tr("Write the whole journal as JSON (the interchange format) or Markdown"), {}, declareExportOptions, runExport},
        {QStringLiteral("import"), Text::tr("Check an interchange file, then merge it into the journal"), QStringLiteral("FILE"), declareImportOptions,
         runImport},
        {QStringLiteral("stats"), Text::tr("Counts, each habit's streaks and strength, belonging balance"), {}, declareStatsOptions, runStats},
        {QStringLiteral("search"), Text::tr("Full-text search over everything written"), QStringLiteral("QUERY"), declareSearchOptions, runSearch},
        {QStringLiteral("checkin"), Text::tr("Record one habit check-in, by habit name or id"), QStringLiteral("HABIT"), declareCheckInOptions, runCheckIn},
        {QStringLiteral("reminders"), Text::tr("Upcoming reminder times in the local time zone (TZ)"), {}, declareRemindersOptions, runReminders},
        {QStringLiteral("backup"), Text::tr("Write a consistent copy of the journal, even while Mosaic is open"), {}, declareBackupOptions, runBackup},
        {QStringLiteral("check"), Text::tr("Check the journal for damage: integrity, references, search index"), {}, declareCheckOptions, runCheck},
        {QStringLiteral("restore"), Text::tr("Put a backup back in place of the journal (--list shows the automatic ones)"), QStringLiteral("BACKUP"),
         declareRestoreOptions, runRestore},
    };
    return commands;
}

namespace {

const QString kDataDirOption = QStringLiteral("data-dir");

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(kDataDirOption,
                              Text::tr("The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR, else the system's application data folder)."),
                              QStringLiteral("DIR"));
}

// The first argument that is neither an option nor the value of --data-dir names the command.
QString findCommandName(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--data-dir") || argument == QStringLiteral("-data-dir")) {
            ++i;
            continue;
        }
        if (argument == QStringLiteral("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(u'-'))
            continue;
        return argument;
    }
    return {};
}

QString generalHelp()
{
    //: The start of `mosaic --help`; keep the commands and options (--self-test, --screenshots DIR) as they are.
    QString text = Text::tr("Usage: mosaic [COMMAND] [OPTIONS]\n\n"
                            "Mosaic is a journal for taking social rejection less hard and growing from it.\n"
                            "Without a command, mosaic opens its window (--self-test shows every page offscreen and exits;\n"
                            "--screenshots DIR saves every page, light and dark, as PNG files).\n\n"
                            "Commands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(9), command.summary);
    //: The end of `mosaic --help`; keep the option names and the alignment of the descriptions.
    text += Text::tr("\nOptions:\n"
                     "  --data-dir DIR  The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR,\n"
                     "                  else the system's application data folder)\n"
                     "  -h, --help      Show this help; 'mosaic COMMAND --help' shows a command's options\n"
                     "  -v, --version   Show the version\n\n"
                     "Exit codes: 0 success, 1 the operation failed, 2 bad input or usage (nothing was written).\n");
    return text;
}

} // namespace

int runCommandLine(const QStringList &arguments, const QDateTime &now)
{
    StandardOutput standardOutput;
    QFile standardError;
    if (!standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitFailure;
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);

    const QString commandName = findCommandName(arguments);
    const Command *command = nullptr;
    for (const Command &candidate : allCommands()) {
        if (candidate.name == commandName)
            command = &candidate;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(dataDirOption());

    if (!command) {
        if (!parser.parse(arguments)) {
            err << QStringLiteral("mosaic: ") << parser.errorText() << Qt::endl << Text::tr("Run 'mosaic --help' for usage.") << Qt::endl;
            return ExitBadInput;
        }
        if (parser.isSet(versionOption)) {
            out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        if (!commandName.isEmpty()) {
            //: %1 is the word the user typed as a command.
            err << Text::tr("mosaic: unknown command '%1'.").arg(commandName) << Qt::endl << Text::tr("Run 'mosaic --help' for usage.") << Qt::endl;
            return ExitBadInput;
        }
        out << generalHelp();
        return ExitSuccess;
    }

    parser.setApplicationDescription(command->summary);
    //: In a command's --help: describes the command's own name among the arguments.
    parser.addPositionalArgument(command->name, Text::tr("The command."), command->name);
    if (!command->positionalSyntax.isEmpty())
        parser.addPositionalArgument(command->positionalSyntax, QString(), command->positionalSyntax);
    command->declareOptions(parser);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("mosaic %1: ").arg(command->name) << parser.errorText()
            << Qt::endl
            //: %1 is a command's name, e.g. export; keep it untranslated.
            << Text::tr("Run 'mosaic %1 --help' for usage.").arg(command->name) << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }

    const CommandContext context(parser, standardOutput, out, err, resolveDataDirectory(parser.value(kDataDirOption)), now);
    int code = command->run(context);
    out.flush();
    // Standard output may be a file on a full disk: a failed write, sync or close fails the command, whatever it did.
    if (Status written = standardOutput.finish(); !written && code == ExitSuccess)
        code = context.fail(written.failure());
    err.flush();
    return code;
}

} // namespace mosaic::cli
