// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

namespace mosaic::cli {

/// After a command wrote to the journal: today's automatic backup when one is due (docs/backups.md). What was
/// written is saved whatever becomes of the backup; a failure is only told on stderr.
void takeAutomaticBackup(const CommandContext &context, const Database &journal);

} // namespace mosaic::cli
