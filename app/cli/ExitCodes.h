// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mosaic::cli {

/// The one table of exit codes, for every command (docs/exit-codes.md explains them to people and scripts).
enum ExitCode : int
{
    ExitSuccess = 0, ///< Done.
    ExitFailure = 1, ///< Failed while running (disk full, journal busy, read-only or damaged); the journal is as it was.
    ExitBadInput = 2, ///< Bad usage or input (an unknown option, a file that fails validation, an output path that is a
                      ///< folder or one of Mosaic's own files); nothing was written.
};

/// An exit code and what it tells the person or script that ran mosaic.
struct ExitCodeMeaning
{
    ExitCode code;
    QString meaning;
};

/// Every exit code with its meaning, in order, for `mosaic --help` and the man page's EXIT STATUS.
QList<ExitCodeMeaning> exitCodeMeanings();

} // namespace mosaic::cli
