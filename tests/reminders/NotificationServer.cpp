// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationServer.h"

bool NotificationServer::registerOn(QDBusConnection connection)
{
    return connection.isConnected() && connection.registerService(QStringLiteral("org.freedesktop.Notifications")) &&
        connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
}

uint NotificationServer::Notify(const QString &appName,
                                uint replacesId,
                                const QString &appIcon,
                                const QString &summary,
                                const QString &body,
                                const QStringList &actions,
                                const QVariantMap &hints,
                                int expireTimeout)
{
    Q_UNUSED(appIcon)
    Q_UNUSED(expireTimeout)
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    received.append({id, appName, replacesId, summary, body, actions, hints});
    return id;
}

void NotificationServer::CloseNotification(uint id)
{
    closedByClient.append(id);
    Q_EMIT NotificationClosed(id, 3);
}

QStringList NotificationServer::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

QString NotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("Mosaic tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("mosaic-test-notifications");
}

void NotificationServer::invoke(uint id, const QString &actionKey)
{
    Q_EMIT ActionInvoked(id, actionKey);
    Q_EMIT NotificationClosed(id, 2);
}
