// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCodes.h"
#include "StandardOutput.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include <memory>

namespace mosaic::cli {

/// What a running subcommand gets: its parsed options, the output streams, the journal location and the clock.
struct CommandContext
{

    CommandContext(QCommandLineParser &parser, StandardOutput &standardOutput, QTextStream &out, QTextStream &err, QString dataDirectory, QDateTime now);

    QCommandLineParser &parser;
    StandardOutput &standardOutput; ///< For byte output (export); flush `out` before writing to it.
    QTextStream &out;
    QTextStream &err;
    const QString dataDirectory;
    const QDateTime now; ///< Read once at start: commands never read the clock themselves.

    /// Opens (creating if needed) the journal in the data folder, and says on stderr what opening noticed (read-only…).
    Result<std::unique_ptr<Database>> openJournal() const;

    /// Prints the failure on stderr and returns its exit code.
    int fail(const Failure &failure) const;
    /// A usage error: message, a hint to --help, exit code 2.
    int usageError(const QString &message) const;

    /// The positional arguments after the command name.
    QStringList arguments() const;
};

} // namespace mosaic::cli
