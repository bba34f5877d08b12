// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/CheckIn.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mosaic {

class HabitStore;
struct Habit;

/// The value a check-off records when the person gives no number (a reminder's Done, `mosaic checkin` without
/// --value): the one decision for both. A check habit records 1. A count habit records its goal, or, when `day` is
/// already done, the number it has (checking a done day off again never changes what was counted).
double defaultCheckInValue(const Habit &habit, const std::optional<CheckIn> &day);

/// Checking a ritual off or skipping it, the same wherever it is done (Today, Habits, a reminder's Done): one rule for
/// the row that is written. Runs inside the caller's write transaction.
///
/// - The habit must be in the journal (not deleted).
/// - Done: a count habit keeps `value` (finite, 0 or more), a check habit records 1. Skipped records 1: value 0 marks
///   the skips a pause wrote (HabitPause), so a skip by hand is never taken for one.
/// - A note written on the day stays with it, also when the check-in had been taken back before; a `note` given
///   replaces it.
/// - The check-in's updatedAt is `now`.
Status recordCheckIn(HabitStore &store,
                     const QString &habitId,
                     QDate date,
                     CheckInStatus status,
                     double value,
                     const QDateTime &now,
                     const std::optional<QString> &note = std::nullopt);

/// Takes the day's check-in back (a tombstone that keeps its note); nothing to do when there is none.
Status takeBackCheckIn(HabitStore &store, const QString &habitId, QDate date, const QDateTime &now);

} // namespace mosaic
