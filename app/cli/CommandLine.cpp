// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Commands.h"
#include "DataLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace mosaic::cli {

const QList<Command> &allCommands()
{
    static const QList<Command> commands{
        {QStringLiteral("export"), QStringLiteral("Write the whole journal as JSON (the interchange format) or Markdown"), {}, declareExportOptions, runExport},
        {QStringLiteral("import"), QStringLiteral("Check an interchange file, then merge it into the journal"), QStringLiteral("FILE"), declareImportOptions,
         runImport},
        {QStringLiteral("stats"), QStringLiteral("Counts, each habit's streaks and strength, belonging balance"), {}, declareStatsOptions, runStats},
        {QStringLiteral("search"), QStringLiteral("Full-text search over everything written"), QStringLiteral("QUERY"), declareSearchOptions, runSearch},
        {QStringLiteral("checkin"), QStringLiteral("Record one habit check-in, by habit name or id"), QStringLiteral("HABIT"), declareCheckInOptions,
         runCheckIn},
        {QStringLiteral("reminders"), QStringLiteral("Upcoming reminder times in the local time zone (TZ)"), {}, declareRemindersOptions, runReminders},
        {QStringLiteral("backup"), QStringLiteral("Write a consistent copy of the journal, even while Mosaic is open"), {}, declareBackupOptions, runBackup},
    };
    return commands;
}

namespace {

const QString kDataDirOption = QStringLiteral("data-dir");

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(kDataDirOption,
                              QStringLiteral("The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR, else the system's application data folder)."),
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
    QString text = QStringLiteral("Usage: mosaic [COMMAND] [OPTIONS]\n\n"
                                  "Mosaic is a journal for taking social rejection less hard and growing from it.\n"
                                  "Without a command, mosaic opens its window (--self-test shows every page offscreen and exits;\n"
                                  "--screenshots DIR saves every page, light and dark, as PNG files).\n\n"
                                  "Commands:\n");
    for (const Command &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(9), command.summary);
    text += QStringLiteral("\nOptions:\n"
                           "  --data-dir DIR  The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR,\n"
                           "                  else the system's application data folder)\n"
                           "  -h, --help      Show this help; 'mosaic COMMAND --help' shows a command's options\n"
                           "  -v, --version   Show the version\n\n"
                           "Exit codes: 0 success, 1 the operation failed, 2 bad input (nothing was written).\n");
    return text;
}

} // namespace

int runCommandLine(const QStringList &arguments, const QDateTime &now)
{
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return ExitFailure;
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
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(dataDirOption());

    if (!command) {
        if (!parser.parse(arguments)) {
            err << QStringLiteral("mosaic: ") << parser.errorText() << Qt::endl << QStringLiteral("Run 'mosaic --help' for usage.") << Qt::endl;
            return ExitBadInput;
        }
        if (parser.isSet(versionOption)) {
            out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        if (!commandName.isEmpty()) {
            err << QStringLiteral("mosaic: unknown command '%1'.").arg(commandName) << Qt::endl << QStringLiteral("Run 'mosaic --help' for usage.") << Qt::endl;
            return ExitBadInput;
        }
        out << generalHelp();
        return ExitSuccess;
    }

    parser.setApplicationDescription(command->summary);
    parser.addPositionalArgument(command->name, QStringLiteral("The command."), command->name);
    if (!command->positionalSyntax.isEmpty())
        parser.addPositionalArgument(command->positionalSyntax, QString(), command->positionalSyntax);
    command->declareOptions(parser);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("mosaic %1: ").arg(command->name) << parser.errorText() << Qt::endl
            << QStringLiteral("Run 'mosaic %1 --help' for usage.").arg(command->name) << Qt::endl;
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
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace mosaic::cli
