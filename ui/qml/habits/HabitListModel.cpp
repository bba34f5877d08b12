// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitListModel.h"

#include "common/EnumNames.h"
#include "habits/HabitStrength.h"
#include "habits/HabitTexts.h"
#include "habits/StreakCalculator.h"
#include "journal/JournalSession.h"

namespace mosaic {

HabitListModel::HabitListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HabitListModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Habits, [this] { reload(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    reload();
}

void HabitListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    Q_EMIT showArchivedChanged();
    reload();
}

void HabitListModel::reload()
{
    QList<Row> rows;
    int archived = 0;
    if (m_session && m_session->isOpen()) {
        auto habits = m_session->habits().allHabits(IncludeDeleted::No);
        if (!habits) {
            m_session->reportFailure(habits.failure());
        } else {
            const QDate today = m_session->today();
            for (const Habit &habit : *habits) {
                if (habit.archived)
                    ++archived;
                if (habit.archived && !m_showArchived)
                    continue;
                auto checkIns = m_session->habits().scoringCheckIns(habit.stamps.id);
                if (!checkIns) {
                    m_session->reportFailure(checkIns.failure());
                    break;
                }
                Row row;
                row.habit = habit;
                std::optional<CheckIn> todays;
                if (!checkIns->isEmpty() && checkIns->constLast().date == today)
                    todays = checkIns->constLast();
                row.todayState = HabitTexts::todayState(habit, todays, today);
                row.todayValue = todays ? todays->value : 0;
                const StreakSummary streaks = calculateStreaks(habit, *checkIns, today);
                row.current = streaks.current;
                row.best = streaks.best;
                row.streakText = HabitTexts::streak(streaks.current, streaks.unit);
                row.bestText = HabitTexts::streak(streaks.best, streaks.unit);
                row.strength = calculateHabitStrength(habit, *checkIns, today);
                rows.append(row);
            }
        }
    }
    const bool countChanges = rows.size() != m_rows.size() || archived != m_archivedCount;
    // The same habits in the same order (a check-in, a new day) update in place, so the rows keep their focus.
    bool sameHabits = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameHabits && i < rows.size(); ++i)
        sameHabits = rows[i].habit.stamps.id == m_rows[i].habit.stamps.id;
    if (sameHabits && !rows.isEmpty()) {
        m_rows = rows;
        m_archivedCount = archived;
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        m_archivedCount = archived;
        endResetModel();
    }
    if (countChanges)
        Q_EMIT countChanged();
}

int HabitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant HabitListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const Habit &habit = row.habit;
    switch (role) {
    case HabitIdRole:
        return habit.stamps.id;
    case Qt::DisplayRole:
    case NameRole:
        return habit.name;
    case PromptRole:
        return habit.prompt;
    case RitualRole:
        return enumName(habit.ritual);
    case ColorRole:
        return habit.color;
    case ScheduleTextRole:
        return HabitTexts::schedule(habit.schedule);
    case TargetTextRole:
        return HabitTexts::target(habit.target);
    case IsCountRole:
        return habit.target.type == TargetType::Count;
    case GoalRole:
        return habit.target.goal;
    case UnitRole:
        return habit.target.unit;
    case TodayStateRole:
        return row.todayState;
    case TodayValueRole:
        return row.todayValue;
    case CurrentStreakRole:
        return row.current;
    case BestStreakRole:
        return row.best;
    case StreakTextRole:
        return row.streakText;
    case BestTextRole:
        return row.bestText;
    case StrengthRole:
        return row.strength;
    case ArchivedRole:
        return habit.archived;
    }
    return {};
}

QHash<int, QByteArray> HabitListModel::roleNames() const
{
    return {
        {HabitIdRole, "habitId"},
        {NameRole, "name"},
        {PromptRole, "prompt"},
        {RitualRole, "ritual"},
        {ColorRole, "habitColor"},
        {ScheduleTextRole, "scheduleText"},
        {TargetTextRole, "targetText"},
        {IsCountRole, "isCount"},
        {GoalRole, "goal"},
        {UnitRole, "unit"},
        {TodayStateRole, "todayState"},
        {TodayValueRole, "todayValue"},
        {CurrentStreakRole, "currentStreak"},
        {BestStreakRole, "bestStreak"},
        {StreakTextRole, "streakText"},
        {BestTextRole, "bestText"},
        {StrengthRole, "strength"},
        {ArchivedRole, "archived"},
    };
}

int HabitListModel::indexOf(const QString &habitId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].habit.stamps.id == habitId)
            return i;
    }
    return -1;
}

QVariant HabitListModel::get(const QString &habitId, const QString &role) const
{
    const int row = indexOf(habitId);
    if (row < 0)
        return {};
    const QByteArray name = role.toUtf8();
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == name)
            return data(index(row), it.key());
    }
    return {};
}

bool HabitListModel::checkToday(const QString &habitId, double value)
{
    return m_session && HabitWrites::checkIn(m_session, habitId, m_session->today(), false, value);
}

bool HabitListModel::skipToday(const QString &habitId)
{
    return m_session && HabitWrites::checkIn(m_session, habitId, m_session->today(), true, 1);
}

bool HabitListModel::undoToday(const QString &habitId)
{
    return m_session && HabitWrites::undo(m_session, habitId, m_session->today());
}

} // namespace mosaic
