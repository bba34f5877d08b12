// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomaticBackup.h"

#include "backups/JournalBackups.h"

namespace mosaic::cli {

void takeAutomaticBackup(const CommandContext &context, const Database &journal)
{
    const auto outcome = makeAutomaticBackup(journal, context.now.toLocalTime().date());
    if (!outcome)
        context.err << QStringLiteral("mosaic: ") << outcome.failure().message << Qt::endl;
}

} // namespace mosaic::cli
