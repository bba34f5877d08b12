// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

/// Starting Mosaic at login on Linux: an XDG autostart entry (the Desktop Application Autostart Specification),
/// `org.mosaic.Mosaic.desktop` in $XDG_CONFIG_HOME/autostart (usually ~/.config/autostart). The reminders setting
/// writes it and removes it. On Windows and macOS see docs/reminders.md.
namespace mosaic::Autostart {

inline constexpr auto kFileName = "org.mosaic.Mosaic.desktop";

/// $XDG_CONFIG_HOME/autostart, or ~/.config/autostart.
QString defaultDirectory();

/// The entry's text, starting `executable` (quoted by the Desktop Entry rules when it needs it).
QString entryText(const QString &executable);

/// Writes the entry into `directory` (created when missing), replacing any earlier one.
Status write(const QString &directory, const QString &executable);

/// Removes the entry; nothing to do when there is none.
Status remove(const QString &directory);

/// Whether the entry is in `directory`.
bool exists(const QString &directory);

} // namespace mosaic::Autostart
