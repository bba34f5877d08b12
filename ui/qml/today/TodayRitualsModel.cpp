// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayRitualsModel.h"

#include <QLocale>

namespace mosaic {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString progressText(const TodayRitualsModel::Row &row)
{
    const Habit &habit = row.ritual.habit;
    if (habit.schedule.type == ScheduleType::PerWeek)
        return TodayRitualsModel::tr("%1 of %2 this week").arg(row.ritual.doneThisWeek).arg(row.ritual.timesPerWeek);
    if (habit.target.type == TargetType::Count && row.ritual.doneToday) {
        const QString unit = habit.target.unit.isEmpty() ? QString() : QLatin1Char(' ') + habit.target.unit;
        return TodayRitualsModel::tr("%1 of %2%3").arg(number(row.ritual.today->value), number(habit.target.goal), unit);
    }
    return {};
}

QString streakText(const StreakSummary &streak)
{
    if (streak.current <= 0)
        return {};
    return streak.unit == StreakUnit::Weeks ? TodayRitualsModel::tr("%n-week streak", nullptr, streak.current)
                                            : TodayRitualsModel::tr("%n-day streak", nullptr, streak.current);
}

} // namespace

TodayRitualsModel::TodayRitualsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TodayRitualsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TodayRitualsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Today::DueRitual &ritual = row.ritual;
    const Habit &habit = ritual.habit;
    switch (Role(role)) {
    case HabitIdRole:
        return habit.stamps.id;
    case NameRole:
        return habit.name;
    case PromptRole:
        return habit.prompt;
    case ColorRole:
        return habit.color;
    case IsCountRole:
        return habit.target.type == TargetType::Count;
    case GoalRole:
        return habit.target.goal;
    case UnitRole:
        return habit.target.unit;
    case ValueRole:
        return ritual.doneToday ? ritual.today->value : habit.target.goal;
    case DoneTodayRole:
        return ritual.doneToday;
    case SkippedTodayRole:
        return ritual.skippedToday;
    case TargetMetRole:
        return ritual.targetMet;
    case HasNoteRole:
        return ritual.today && !ritual.today->note.trimmed().isEmpty();
    case CurrentStreakRole:
        return row.streak.current;
    case StreakTextRole:
        return streakText(row.streak);
    case ProgressTextRole:
        return progressText(row);
    }
    return {};
}

QHash<int, QByteArray> TodayRitualsModel::roleNames() const
{
    return {
        {HabitIdRole, "habitId"},
        {NameRole, "name"},
        {PromptRole, "prompt"},
        {ColorRole, "habitColor"},
        {IsCountRole, "isCount"},
        {GoalRole, "goal"},
        {UnitRole, "unit"},
        {ValueRole, "value"},
        {DoneTodayRole, "doneToday"},
        {SkippedTodayRole, "skippedToday"},
        {TargetMetRole, "targetMet"},
        {HasNoteRole, "hasNote"},
        {CurrentStreakRole, "currentStreak"},
        {StreakTextRole, "streakText"},
        {ProgressTextRole, "progressText"},
    };
}

void TodayRitualsModel::setRows(QList<Row> rows)
{
    bool sameHabits = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameHabits && i < rows.size(); ++i)
        sameHabits = rows[i].ritual.habit.stamps.id == m_rows[i].ritual.habit.stamps.id;
    if (sameHabits) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

const TodayRitualsModel::Row *TodayRitualsModel::find(const QString &habitId) const
{
    for (const Row &row : m_rows) {
        if (row.ritual.habit.stamps.id == habitId)
            return &row;
    }
    return nullptr;
}

} // namespace mosaic
