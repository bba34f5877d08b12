// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitActions.h"

#include "common/Uuid.h"
#include "habits/CheckInRecording.h"
#include "habits/HabitStore.h"

#include <QCoreApplication>

namespace mosaic {

Result<HabitSaving> saveHabit(HabitStore &store, const HabitDraft &draft, const QDateTime &now)
{
    Habit habit;
    if (!draft.habitId.isEmpty()) {
        const Result<std::optional<Habit>> found = store.findHabit(draft.habitId);
        if (!found)
            return found.failure();
        if (!found->has_value() || (*found)->stamps.isDeleted())
            return Failure::badInput(QCoreApplication::translate("mosaic::HabitForm", "This habit was deleted meanwhile, so the changes could not be saved."));
        habit = **found; // keeps what the form does not show (archived, stamps)
    }
    habit.name = draft.name.trimmed();
    habit.prompt = draft.prompt.trimmed();
    habit.ritual = draft.ritual;
    habit.schedule = {};
    habit.schedule.type = draft.schedule.type;
    if (habit.schedule.type == ScheduleType::Weekdays)
        habit.schedule.days = draft.schedule.days;
    if (habit.schedule.type == ScheduleType::PerWeek)
        habit.schedule.times = draft.schedule.times;
    habit.target = {};
    habit.target.type = draft.target.type;
    if (habit.target.type == TargetType::Count) {
        habit.target.goal = draft.target.goal;
        habit.target.unit = draft.target.unit.trimmed();
    }
    habit.startDate = draft.startDate;
    habit.color = draft.color.trimmed();

    HabitSaving saving;
    saving.problems = validateHabit(habit);
    if (!saving.saved())
        return saving;
    if (habit.stamps.id.isEmpty()) {
        habit.stamps.id = Uuid::create();
        habit.stamps.createdAt = now;
    }
    habit.stamps.updatedAt = now;
    if (Status saved = store.save(habit); !saved)
        return saved.failure();
    saving.habitId = habit.stamps.id;
    return saving;
}

Status changeCheckInValue(HabitStore &store, const QString &habitId, QDate date, double value, const QDateTime &now)
{
    const Result<std::optional<CheckIn>> existing = store.findCheckIn(habitId, date);
    if (!existing)
        return existing.failure();
    if (!existing->has_value() || (*existing)->isDeleted() || (*existing)->status != CheckInStatus::Done)
        return Failure::badInput(QCoreApplication::translate("mosaic::TodayModel", "Check this ritual off first, then change its number."));
    return recordCheckIn(store, habitId, date, CheckInStatus::Done, value, now);
}

} // namespace mosaic
