// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reminders/Reminder.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include <functional>

namespace mosaic {

class JournalSession;
class ReminderStore;

/// The reminders of one habit, one row per Reminder record (its times, its weekdays, on or off), and the actions
/// that edit them. Each action is one core action (ReminderActions) in session.write(), stamped session.now(), which
/// notifies Reminders (the running service recomputes its timer from that).
class HabitRemindersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString habitId READ habitId WRITE setHabitId NOTIFY habitIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        ReminderIdRole = Qt::UserRole + 1,
        TimesRole, ///< "HH:mm" texts, in time order.
        DaysRole, ///< ISO weekdays 1–7 it fires on; empty means every day.
        EnabledRole,
        SummaryRole, ///< "Every day at 7:30 AM", "Mon, Wed at 07:30 and 12:00", times as the locale writes them.
        TimeTextsRole, ///< The TimesRole times as the locale writes them ("7:30 AM"), in the same order.
    };
    Q_ENUM(Role)

    explicit HabitRemindersModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString habitId() const { return m_habitId; }
    void setHabitId(const QString &habitId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A new reminder for the habit at `time` ("7:30" or "07:30"), every day; its id, or empty on failure.
    Q_INVOKABLE QString add(const QString &time);
    /// Another time for a reminder (up to 24); a time it has already is left as it is.
    Q_INVOKABLE bool addTime(const QString &reminderId, const QString &time);
    /// Removes one time; the last one cannot go (remove the reminder instead).
    Q_INVOKABLE bool removeTime(const QString &reminderId, const QString &time);
    /// Switches weekday `day` (1 = Monday … 7) on or off for the reminder; at least one day stays.
    Q_INVOKABLE bool toggleDay(const QString &reminderId, int day);
    Q_INVOKABLE bool setEnabled(const QString &reminderId, bool enabled);
    Q_INVOKABLE bool remove(const QString &reminderId);
    /// The short name of ISO weekday `day` in the current language ("Mon").
    Q_INVOKABLE static QString dayName(int day);

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void habitIdChanged();
    void countChanged();

private:
    /// One edit of a reminder (a core action answering whether it wrote), in a write that reloads only when it did.
    bool edit(const std::function<Result<bool>(ReminderStore &, const QDateTime &)> &change);

    QPointer<JournalSession> m_session;
    QString m_habitId;
    QList<Reminder> m_rows;
};

} // namespace mosaic
