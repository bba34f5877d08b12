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
    const auto checkIns = habitStore.checkInsByHabit(IncludeDeleted::No);
    if (!checkIns)
        return checkIns.failure();
    for (const Habit &habit : *habits) {
        const QList<CheckIn> habitCheckIns = checkIns->value(habit.stamps.id);
        stats.habits.append({habit.stamps.id, habit.name, habit.archived, calculateStreaks(habit, habitCheckIns, today),
                             calculateHabitStrength(habit, habitCheckIns, today)});
    }

    CircleStore circleStore(connection);
    const auto circles = circleStore.allCircles(IncludeDeleted::No);
    if (!circles)
        return circles.failure();
    const auto people = circleStore.allPeople(IncludeDeleted::No);
    if (!people)
        return people.failure();
    const auto memberships = circleStore.allMemberships(IncludeDeleted::No);
    if (!memberships)
        return memberships.failure();
    stats.belonging = calculateBelongingBalance(*circles, *people, *memberships);
    return stats;
}

} // namespace mosaic
