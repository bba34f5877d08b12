// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace mosaic::cli {

/// Runs `mosaic [COMMAND] [OPTIONS]` headless and returns the process exit code (0, 1 or 2).
int runCommandLine(const QStringList &arguments, const QDateTime &now);

} // namespace mosaic::cli
