// SPDX-License-Identifier: GPL-3.0-or-later
// The command line documented once: every command and option of the table (app/cli/CommandLine.h) is in
// `mosaic --help`, in `mosaic COMMAND --help` and in the man page the build made from the same table, and the man
// page is clean roff (no warnings from groff or man).
#include "MosaicProcess.h"

#include "QtPrinters.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/ManPage.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using Catch::Matchers::ContainsSubstring;

namespace {

// Line breaks and the indentation of wrapped lines are layout, not content: compare words only.
std::string words(const QString &text)
{
    return text.simplified().toStdString();
}

QStringList optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    return names;
}

#ifdef MOSAIC_MAN_PAGE // made where man pages are read (app/CMakeLists.txt)
QString manPageSource()
{
    QFile file(QStringLiteral(MOSAIC_MAN_PAGE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The man page as a person reads it, in ASCII on one very wide line per paragraph (no wrapping, no hyphenation), so
// that each description can be found whole.
QString renderedManPage()
{
    QProcess groff;
    groff.start(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-Tascii"), QStringLiteral("-P-cbou"), QStringLiteral("-rLL=3000n"), QStringLiteral("-rHY=0"),
                 QStringLiteral(MOSAIC_MAN_PAGE)});
    REQUIRE(groff.waitForFinished(60000));
    INFO(groff.readAllStandardError().toStdString());
    REQUIRE(groff.exitCode() == 0);
    return QString::fromUtf8(groff.readAllStandardOutput());
}

// Runs a formatter over the man page and returns what it said on standard error (its warnings).
QString formatterWarnings(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    const QString warnings = QString::fromUtf8(process.readAllStandardError());
    INFO(warnings.toStdString());
    REQUIRE(process.exitCode() == 0);
    return warnings;
}
#endif

} // namespace

TEST_CASE("roffText makes any text a safe roff text line", "[cli][man]")
{
    using mosaic::cli::roffText;
    CHECK(roffText(QStringLiteral(".hidden")) == QStringLiteral("\\&.hidden"));
    CHECK(roffText(QStringLiteral("'quoted")) == QStringLiteral("\\&'quoted"));
    CHECK(roffText(QStringLiteral("a\n.b")) == QStringLiteral("a\n\\&.b"));
    CHECK(roffText(QStringLiteral("%APPDATA%\\mosaic")) == QStringLiteral("%APPDATA%\\emosaic"));
    // Every dash an ASCII dash, so that options, file names and examples can be copied into a terminal.
    CHECK(roffText(QStringLiteral("--data-dir DIR, -o, journal.sqlite-wal")) == QStringLiteral("\\-\\-data\\-dir DIR, \\-o, journal.sqlite\\-wal"));
    CHECK(roffText(QStringLiteral("QUERY\u2026 \u00e9")) == QStringLiteral("QUERY\\[u2026] \\[u00E9]"));
    CHECK(roffText(QStringLiteral("\U0001F600")) == QStringLiteral("\\[u1F600]"));
}

TEST_CASE("mosaic --help lists every command, the options of mosaic, the window's options and the exit codes", "[cli][man]")
{
    const MosaicRun help = runMosaic({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    for (const mosaic::cli::Command &command : mosaic::cli::allCommands()) {
        CHECK_THAT(words(help.out), ContainsSubstring(words(QStringLiteral("%1 %2").arg(command.name, command.summary))));
    }
    auto options = mosaic::cli::globalOptions();
    options += mosaic::cli::windowOptions();
    for (const QCommandLineOption &option : options) {
        for (const QString &name : optionNames(option))
            CHECK_THAT(help.out.toStdString(), ContainsSubstring(name.toStdString()));
        CHECK_THAT(words(help.out), ContainsSubstring(words(option.description())));
    }
    for (const mosaic::cli::ExitCodeMeaning &exit : mosaic::cli::exitCodeMeanings())
        CHECK_THAT(words(help.out), ContainsSubstring(words(QStringLiteral("%1 %2").arg(static_cast<int>(exit.code)).arg(exit.meaning))));
}

TEST_CASE("Each mosaic COMMAND --help lists the command's argument and every option", "[cli][man]")
{
    for (const mosaic::cli::Command &command : mosaic::cli::allCommands()) {
        INFO(command.name.toStdString());
        const MosaicRun help = runMosaic({command.name, QStringLiteral("--help")});
        REQUIRE(help.exitCode == 0);
        CHECK_THAT(words(help.out), ContainsSubstring(words(command.summary)));
        if (!command.positionalSyntax.isEmpty())
            CHECK_THAT(words(help.out), ContainsSubstring(words(command.positionalSyntax + u' ' + command.positionalDescription)));
        for (const QCommandLineOption &option : command.options()) {
            for (const QString &name : optionNames(option))
                CHECK_THAT(help.out.toStdString(), ContainsSubstring(name.toStdString()));
            CHECK_THAT(words(help.out), ContainsSubstring(words(option.description())));
        }
        // The options of mosaic itself are taken by every command.
        CHECK_THAT(help.out.toStdString(), ContainsSubstring("--data-dir"));
    }
}

TEST_CASE("docs/command-line.md names every command and option of the table", "[cli][man]")
{
    QFile file(QStringLiteral(MOSAIC_COMMAND_LINE_DOC));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const std::string doc = QString::fromUtf8(file.readAll()).toStdString();
    for (const mosaic::cli::Command &command : mosaic::cli::allCommands()) {
        INFO(command.name.toStdString());
        // One row of the commands table each, with the command's argument and every option on it.
        const std::string rowStart = "| `" + command.name.toStdString() + "` |";
        const auto at = doc.find(rowStart);
        REQUIRE(at != std::string::npos);
        const std::string line = doc.substr(at, doc.find('\n', at) - at);
        for (const QCommandLineOption &option : command.options()) {
            for (const QString &name : optionNames(option))
                CHECK_THAT(line, ContainsSubstring("`" + name.toStdString()));
        }
        if (!command.positionalSyntax.isEmpty())
            CHECK_THAT(line, ContainsSubstring("`" + command.positionalSyntax.toStdString() + "`"));
    }
}

#ifdef MOSAIC_MAN_PAGE
TEST_CASE("The man page made at build time holds the whole table", "[cli][man]")
{
    const QString source = manPageSource();
    // Made from this very table: the program that made it and this test see the same texts.
    CHECK(source == mosaic::cli::manPage(QStringLiteral(MOSAIC_VERSION)));

    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        SKIP("groff is not installed: the rendered man page is not checked");
    const std::string page = words(renderedManPage());
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"})
        CHECK_THAT(page, ContainsSubstring(section));
    for (const mosaic::cli::Command &command : mosaic::cli::allCommands()) {
        INFO(command.name.toStdString());
        CHECK_THAT(page, ContainsSubstring(words(QStringLiteral("mosaic ") + command.name)));
        CHECK_THAT(page, ContainsSubstring(words(command.summary)));
        if (!command.positionalSyntax.isEmpty())
            CHECK_THAT(page, ContainsSubstring(words(command.positionalSyntax + u' ' + command.positionalDescription)));
        for (const QCommandLineOption &option : command.options()) {
            CHECK_THAT(page, ContainsSubstring(words(optionNames(option).join(QStringLiteral(", ")))));
            CHECK_THAT(page, ContainsSubstring(words(option.description())));
        }
    }
    auto options = mosaic::cli::globalOptions();
    options += mosaic::cli::windowOptions();
    for (const QCommandLineOption &option : options) {
        CHECK_THAT(page, ContainsSubstring(words(optionNames(option).join(QStringLiteral(", ")))));
        CHECK_THAT(page, ContainsSubstring(words(option.description())));
    }
    for (const mosaic::cli::ExitCodeMeaning &exit : mosaic::cli::exitCodeMeanings())
        CHECK_THAT(page, ContainsSubstring(words(QStringLiteral("%1 %2").arg(static_cast<int>(exit.code)).arg(exit.meaning))));
    for (const auto &entries : {mosaic::cli::environmentVariables(), mosaic::cli::dataFiles(), mosaic::cli::examples()}) {
        for (const mosaic::cli::ManPageEntry &entry : entries)
            CHECK_THAT(page, ContainsSubstring(words(entry.term + u' ' + entry.description)));
    }
}

TEST_CASE("The man page has no warnings from groff or man", "[cli][man]")
{
    const QString page = QStringLiteral(MOSAIC_MAN_PAGE);
    if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
        SKIP("groff is not installed");
    CHECK(formatterWarnings(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), page}) == QString());
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty())
        SKIP("man is not installed");
    // As lintian reads it: man's own pipeline (preconv, tbl, groff) with every warning on, at 80 columns.
    CHECK(formatterWarnings(QStringLiteral("man"),
                            {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"), QStringLiteral("-Tutf8"),
                             QStringLiteral("-Z"), page}) == QString());
}
#endif
