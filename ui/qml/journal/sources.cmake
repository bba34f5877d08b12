# SPDX-License-Identifier: GPL-3.0-or-later
# The Journal page: its QML and its view-models (paths relative to ui/qml/).
list(APPEND MOSAIC_QML_FILES
    journal/JournalCalendar.qml
    journal/JournalCalendarDay.qml
    journal/JournalEntryView.qml
    journal/JournalFilterBar.qml
    journal/JournalList.qml
    journal/JournalPage.qml
    journal/JournalSearchRow.qml
    journal/JournalTimelineRow.qml)
list(APPEND MOSAIC_QML_SOURCES
    journal/CalendarModel.cpp
    journal/CalendarModel.h
    journal/JournalEntry.cpp
    journal/JournalEntry.h
    journal/JournalFilterOptions.cpp
    journal/JournalFilterOptions.h
    journal/JournalLabels.cpp
    journal/JournalLabels.h
    journal/SearchResultsModel.cpp
    journal/SearchResultsModel.h
    journal/TimelineModel.cpp
    journal/TimelineModel.h)
