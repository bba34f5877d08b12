// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalStats.h"

#include "circles/CircleStore.h"
#include "habits/HabitStore.h"
#include "habits/HabitStrength.h"
#include "storage/Database.h"
#include "storage/RecordVersions.h"

namespace mosaic {

Result<JournalStats> collectJournalStats(const Database &database, QDate today)
{
    const QSqlDatabase connection = database.connection();
    JournalStats stats;
    stats.asOf = today;

    for (std::size_t i = 0; i < enumCount<RecordTable>(); ++i) {
        const auto table = static_cast<RecordTable>(i);
        const auto count = countLiveRecords(connection, table);
        if (!count)
            return count.failure();
        stats.counts.append({enumName(table), *count});
    }

    HabitStore habitStore(connection);
    const auto habits = habitStore.allHabits(IncludeDeleted::No);
    if (!habits)
        return habits.failure();
    for (const Habit &habit : *habits) {
        const auto checkIns = habitStore.scoringCheckIns(habit.stamps.id);
        if (!checkIns)
            return checkIns.failure();
        stats.habits.append(
            {habit.stamps.id, habit.name, habit.archived, calculateStreaks(habit, *checkIns, today), calculateHabitStrength(habit, *checkIns, today)});
    }

    CircleStore circleStore(connection);
    const auto inputs = circleStore.balanceInputs();
    if (!inputs)
        return inputs.failure();
    stats.belonging = calculateBelongingBalance(inputs->circles, inputs->people, inputs->memberships);
    return stats;
}

} // namespace mosaic
