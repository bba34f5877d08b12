// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace mosaic::cli {

/// A headless subcommand: its name, a one-line summary, its arguments and options, and what it does. `mosaic --help`,
/// `mosaic COMMAND --help` and the mosaic(1) man page are all made from these fields (docs/command-line.md).
struct Command
{
    QString name;
    QString summary;
    QString positionalSyntax; ///< e.g. "FILE" or "QUERY", shown in its usage line; empty when it takes none.
    QString positionalDescription; ///< What the positional argument is; empty when it takes none.
    QList<QCommandLineOption> (*options)(); ///< Its own options, as data, so that the man page can list them.
    int (*run)(const CommandContext &context);
};

/// Every subcommand, in the order --help lists them. The texts are translated when a translator is installed.
const QList<Command> &allCommands();

QList<QCommandLineOption> exportOptions();
int runExport(const CommandContext &context);
QList<QCommandLineOption> importOptions();
int runImport(const CommandContext &context);
QList<QCommandLineOption> statsOptions();
int runStats(const CommandContext &context);
QList<QCommandLineOption> searchOptions();
int runSearch(const CommandContext &context);
QList<QCommandLineOption> checkInOptions();
int runCheckIn(const CommandContext &context);
QList<QCommandLineOption> remindersOptions();
int runReminders(const CommandContext &context);
QList<QCommandLineOption> backupOptions();
int runBackup(const CommandContext &context);
QList<QCommandLineOption> checkOptions();
int runCheck(const CommandContext &context);
QList<QCommandLineOption> restoreOptions();
int runRestore(const CommandContext &context);

} // namespace mosaic::cli
