// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

/// Starting Mosaic at login on Linux: an XDG autostart entry (the Desktop Application Autostart Specification),
/// `org.mosaic.Mosaic.desktop` in $XDG_CONFIG_HOME/autostart (usually ~/.config/autostart). The reminders setting
/// writes it and removes it. On Windows and macOS see docs/reminders.md.
namespace mosaic::Autostart {

inline constexpr auto kFileName = "org.mosaic.Mosaic.desktop";
/// The file Flatpak puts at the root of every sandbox.
inline constexpr auto kFlatpakMarker = "/.flatpak-info";

/// Whether an autostart entry written here would start Mosaic at login: not inside a Flatpak sandbox (where
/// `flatpakMarker` exists), whose ~/.config is the sandbox's own and whose program path means nothing outside it.
/// Starting a Flatpak at login needs the Background portal instead (docs/packaging.md).
bool supported(const QString &flatpakMarker = QString::fromLatin1(kFlatpakMarker));

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
