// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/Habit.h"
#include "journal/JournalSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>

namespace mosaic {

/// The habits of the journal with how each stands today: today's check-in, current and best streak with their unit,
/// and strength (core's StreakCalculator and HabitStrength over HabitStore::scoringCheckIns). Archived habits are
/// listed only with `showArchived`. Reloads when the habits change and when the day does.
class HabitListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Archived habits, listed or not.
    Q_PROPERTY(int archivedCount READ archivedCount NOTIFY countChanged)

public:
    enum Role
    {
        HabitIdRole = Qt::UserRole + 1,
        NameRole,
        PromptRole,
        RitualRole,
        ColorRole,
        ScheduleTextRole,
        TargetTextRole,
        IsCountRole,
        GoalRole,
        UnitRole,
        TodayStateRole,
        TodayValueRole,
        CurrentStreakRole,
        BestStreakRole,
        StreakTextRole,
        BestTextRole,
        StrengthRole,
        ArchivedRole,
    };
    Q_ENUM(Role)

    explicit HabitListModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);
    int archivedCount() const { return m_archivedCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of the habit, or -1.
    Q_INVOKABLE int indexOf(const QString &habitId) const;
    /// The value of `role` (a role name) for the habit, or undefined.
    Q_INVOKABLE QVariant get(const QString &habitId, const QString &role) const;
    /// Today done: for count habits with `value` (at least 0), for check habits any value.
    Q_INVOKABLE bool checkToday(const QString &habitId, double value);
    Q_INVOKABLE bool skipToday(const QString &habitId);
    /// Takes back today's check-in (done or skipped).
    Q_INVOKABLE bool undoToday(const QString &habitId);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void showArchivedChanged();
    void countChanged();

private:
    struct Row
    {
        Habit habit;
        QString todayState;
        double todayValue = 0;
        int current = 0;
        int best = 0;
        QString streakText;
        QString bestText;
        int strength = 0;
    };

    QPointer<JournalSession> m_session;
    bool m_showArchived = false;
    int m_archivedCount = 0;
    QList<Row> m_rows;
};

} // namespace mosaic
