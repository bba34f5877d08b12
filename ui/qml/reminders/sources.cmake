# SPDX-License-Identifier: GPL-3.0-or-later
# Reminders in the window (paths relative to ui/qml/): a habit's reminders, the reminder settings and Today's "while
# you were away", as components the Habits, Settings and Today pages place. What they share with the running
# reminders service of app/reminders (the preferences, the journal reads and writes, the autostart entry) is core's
# (core/reminders); the preferences reach QML through a foreign registration.
list(APPEND MOSAIC_QML_FILES
    reminders/AwayList.qml
    reminders/HabitReminders.qml
    reminders/ReminderSettings.qml)
list(APPEND MOSAIC_QML_SOURCES
    reminders/AwayModel.cpp
    reminders/AwayModel.h
    reminders/HabitRemindersModel.cpp
    reminders/HabitRemindersModel.h
    reminders/ReminderPreferencesType.h)
