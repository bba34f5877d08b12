// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The command-line contract, as data: the commands (Commands.h), the options of mosaic itself, the exit codes
// (ExitCodes.h) and what the man page says besides. `mosaic --help`, each `mosaic COMMAND --help` and mosaic(1)
// (ManPage.h) are made from it, so that they cannot disagree. docs/command-line.md says how a command joins.

namespace mosaic::cli {

/// --data-dir, -h/--help and -v/--version: taken by every command and by the window.
QList<QCommandLineOption> globalOptions();
/// --self-test and --screenshots DIR: what the window does instead of opening for a person (app/window).
QList<QCommandLineOption> windowOptions();

/// An option's names as typed: "-o" and "--output" (long names with two dashes, though one also works).
QStringList optionNames(const QCommandLineOption &option);

/// One line of the man page's ENVIRONMENT or FILES section, in English (the man page is English).
struct ManPageEntry
{
    QString term; ///< e.g. "MOSAIC_DATA_DIR" or "journal.sqlite"
    QString description;
};
QList<ManPageEntry> environmentVariables();
QList<ManPageEntry> dataFiles();
/// A command line and what it does, for the man page's EXAMPLES.
QList<ManPageEntry> examples();

/// `mosaic --help`: the commands, the options, the window's options and the exit codes, in the user's language.
QString generalHelp();

/// Runs `mosaic [COMMAND] [OPTIONS]` headless and returns the process exit code (0, 1 or 2).
int runCommandLine(const QStringList &arguments, const QDateTime &now);

} // namespace mosaic::cli
