# SPDX-License-Identifier: GPL-3.0-or-later
# The Today page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    today/TodayActionRow.qml
    today/TodayMemoryRow.qml
    today/TodayRitualRow.qml
    today/TodayRows.qml
    today/TodayStepRow.qml
    today/TodayPage.qml)
list(APPEND MOSAIC_QML_SOURCES
    today/TodayModel.cpp
    today/TodayModel.h
    today/TodayRitualsModel.cpp
    today/TodayRitualsModel.h)
