// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/CheckInRecording.h"

#include "habits/Habit.h"
#include "habits/HabitStore.h"

#include <QCoreApplication>

#include <cmath>

namespace mosaic {

double defaultCheckInValue(const Habit &habit, const std::optional<CheckIn> &day)
{
    if (habit.target.type != TargetType::Count)
        return 1;
    if (day && !day->isDeleted() && day->status == CheckInStatus::Done)
        return day->value;
    return habit.target.goal;
}

Status recordCheckIn(
    HabitStore &store, const QString &habitId, QDate date, CheckInStatus status, double value, const QDateTime &now, const std::optional<QString> &note)
{
    const Result<std::optional<Habit>> habit = store.findHabit(habitId);
    if (!habit)
        return habit.failure();
    if (!habit->has_value() || (*habit)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::CheckInRecording", "This ritual is no longer in your journal."));
    const bool counts = (*habit)->target.type == TargetType::Count;
    if (status == CheckInStatus::Done && counts && (!std::isfinite(value) || value < 0))
        return Failure::badInput(QCoreApplication::translate("mosaic::CheckInRecording", "The number for “%1” can be zero or more.").arg((*habit)->name));
    const Result<std::optional<CheckIn>> existing = store.findCheckIn(habitId, date);
    if (!existing)
        return existing.failure();

    CheckIn record;
    record.habitId = habitId;
    record.date = date;
    record.status = status;
    record.value = status == CheckInStatus::Done && counts ? value : 1;
    if (note)
        record.note = *note;
    else if (existing->has_value())
        record.note = (*existing)->note;
    record.updatedAt = now;
    return store.save(record);
}

Status takeBackCheckIn(HabitStore &store, const QString &habitId, QDate date, const QDateTime &now)
{
    const Result<std::optional<CheckIn>> existing = store.findCheckIn(habitId, date);
    if (!existing)
        return existing.failure();
    if (!existing->has_value() || (*existing)->isDeleted())
        return success();
    return store.markCheckInDeleted(habitId, date, now);
}

} // namespace mosaic
