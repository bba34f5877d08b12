// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManPage.h"

#include "CommandLine.h"
#include "Commands.h"
#include "ExitCodes.h"

#include <QCommandLineOption>
#include <QStringList>

namespace mosaic::cli {

namespace {

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + roffText(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + roffText(text) + QStringLiteral("\\fR");
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR"
QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : optionNames(option))
        names.append(bold(name));
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += u' ' + italic(option.valueName());
    return syntax;
}

// "\fB\-\-format\fR \fIFORMAT\fR" for a synopsis: its last name (the long one) stands for it.
QString longOptionSyntax(const QCommandLineOption &option)
{
    QString syntax = bold(optionNames(option).constLast());
    if (!option.valueName().isEmpty())
        syntax += u' ' + italic(option.valueName());
    return syntax;
}

// "[\fB\-\-format\fR \fIFORMAT\fR]" for a command's synopsis.
QString optionInSynopsis(const QCommandLineOption &option)
{
    return u'[' + longOptionSyntax(option) + u']';
}

// groff's escape for a character beyond ASCII, e.g. \[u2026] for "…": the page stays ASCII, whatever the locale.
QString unicodeEscape(char32_t codePoint)
{
    return QStringLiteral("\\[u%1]").arg(QString::number(static_cast<uint>(codePoint), 16).toUpper().rightJustified(4, u'0'));
}

QString taggedParagraph(const QString &tag, const QString &text)
{
    return QStringLiteral(".TP\n") + tag + u'\n' + roffText(text) + u'\n';
}

QString optionParagraphs(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            text += taggedParagraph(optionSyntax(option), option.description());
    }
    return text;
}

QString commandSection(const Command &command)
{
    QString synopsis = bold(QStringLiteral("mosaic ") + command.name);
    if (!command.positionalSyntax.isEmpty())
        synopsis += u' ' + italic(command.positionalSyntax);
    for (const QCommandLineOption &option : command.options()) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            synopsis += u' ' + optionInSynopsis(option);
    }
    QString text = QStringLiteral(".SS ") + command.name + u'\n';
    text += QStringLiteral(".PP\n") + synopsis + u'\n';
    text += QStringLiteral(".PP\n") + roffText(command.summary + u'.') + u'\n';
    if (!command.positionalSyntax.isEmpty())
        text += taggedParagraph(italic(command.positionalSyntax), command.positionalDescription);
    text += optionParagraphs(command.options());
    return text;
}

} // namespace

QString roffText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    bool atLineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A line that starts with a dot or a quote would be a request.
        if (atLineStart && (c == u'.' || c == u'\''))
            escaped += QStringLiteral("\\&");
        atLineStart = c == u'\n';
        if (c == u'\\') {
            escaped += QStringLiteral("\\e");
        } else if (c == u'-') {
            // Every dash as \-, as help2man does: a plain - may be set as a typographic hyphen (U+2010), and then an
            // option, a file name or an example copied from the page would not work in a terminal.
            escaped += QStringLiteral("\\-");
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped += unicodeEscape(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else if (c.unicode() > 127) {
            escaped += unicodeEscape(c.unicode());
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString manPage(const QString &version)
{
    QString page;
    page += QStringLiteral(".\\\" Made by mosaic-manpage from the command-line table in app/cli (CommandLine.cpp); do not edit.\n");
    page += QStringLiteral(".TH MOSAIC 1 \"\" \"mosaic %1\" \"User Commands\"\n").arg(roffText(version));

    page += QStringLiteral(".SH NAME\nmosaic \\- journal for taking social rejection less hard and growing from it\n");

    page += QStringLiteral(".SH SYNOPSIS\n");
    page += QStringLiteral(".PP\n") + bold(QStringLiteral("mosaic")) + u' ' + optionInSynopsis(globalOptions().constFirst()) + u'\n';
    // The window's demo modes run in an example journal of their own and refuse --data-dir: a synopsis of their own.
    QStringList demoModes;
    for (const QCommandLineOption &option : windowOptions())
        demoModes.append(longOptionSyntax(option));
    page += QStringLiteral(".PP\n") + bold(QStringLiteral("mosaic")) + QStringLiteral(" { ") + demoModes.join(QStringLiteral(" | ")) + QStringLiteral(" }\n");
    page += QStringLiteral(".PP\n") + bold(QStringLiteral("mosaic")) + u' ' + optionInSynopsis(globalOptions().constFirst()) + u' ' +
        italic(QStringLiteral("COMMAND")) + u' ' + u'[' + italic(QStringLiteral("ARGUMENT")) + u']' + u' ' + u'[' + italic(QStringLiteral("OPTIONS")) + u']' +
        u'\n';
    page += QStringLiteral(".PP\n") + bold(QStringLiteral("mosaic")) + QStringLiteral(" [") + italic(QStringLiteral("COMMAND")) + QStringLiteral("] ") +
        bold(QStringLiteral("--help")) + u'\n';

    page += QStringLiteral(".SH DESCRIPTION\n");
    page += roffText(QStringLiteral("Mosaic is a private desktop journal for taking social rejection less hard and growing from it. Everything "
                                    "stays on your computer, in one SQLite file.")) +
        u'\n';
    page += QStringLiteral(".PP\n") +
        roffText(QStringLiteral("Without a command, mosaic opens its window (one per journal: starting it again raises the open one). With a "
                                "command, it works headless on the same journal, even while the window is open.")) +
        u'\n';

    page += QStringLiteral(".SH OPTIONS\n");
    page += optionParagraphs(globalOptions());
    page += QStringLiteral(".PP\n") + roffText(QStringLiteral("Instead of opening its window for a person, mosaic can:")) + u'\n';
    page += optionParagraphs(windowOptions());

    page += QStringLiteral(".SH COMMANDS\n");
    page += roffText(QStringLiteral("Every command takes --data-dir DIR and --help.")) + u'\n';
    for (const Command &command : allCommands())
        page += commandSection(command);

    page += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const ExitCodeMeaning &exit : exitCodeMeanings())
        page += taggedParagraph(bold(QString::number(exit.code)), exit.meaning);

    page += QStringLiteral(".SH ENVIRONMENT\n");
    for (const ManPageEntry &variable : environmentVariables())
        page += taggedParagraph(bold(variable.term), variable.description);

    page += QStringLiteral(".SH FILES\n");
    for (const ManPageEntry &file : dataFiles())
        page += taggedParagraph(italic(file.term), file.description);

    page += QStringLiteral(".SH EXAMPLES\n");
    for (const ManPageEntry &example : examples())
        page += taggedParagraph(bold(example.term), example.description);

    page += QStringLiteral(".SH \"SEE ALSO\"\n");
    page += roffText(QStringLiteral("The interchange format, the exit codes and the backups are described in the docs folder of Mosaic's "
                                    "sources (docs/interchange-format.md, docs/exit-codes.md, docs/backups.md).")) +
        u'\n';
    return page;
}

} // namespace mosaic::cli
