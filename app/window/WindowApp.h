// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mosaic::window {

/// Whether `arguments` (argv) ask for the window rather than a command: no command, no --help or --version.
bool opensWindow(const QStringList &arguments);

/// What must happen before the QApplication exists: the platform for the offscreen tour, the Qt Quick style.
void prepareWindowProcess(const QStringList &arguments);

/// Runs the window on the application already constructed (a QApplication); returns the exit code.
/// Also --self-test (show every page offscreen, exit 0 when no page failed or warned) and --screenshots DIR.
/// Both always run in a temporary journal with settings of their own (MOSAIC_DATA_DIR is ignored); with --data-dir
/// they refuse with exit code 2 and write nothing.
int runWindow(const QStringList &arguments);

} // namespace mosaic::window
