// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWindow;

namespace mosaic {
class JournalSession;
class ReminderPreferences;
} // namespace mosaic

namespace mosaic::reminders {

class Notifier;
class ReminderService;
class SystemReminderClock;
class TrayIcon;

/// Everything reminders need in the running window app, put together: the preferences (from `settingsFile`, the
/// window's settings.ini), the tray icon, the notifier (freedesktop notifications when the session bus has a server,
/// else the tray's balloon), the service on the system clock, and the way back into the window (Open shows the ritual
/// on the Habits page: Main.qml's showPage("habits", {habitId})).
class ReminderRuntime : public QObject
{
    Q_OBJECT

public:
    ReminderRuntime(QWindow &window, JournalSession &session, const QString &settingsFile, QObject *parent = nullptr);
    ~ReminderRuntime() override;

private:
    void showWindow();
    void showHabit(const QString &habitId);

    QPointer<QWindow> m_window;
    std::unique_ptr<SystemReminderClock> m_clock;
    std::unique_ptr<ReminderPreferences> m_preferences;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<ReminderService> m_service;
};

} // namespace mosaic::reminders
