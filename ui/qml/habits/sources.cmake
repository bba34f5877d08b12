# SPDX-License-Identifier: GPL-3.0-or-later
# The Habits page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    habits/HabitDetailView.qml
    habits/HabitFormDialog.qml
    habits/HabitHeatmap.qml
    habits/HabitRow.qml
    habits/HabitsPage.qml)
list(APPEND MOSAIC_QML_SOURCES
    habits/HabitDetail.cpp
    habits/HabitDetail.h
    habits/HabitForm.cpp
    habits/HabitForm.h
    habits/HabitListModel.cpp
    habits/HabitListModel.h
    habits/HabitNotesModel.cpp
    habits/HabitNotesModel.h
    habits/HabitTexts.cpp
    habits/HabitTexts.h)
