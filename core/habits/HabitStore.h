// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "storage/PreparedQuery.h"
#include "storage/StorageTypes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// Habits and their check-ins in the journal. A check-in is keyed by (habitId, date): saving one for a day that
/// already has one updates it.
///
/// Each statement is prepared on first use and reused. The store never opens a transaction: the caller wraps each
/// user action (or a whole import) in one WriteTransaction. The connection must outlive the store.
class HabitStore
{
public:
    explicit HabitStore(const QSqlDatabase &connection);
    HabitStore(const HabitStore &) = delete;
    HabitStore &operator=(const HabitStore &) = delete;

    /// Inserts the habit, or updates every field of the one with its id.
    Status save(const Habit &habit);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Habit> &habits);
    Result<std::optional<Habit>> findHabit(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Habit>> allHabits(IncludeDeleted includeDeleted);
    /// Tombstones the habit: deletedAt = updatedAt = `at`. Its check-ins and reminders are left to the caller.
    Status markHabitDeleted(const QString &id, const QDateTime &at);

    /// Inserts the check-in, or updates the one of its habit on its date (reviving it when it was tombstoned).
    /// Its habit must be in the journal.
    Status save(const CheckIn &checkIn);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<CheckIn> &checkIns);
    Result<std::optional<CheckIn>> findCheckIn(const QString &habitId, QDate date);
    /// Ordered by habitId, then date.
    Result<QList<CheckIn>> allCheckIns(IncludeDeleted includeDeleted);
    /// One habit's check-ins, ordered by date.
    Result<QList<CheckIn>> checkInsFor(const QString &habitId, IncludeDeleted includeDeleted);
    /// One habit's live check-ins ordered by date, with only what streaks and strength read (habitId, date, status,
    /// value): notes and timestamps are left empty. It reads a covering index and numbers only, so scoring every
    /// habit of a ten-year journal stays fast.
    Result<QList<CheckIn>> scoringCheckIns(const QString &habitId);
    /// Tombstones the check-in (an undone day): deletedAt = updatedAt = `at`.
    Status markCheckInDeleted(const QString &habitId, QDate date, const QDateTime &at);

private:
    PreparedQuery m_saveHabit;
    PreparedQuery m_saveHabitBatch;
    PreparedQuery m_findHabit;
    PreparedQuery m_allHabits;
    PreparedQuery m_markHabitDeleted;
    PreparedQuery m_saveCheckIn;
    PreparedQuery m_saveCheckInBatch;
    PreparedQuery m_findCheckIn;
    PreparedQuery m_allCheckIns;
    PreparedQuery m_scoringCheckIns;
    PreparedQuery m_checkInsFor;
    PreparedQuery m_markCheckInDeleted;
};

} // namespace mosaic
