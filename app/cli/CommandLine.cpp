// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "Commands.h"
#include "DataLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QPair>
#include <QTextStream>

#include <algorithm>
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
        {QStringLiteral("export"), Text::tr("Write the whole journal as JSON (the interchange format) or Markdown"), {}, {}, exportOptions, runExport},
        {QStringLiteral("import"), Text::tr("Check an interchange file, then merge it into the journal"), QStringLiteral("FILE"),
         Text::tr("The interchange file (JSON) to check and merge."), importOptions, runImport},
        {QStringLiteral("stats"), Text::tr("Counts, each habit's streaks and strength, belonging balance"), {}, {}, statsOptions, runStats},
        {QStringLiteral("search"), Text::tr("Full-text search over everything written"), QStringLiteral("QUERY"),
         Text::tr("The words to search for; several words are joined by spaces."), searchOptions, runSearch},
        {QStringLiteral("checkin"), Text::tr("Record one habit check-in, by habit name or id"), QStringLiteral("HABIT"),
         Text::tr("The habit's name (any case) or id."), checkInOptions, runCheckIn},
        {QStringLiteral("reminders"), Text::tr("Upcoming reminder times in the local time zone (TZ)"), {}, {}, remindersOptions, runReminders},
        {QStringLiteral("backup"), Text::tr("Write a consistent copy of the journal, even while Mosaic is open"), {}, {}, backupOptions, runBackup},
        {QStringLiteral("check"), Text::tr("Check the journal for damage: integrity, references, search index"), {}, {}, checkOptions, runCheck},
        {QStringLiteral("restore"), Text::tr("Put a backup back in place of the journal (--list shows the automatic ones)"), QStringLiteral("BACKUP"),
         Text::tr("A backup's name from --list, or the path of a backup file."), restoreOptions, runRestore},
    };
    return commands;
}

namespace {

const QString kDataDirOption = QStringLiteral("data-dir");
const QString kHelpOption = QStringLiteral("help");
const QString kVersionOption = QStringLiteral("version");
// What a line of --help may hold before it wraps, as most terminals are 80 columns wide.
constexpr qsizetype kHelpWidth = 79;

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

// "-o, --output FILE": an option's names and its value's name.
QString optionSyntax(const QCommandLineOption &option)
{
    QString syntax = optionNames(option).join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    return syntax;
}

using HelpRows = QList<QPair<QString, QString>>;

qsizetype widestTerm(const HelpRows &rows)
{
    qsizetype width = 0;
    for (const auto &[term, description] : rows)
        width = std::max(width, term.size());
    return width;
}

// Two columns: each term padded to termWidth (each section of --help its own, as Qt's own help does), then its
// description wrapped at kHelpWidth and indented under its first line.
QString helpColumns(const HelpRows &rows, qsizetype termWidth)
{
    const qsizetype indent = 2 + termWidth + 2;
    QString text;
    for (const auto &[term, description] : rows) {
        QString line = QStringLiteral("  ") + term.leftJustified(termWidth + 2);
        bool lineHasWord = false;
        for (const QString &word : description.split(u' ', Qt::SkipEmptyParts)) {
            if (lineHasWord && line.size() + 1 + word.size() > kHelpWidth) {
                text += line + u'\n';
                line = QString(indent, u' ');
                lineHasWord = false;
            }
            line += (lineHasWord ? QStringLiteral(" ") : QString()) + word;
            lineHasWord = true;
        }
        text += line + u'\n';
    }
    return text;
}

HelpRows optionRows(const QList<QCommandLineOption> &options)
{
    HelpRows rows;
    for (const QCommandLineOption &option : options) {
        // As QCommandLineParser's own help and the man page do.
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({optionSyntax(option), option.description()});
    }
    return rows;
}

} // namespace

QStringList optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    return names;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(kDataDirOption,
                           Text::tr("The data folder holding journal.sqlite (default: $MOSAIC_DATA_DIR, else the system's application data folder)."),
                           QStringLiteral("DIR")),
        QCommandLineOption({QStringLiteral("h"), kHelpOption}, Text::tr("Show this help; 'mosaic COMMAND --help' shows a command's options.")),
        QCommandLineOption({QStringLiteral("v"), kVersionOption}, Text::tr("Show the version.")),
    };
}

QList<QCommandLineOption> windowOptions()
{
    return {
        QCommandLineOption(QStringLiteral("self-test"),
                           Text::tr("Show every page offscreen in an example journal of its own, then exit (0 when none failed).")),
        QCommandLineOption(QStringLiteral("screenshots"), Text::tr("Save every page of the example journal, light and dark, as PNG files in DIR."),
                           QStringLiteral("DIR")),
    };
}

QList<ManPageEntry> environmentVariables()
{
    return {
        {QStringLiteral("MOSAIC_DATA_DIR"), QStringLiteral("The data folder, when --data-dir is not given.")},
        {QStringLiteral("TZ"), QStringLiteral("The time zone of reminder times and of today's date (default: the system's time zone).")},
        {QStringLiteral("LANGUAGE, LC_ALL, LC_MESSAGES, LANG"),
         QStringLiteral("The language of the command line's messages and help, as for every program (English, German or Spanish; English "
                        "when none of these is available).")},
    };
}

QList<ManPageEntry> dataFiles()
{
    return {
        {QStringLiteral("~/.local/share/mosaic/"),
         QStringLiteral("The data folder, unless --data-dir or MOSAIC_DATA_DIR names another ($XDG_DATA_HOME/mosaic when XDG_DATA_HOME is set; "
                        "~/Library/Application Support/mosaic on macOS, %APPDATA%\\mosaic on Windows). It is private (0700), and so is every "
                        "file in it (0600).")},
        {QStringLiteral("DATA/journal.sqlite"),
         QStringLiteral("The journal: one SQLite file, with its journal.sqlite-wal and journal.sqlite-shm while it is open. Keep it on a local "
                        "disk, not in a synced or network folder.")},
        {QStringLiteral("DATA/backups/"),
         QStringLiteral("The automatic backups: once a day when the journal changed; 7 daily, 4 weekly and 12 monthly are kept. "
                        "mosaic restore --list lists them.")},
        {QStringLiteral("DATA/journal.sqlite.schema-N-DATE.bak"), QStringLiteral("A copy of an older journal, taken before Mosaic updates its structure.")},
        {QStringLiteral("~/.config/mosaic/settings.ini"),
         QStringLiteral("The window's settings (language, theme, reminders); in $XDG_CONFIG_HOME/mosaic when XDG_CONFIG_HOME is set.")},
    };
}

QList<ManPageEntry> examples()
{
    return {
        {QStringLiteral("mosaic export -o journal.json"), QStringLiteral("Write the whole journal in the interchange format to journal.json.")},
        {QStringLiteral("mosaic import --dry-run journal.json"), QStringLiteral("Check journal.json and say what importing it would change.")},
        {QStringLiteral("mosaic search \"left out\" --limit 5"), QStringLiteral("The five best matches for the words left out.")},
        {QStringLiteral("mosaic checkin Running --value 5"), QStringLiteral("Record 5 for today on the habit named Running.")},
        {QStringLiteral("TZ=Europe/Berlin mosaic reminders --next 3"), QStringLiteral("The next three reminder times, in Berlin's time.")},
        {QStringLiteral("mosaic backup -o ~/journal-copy.sqlite"), QStringLiteral("A consistent copy of the journal, even while the window is open.")},
        {QStringLiteral("mosaic --data-dir /tmp/try stats --json"), QStringLiteral("The statistics of the journal in /tmp/try, as JSON.")},
    };
}

QString generalHelp()
{
    HelpRows commandRows;
    for (const Command &command : allCommands())
        commandRows.append({command.name, command.summary});
    const HelpRows globalRows = optionRows(globalOptions());
    const HelpRows windowRows = optionRows(windowOptions());
    HelpRows exitRows;
    for (const ExitCodeMeaning &exit : exitCodeMeanings())
        exitRows.append({QString::number(exit.code), exit.meaning});
    //: The first lines of `mosaic --help`; keep "mosaic [COMMAND] [OPTIONS]" as it is.
    QString text = Text::tr("Usage: mosaic [COMMAND] [OPTIONS]\n\n"
                            "Mosaic is a journal for taking social rejection less hard and growing from it.\n");
    //: A heading in `mosaic --help`.
    text += u'\n' + Text::tr("Commands:") + u'\n' + helpColumns(commandRows, widestTerm(commandRows));
    //: A heading in `mosaic --help`.
    text += u'\n' + Text::tr("Options:") + u'\n' + helpColumns(globalRows, widestTerm(globalRows));
    //: A heading in `mosaic --help`, above --self-test and --screenshots.
    text += u'\n' + Text::tr("Without a command, mosaic opens its window; instead, it can:") + u'\n' + helpColumns(windowRows, widestTerm(windowRows));
    //: A heading in `mosaic --help`.
    text += u'\n' + Text::tr("Exit codes:") + u'\n' + helpColumns(exitRows, widestTerm(exitRows));
    return text;
}

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
    parser.addOptions(globalOptions());

    if (!command) {
        if (!parser.parse(arguments)) {
            err << QStringLiteral("mosaic: ") << parser.errorText() << Qt::endl << Text::tr("Run 'mosaic --help' for usage.") << Qt::endl;
            return ExitBadInput;
        }
        if (parser.isSet(kVersionOption)) {
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
        parser.addPositionalArgument(command->positionalSyntax, command->positionalDescription, command->positionalSyntax);
    parser.addOptions(command->options());
    if (!parser.parse(arguments)) {
        err << QStringLiteral("mosaic %1: ").arg(command->name) << parser.errorText()
            << Qt::endl
            //: %1 is a command's name, e.g. export; keep it untranslated.
            << Text::tr("Run 'mosaic %1 --help' for usage.").arg(command->name) << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(kHelpOption)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(kVersionOption)) {
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
