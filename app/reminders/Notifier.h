// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace mosaic::reminders {

/// What a person can do from a reminder's notification.
enum class ReminderAction
{
    Done, ///< Records today's check-in of the reminder's ritual.
    Snooze, ///< Again in ten minutes (unless that would pass the next time).
    Open ///< Shows the ritual in the window.
};

/// One reminder to show.
struct ReminderNotice
{
    QString reminderId;
    QString habitId; ///< Empty for a reminder without a ritual: then there is nothing to check off.
    QString title;
    QString body;
};

/// Shows reminders to the person and reports what they chose. FreedesktopNotifier on a Linux desktop, TrayNotifier
/// elsewhere; tests use their own.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /// Shows `notice`, replacing one still shown for the same reminder.
    virtual void show(const ReminderNotice &notice) = 0;
    /// Takes the reminder's notification away, when it is still shown.
    virtual void withdraw(const QString &reminderId) = 0;

Q_SIGNALS:
    void actionInvoked(const QString &reminderId, mosaic::reminders::ReminderAction action);
};

} // namespace mosaic::reminders
