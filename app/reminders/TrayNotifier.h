// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace mosaic::reminders {

/// Reminders as the tray icon's message balloon, where there is no freedesktop notification server (Windows, macOS,
/// a bare Linux session). A balloon has no buttons: clicking it opens the ritual; Done and Snooze are in the window.
class TrayNotifier final : public Notifier
{
    Q_OBJECT

public:
    using Notifier::Notifier;
    /// The icon whose balloon shows the reminders; until then they are not shown.
    void setTray(QSystemTrayIcon *tray);

    void show(const ReminderNotice &notice) override;
    void withdraw(const QString &reminderId) override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_shownReminder; ///< The reminder of the balloon shown last: a click on it opens that one.
};

} // namespace mosaic::reminders
