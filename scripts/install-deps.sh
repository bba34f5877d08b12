#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing Mosaic needs on Debian or Ubuntu, and nothing when it is all there.
# Catch2 v3 is not in Debian 12's main archive: it comes from bookworm-backports there.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this script knows Debian and Ubuntu (apt). See README.md for Fedora, Arch, macOS and Windows." >&2
    exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

# The UI tests run on Qt's offscreen platform: its plugin (libqoffscreen.so) comes with Qt Gui (libqt6gui6, or
# libqt6gui6t64 on Ubuntu 24.04), which qt6-base-dev pulls in.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite libcatch2-dev clang-format python3-jsonschema)
# Reminders (issue 5): Qt DBus comes with qt6-base-dev; `dbus` has dbus-run-session, which gives the notification
# test (reminders_dbus) a session bus of its own.
packages+=(dbus)
# The Qt Quick module (Mosaic.Ui): qt6-declarative-dev builds it (qt_add_qml_module, qmlcachegen, Qt Quick Test);
# qt6-declarative-dev-tools has qmllint; the qml6-module-* packages are the QML modules the editor and its tests
# import at run time and qmllint reads (QtQml holds the Qt namespace's types; QtQuick.Controls needs QtQml.WorkerScript;
# the window uses QtQuick.Dialogs for its file dialogs and QtQuick.Shapes for its charts and the circles diagram).
packages+=(qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtquick-dialogs qml6-module-qtquick-shapes qml6-module-qt-labs-folderlistmodel)
# Packages (issue 6): the test packaging_deb builds the .deb with CPack, which runs dpkg-shlibdeps (dpkg-dev) for its
# dependencies; packaging_flatpak_manifest reads the Flatpak manifest, which is YAML, with PyYAML.
packages+=(dpkg-dev python3-yaml)
# The command line's man page (issue 13): packaging_deb_lintian runs lintian on the .deb; the man page test renders
# mosaic(1) with groff (groff-base) and man (man-db) and fails on any warning.
packages+=(lintian groff-base man-db)
# Translations (issue 6): qt6-tools-dev has CMake's Qt6LinguistTools (qt_add_translations), qt6-l10n-tools has
# lupdate and lrelease. The desktop entry and the AppStream metainfo are checked by desktop-file-utils and appstream.
packages+=(qt6-tools-dev qt6-l10n-tools desktop-file-utils appstream)
# The power-loss test (tests/powerloss) registers a SQLite VFS in the libsqlite3 Qt's SQLite driver uses: its header.
packages+=(libsqlite3-dev)
# Screen readers (issue 12): the test accessibility_tree starts the window on a virtual display (xvfb) with the
# accessibility bus (at-spi2-core), reads its tree as a screen reader does (python3-pyatspi) and types and clicks as a
# person does (xdotool).
packages+=(xvfb at-spi2-core python3-pyatspi xdotool)
# Bounded inputs (issue 14): faketime runs the command line with its clock set back (the clock test); GNU time measures
# the peak memory of an import (test_import_memory); clang and its libFuzzer runtime (libclang-rt-14-dev) build the
# fuzz targets (fuzz/, the `fuzz` preset) — only that build uses them.
packages+=(faketime time clang libclang-rt-14-dev)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

. /etc/os-release
if [ "${ID:-}" = "debian" ] && [ "${VERSION_CODENAME:-}" = "bookworm" ]; then
    if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo "install-deps: enabling bookworm-backports for Catch2 v3"
        echo "deb http://deb.debian.org/debian bookworm-backports main" |
            "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/mosaic-bookworm-backports.list >/dev/null
    fi
fi

echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
# Catch2 v3: Debian 12 has only v2 in main, so take it from backports there.
if [ "${VERSION_CODENAME:-}" = "bookworm" ]; then
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports libcatch2-dev
fi
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
