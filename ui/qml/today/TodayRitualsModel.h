// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/StreakCalculator.h"
#include "today/TodayAgenda.h"

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace mosaic {

/// The rituals due today, one row each, as TodayModel loads them. A reload that keeps the same habits in the same
/// order only updates the rows' values, so that a delegate (and a note being written in it) stays where it is.
class TodayRitualsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TodayModel provides the rituals")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role
    {
        HabitIdRole = Qt::UserRole + 1,
        NameRole,
        PromptRole,
        ColorRole,
        IsCountRole, ///< A count target: the check-in takes a value.
        GoalRole,
        UnitRole,
        ValueRole, ///< Today's value when checked in, else the goal: what the value field starts from.
        DoneTodayRole,
        SkippedTodayRole,
        TargetMetRole,
        HasNoteRole,
        CurrentStreakRole,
        StreakTextRole, ///< "4-day streak"; empty without a streak.
        ProgressTextRole, ///< Per-week habits: "1 of 2 this week"; count habits: "2 of 3 things"; else empty.
    };
    Q_ENUM(Role)

    struct Row
    {
        Today::DueRitual ritual;
        StreakSummary streak;
    };

    explicit TodayRitualsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<Row> rows);
    const Row *find(const QString &habitId) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace mosaic
