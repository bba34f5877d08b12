# SPDX-License-Identifier: GPL-3.0-or-later
# Reminders in the window (paths relative to ui/qml/): a habit's reminders, the reminder settings and Today's "while
# you were away", as components the Habits, Settings and Today pages place; and what they share with the running
# reminders service of app/reminders (the preferences, the journal reads and writes, the autostart entry).
list(APPEND MOSAIC_QML_FILES
    reminders/AwayList.qml
    reminders/HabitReminders.qml
    reminders/ReminderSettings.qml)
list(APPEND MOSAIC_QML_SOURCES
    reminders/AutostartEntry.cpp
    reminders/AutostartEntry.h
    reminders/AwayModel.cpp
    reminders/AwayModel.h
    reminders/HabitRemindersModel.cpp
    reminders/HabitRemindersModel.h
    reminders/ReminderJournal.cpp
    reminders/ReminderJournal.h
    reminders/ReminderPreferences.cpp
    reminders/ReminderPreferences.h)
