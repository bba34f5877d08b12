// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QSystemTrayIcon;
class QWindow;

namespace mosaic {
class JournalSession;
class ReminderPreferences;
} // namespace mosaic

namespace mosaic::reminders {

class ReminderService;

/// Mosaic's icon in the system tray, with its menu — Open Mosaic, today's rituals (each opens in the window), pause
/// reminders for an hour or until tomorrow (or resume), Quit — and closing the window into the tray while reminders
/// are on and the setting keeps it there (the first time, a message says so).
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(JournalSession &session, ReminderPreferences &preferences, ReminderService &service, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// The icon itself (for the balloon notifier).
    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }
    /// Closing `window` then hides it into the tray instead of quitting, while keepsInTray().
    void manageWindow(QWindow *window);
    /// Whether closing the window now keeps Mosaic running in the tray.
    bool keepsInTray() const;

Q_SIGNALS:
    void openWindowRequested();
    void openHabitRequested(const QString &habitId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRitualsMenu();
    void updatePauseActions();

    JournalSession &m_session;
    ReminderPreferences &m_preferences;
    ReminderService &m_service;
    std::unique_ptr<QMenu> m_menu;
    QMenu *m_rituals = nullptr;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QPointer<QWindow> m_window;
};

} // namespace mosaic::reminders
