# SPDX-License-Identifier: GPL-3.0-or-later
# The Settings page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    settings/SettingsPage.qml)
list(APPEND MOSAIC_QML_SOURCES
    settings/BackupsModel.cpp
    settings/BackupsModel.h
    settings/JournalTransfer.cpp
    settings/JournalTransfer.h)
