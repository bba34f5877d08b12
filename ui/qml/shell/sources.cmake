# SPDX-License-Identifier: GPL-3.0-or-later
# The window: sidebar, pages, theme, settings, welcome (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_SOURCES
    shell/AppSettings.cpp
    shell/AppSettings.h)
list(APPEND MOSAIC_QML_FILES
    shell/Main.qml
    shell/MessageBar.qml
    shell/MosaicMark.qml
    shell/Sidebar.qml
    shell/Theme.qml
    shell/WelcomeDialog.qml)
list(APPEND MOSAIC_QML_SINGLETONS
    shell/Theme.qml)
