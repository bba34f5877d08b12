// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCodes.h"

#include <QCoreApplication>

namespace mosaic::cli {

namespace {
// The translation context of these texts (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::ExitCodes)
};
} // namespace

QList<ExitCodeMeaning> exitCodeMeanings()
{
    return {
        {ExitSuccess, Text::tr("Success.")},
        {ExitFailure, Text::tr("The operation failed while running (a full disk; a busy, read-only or damaged journal); the journal is as it was.")},
        {ExitBadInput, Text::tr("Bad input or usage (an unknown option, a missing argument, a file that fails validation); nothing was written.")},
    };
}

} // namespace mosaic::cli
