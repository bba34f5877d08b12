// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/TrayNotifier.h"

#include <QSystemTrayIcon>

namespace mosaic::reminders {

void TrayNotifier::setTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (!tray)
        return;
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_shownReminder.isEmpty())
            Q_EMIT actionInvoked(m_shownReminder, ReminderAction::Open);
    });
}

void TrayNotifier::show(const ReminderNotice &notice)
{
    if (!m_tray)
        return;
    m_shownReminder = notice.reminderId;
    m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, 30 * 1000);
}

void TrayNotifier::withdraw(const QString &reminderId)
{
    if (reminderId == m_shownReminder)
        m_shownReminder.clear(); // a balloon cannot be taken back; a late click then does nothing
}

} // namespace mosaic::reminders
