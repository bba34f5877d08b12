// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/Notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace mosaic::reminders {

/// Reminders as desktop notifications through the freedesktop Notifications service (org.freedesktop.Notifications on
/// the session bus; the Desktop Notifications Specification 1.2), with the actions Done, Snooze and Open; clicking the
/// notification itself opens too. Calls are asynchronous, so a slow notification server never holds the window up.
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT

public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";
    static constexpr auto kInterface = "org.freedesktop.Notifications";

    explicit FreedesktopNotifier(const QDBusConnection &connection, QObject *parent = nullptr);

    /// Whether `connection` reaches a notification server (running, or started on demand by the bus).
    static bool isAvailable(const QDBusConnection &connection);

    void show(const ReminderNotice &notice) override;
    void withdraw(const QString &reminderId) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void forget(uint id);

    QDBusConnection m_connection;
    QHash<uint, QString> m_reminderByNotification;
    QHash<QString, uint> m_notificationByReminder;
};

} // namespace mosaic::reminders
