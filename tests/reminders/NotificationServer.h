// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

/// A stand-in for the desktop's notification server: org.freedesktop.Notifications on a bus connection of its own,
/// recording each Notify and able to send ActionInvoked and NotificationClosed as a person's click would.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    /// Registers the service on `connection`; false when the name is taken or the connection is down.
    bool registerOn(QDBusConnection connection);

    /// A person clicks `actionKey` on notification `id`: ActionInvoked, then the notification closes (reason 2).
    void invoke(uint id, const QString &actionKey);

    QList<Received> received;
    QList<uint> closedByClient;

public Q_SLOTS:
    uint Notify(const QString &appName,
                uint replacesId,
                const QString &appIcon,
                const QString &summary,
                const QString &body,
                const QStringList &actions,
                const QVariantMap &hints,
                int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 1;
};
