# SPDX-License-Identifier: GPL-3.0-or-later
# The open journal as QML sees it (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_SOURCES
    session/JournalSessionType.h
    session/JournalText.cpp
    session/JournalText.h)
