// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/ReminderControls.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

namespace mosaic {

class JournalSession;
class ReminderPreferences;

/// Today's "while you were away": the reminders that came due today and still wait (core awayReminders(): a habit not
/// done yet, a plain reminder never shown), earliest first, with what a person can do about each — check the ritual
/// off, or be reminded again later. Reloads when reminders, habits, the reminder settings or the date change.
class AwayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The settings file holding the pause (see ReminderPreferences); empty for this user's.
    Q_PROPERTY(QString settingsFile READ settingsFile WRITE setSettingsFile NOTIFY settingsFileChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        ReminderIdRole = Qt::UserRole + 1,
        HabitIdRole, ///< Empty for a reminder without a habit.
        TitleRole,
        TimeTextRole, ///< When it was due, as the local time of day.
    };
    Q_ENUM(Role)

    explicit AwayModel(QObject *parent = nullptr);
    ~AwayModel() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString settingsFile() const;
    void setSettingsFile(const QString &file);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Checks the reminder's ritual off for today.
    Q_INVOKABLE bool markDone(const QString &reminderId);
    /// Reminds again in `minutes` (10 or 60), or at the wall-clock time `time` ("HH:mm"). False, with a gentle
    /// message, when the snooze would pass the reminder's next time (that one comes anyway).
    Q_INVOKABLE bool snoozeFor(const QString &reminderId, int minutes);
    Q_INVOKABLE bool snoozeUntil(const QString &reminderId, const QString &time);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void settingsFileChanged();
    void countChanged();

private:
    bool applySnooze(const QString &reminderId, const QDateTime &until);

    QPointer<JournalSession> m_session;
    std::unique_ptr<ReminderPreferences> m_preferences;
    QList<AwayReminder> m_rows;
};

} // namespace mosaic
