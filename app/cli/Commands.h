// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace mosaic::cli {

/// A headless subcommand: its name, a one-line summary for --help, its options and what it does.
struct Command
{
    QString name;
    QString summary;
    QString positionalSyntax; ///< e.g. "FILE" or "QUERY…", shown in its usage line.
    void (*declareOptions)(QCommandLineParser &parser);
    int (*run)(const CommandContext &context);
};

/// Every subcommand, in the order --help lists them.
const QList<Command> &allCommands();

void declareExportOptions(QCommandLineParser &parser);
int runExport(const CommandContext &context);
void declareImportOptions(QCommandLineParser &parser);
int runImport(const CommandContext &context);
void declareStatsOptions(QCommandLineParser &parser);
int runStats(const CommandContext &context);
void declareSearchOptions(QCommandLineParser &parser);
int runSearch(const CommandContext &context);
void declareCheckInOptions(QCommandLineParser &parser);
int runCheckIn(const CommandContext &context);
void declareRemindersOptions(QCommandLineParser &parser);
int runReminders(const CommandContext &context);
void declareBackupOptions(QCommandLineParser &parser);
int runBackup(const CommandContext &context);
void declareCheckOptions(QCommandLineParser &parser);
int runCheck(const CommandContext &context);
void declareRestoreOptions(QCommandLineParser &parser);
int runRestore(const CommandContext &context);

} // namespace mosaic::cli
