// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/FreedesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace mosaic::reminders {
namespace {

const QString kDone = QStringLiteral("done");
const QString kSnooze = QStringLiteral("snooze");
const QString kOpen = QStringLiteral("open");
const QString kDefault = QStringLiteral("default"); // clicking the notification itself

QString service()
{
    return QString::fromLatin1(FreedesktopNotifier::kService);
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &connection, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
{
    const QString path = QString::fromLatin1(kPath);
    const QString interface = QString::fromLatin1(kInterface);
    m_connection.connect(service(), path, interface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(service(), path, interface, QStringLiteral("NotificationClosed"), this, SLOT(onNotificationClosed(uint, uint)));
}

bool FreedesktopNotifier::isAvailable(const QDBusConnection &connection)
{
    if (!connection.isConnected() || !connection.interface())
        return false;
    QDBusConnectionInterface *bus = connection.interface();
    if (bus->isServiceRegistered(service()))
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service());
}

void FreedesktopNotifier::show(const ReminderNotice &notice)
{
    QStringList actions;
    if (!notice.habitId.isEmpty()) {
        //: Button on a reminder notification: marks the ritual as done for today.
        actions << kDone << tr("Done", "mark the ritual done");
    }
    //: Button on a reminder notification: snoozes it, so that it comes again in 10 minutes.
    actions << kSnooze << tr("In 10 minutes");
    //: Button on a reminder notification: opens Mosaic's window.
    const QString open = tr("Open", "open the window");
    actions << kOpen << open << kDefault << open;
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("org.mosaic.Mosaic")},
                            {QStringLiteral("category"), QStringLiteral("reminder")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    QDBusMessage call = QDBusMessage::createMethodCall(service(), QString::fromLatin1(kPath), QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    const uint replaces = m_notificationByReminder.value(notice.reminderId, 0);
    call << QStringLiteral("Mosaic") << replaces << QStringLiteral("org.mosaic.Mosaic") << notice.title << notice.body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    const QString reminderId = notice.reminderId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, reminderId](QDBusPendingCallWatcher *finished) {
        const QDBusPendingReply<uint> reply = *finished;
        finished->deleteLater();
        if (reply.isError()) {
            qWarning("mosaic: the notification could not be shown: %s", qPrintable(reply.error().message()));
            return;
        }
        const uint id = reply.value();
        if (const uint old = m_notificationByReminder.value(reminderId, 0); old != 0 && old != id)
            m_reminderByNotification.remove(old);
        m_reminderByNotification.insert(id, reminderId);
        m_notificationByReminder.insert(reminderId, id);
    });
}

void FreedesktopNotifier::withdraw(const QString &reminderId)
{
    const uint id = m_notificationByReminder.value(reminderId, 0);
    if (id == 0)
        return;
    QDBusMessage call =
        QDBusMessage::createMethodCall(service(), QString::fromLatin1(kPath), QString::fromLatin1(kInterface), QStringLiteral("CloseNotification"));
    call << id;
    m_connection.asyncCall(call);
    forget(id);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString reminderId = m_reminderByNotification.value(id);
    if (reminderId.isEmpty())
        return; // another application's notification
    if (actionKey == kDone)
        Q_EMIT actionInvoked(reminderId, ReminderAction::Done);
    else if (actionKey == kSnooze)
        Q_EMIT actionInvoked(reminderId, ReminderAction::Snooze);
    else if (actionKey == kOpen || actionKey == kDefault)
        Q_EMIT actionInvoked(reminderId, ReminderAction::Open);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    forget(id);
}

void FreedesktopNotifier::forget(uint id)
{
    const QString reminderId = m_reminderByNotification.take(id);
    if (!reminderId.isEmpty() && m_notificationByReminder.value(reminderId) == id)
        m_notificationByReminder.remove(reminderId);
}

} // namespace mosaic::reminders
