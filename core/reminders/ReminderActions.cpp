// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderActions.h"

#include "common/RecordLimits.h"
#include "common/TimeInput.h"
#include "common/Uuid.h"
#include "habits/CheckInRecording.h"
#include "habits/HabitStore.h"
#include "reminders/ReminderSchedule.h"
#include "reminders/ReminderStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mosaic {
namespace {

constexpr int kMaxTimes = int(RecordLimits::kReminderTimes);

// The messages keep the context of the view-model that wrote them before, so that the translations still match.
Failure reminderGone()
{
    return Failure::badInput(QCoreApplication::translate("mosaic::HabitRemindersModel", "This reminder is no longer in your journal."));
}

// Reads the live reminder, lets `edit` change a copy (a failure refuses the edit), and saves it with updatedAt = `now`
// when it changed.
template <typename Edit>
Result<bool> editReminder(ReminderStore &reminders, const QString &reminderId, const QDateTime &now, Edit edit)
{
    const Result<std::optional<Reminder>> found = reminders.findReminder(reminderId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return reminderGone();
    Reminder reminder = **found;
    if (Status edited = edit(reminder); !edited)
        return edited.failure();
    if (reminder == **found)
        return false;
    // An edit starts a new schedule: instants before it never fire late (see nextAlert).
    reminder.stamps.updatedAt = now;
    if (Status saved = reminders.save(reminder); !saved)
        return saved.failure();
    return true;
}

// How to write a time, with an example in the locale's own form: what an invalid time is refused with.
Failure badTime()
{
    //: %1 is a morning time as the user's language writes it (e.g. "7:30 AM" or "07:30").
    return Failure::badInput(QCoreApplication::translate("mosaic::HabitRemindersModel", "Write the time as hours and minutes, for example %1 or 19:00.")
                                 .arg(TimeInput::format(QTime(7, 30), QLocale())));
}

} // namespace

Result<QString> addHabitReminder(ReminderStore &reminders, HabitStore &habits, const QString &habitId, QTime time, const QDateTime &now)
{
    if (!time.isValid())
        return badTime();
    const Result<std::optional<Habit>> habit = habits.findHabit(habitId);
    if (!habit)
        return habit.failure();
    if (!habit->has_value() || (*habit)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::HabitRemindersModel", "This ritual is no longer in your journal."));
    Reminder reminder;
    reminder.stamps.id = Uuid::create();
    reminder.stamps.createdAt = now;
    reminder.stamps.updatedAt = now;
    reminder.habitId = habitId;
    reminder.title = (*habit)->name;
    reminder.times = {QTime(time.hour(), time.minute())};
    if (Status saved = reminders.save(reminder); !saved)
        return saved.failure();
    return reminder.stamps.id;
}

Result<bool> addReminderTime(ReminderStore &reminders, const QString &reminderId, QTime time, const QDateTime &now)
{
    if (!time.isValid())
        return badTime();
    const QTime minute(time.hour(), time.minute());
    return editReminder(reminders, reminderId, now, [&minute](Reminder &reminder) -> Status {
        if (reminder.times.contains(minute))
            return success();
        if (reminder.times.size() >= kMaxTimes)
            return Failure::badInput(QCoreApplication::translate("mosaic::HabitRemindersModel", "A reminder holds up to %1 times of day.").arg(kMaxTimes));
        reminder.times.append(minute);
        std::sort(reminder.times.begin(), reminder.times.end());
        return success();
    });
}

Result<bool> removeReminderTime(ReminderStore &reminders, const QString &reminderId, QTime time, const QDateTime &now)
{
    return editReminder(reminders, reminderId, now, [&time](Reminder &reminder) -> Status {
        if (!reminder.times.contains(time))
            return success();
        if (reminder.times.size() == 1)
            return Failure::badInput(
                QCoreApplication::translate("mosaic::HabitRemindersModel", "A reminder needs one time of day; remove the reminder instead."));
        reminder.times.removeAll(time);
        return success();
    });
}

Result<bool> toggleReminderDay(ReminderStore &reminders, const QString &reminderId, int day, const QDateTime &now)
{
    return editReminder(reminders, reminderId, now, [day](Reminder &reminder) -> Status {
        const auto days = toggledWeekday(reminder.days, day);
        if (!days)
            return Failure::badInput(
                QCoreApplication::translate("mosaic::HabitRemindersModel", "A reminder needs at least one day. To rest it, switch it off."));
        reminder.days = *days;
        return success();
    });
}

Result<bool> setReminderEnabled(ReminderStore &reminders, const QString &reminderId, bool enabled, const QDateTime &now)
{
    return editReminder(reminders, reminderId, now, [enabled](Reminder &reminder) -> Status {
        reminder.enabled = enabled;
        return success();
    });
}

Status removeReminder(ReminderStore &reminders, const QString &reminderId, const QDateTime &now)
{
    return reminders.markReminderDeleted(reminderId, now);
}

Result<bool> recordReminderDone(HabitStore &habits, const QString &habitId, QDate today, const QDateTime &now)
{
    const Result<std::optional<Habit>> habit = habits.findHabit(habitId);
    if (!habit)
        return habit.failure();
    if (!habit->has_value() || (*habit)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::ReminderJournal", "This ritual is no longer in your journal."));
    const Result<std::optional<CheckIn>> existing = habits.findCheckIn(habitId, today);
    if (!existing)
        return existing.failure();
    const Habit &ritual = **habit;
    const bool counts = ritual.target.type == TargetType::Count;
    const double value = defaultCheckInValue(ritual, *existing);
    const bool done = existing->has_value() && !(*existing)->isDeleted() && (*existing)->status == CheckInStatus::Done;
    if (done && (!counts || value >= ritual.target.goal))
        return false; // a day already met is left as it is
    // Done from a reminder meets the goal: a count the day has below it is raised to the goal.
    if (Status saved = recordCheckIn(habits, habitId, today, CheckInStatus::Done, counts ? std::max(value, ritual.target.goal) : value, now); !saved)
        return saved.failure();
    return true;
}

Result<std::optional<QDateTime>>
snoozeReminder(ReminderStore &reminders, const QString &reminderId, const QDateTime &until, const QDateTime &now, const QTimeZone &zone)
{
    const Result<std::optional<Reminder>> found = reminders.findReminder(reminderId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::ReminderJournal", "This reminder is no longer in your journal."));
    Reminder reminder = **found;
    const std::optional<QDateTime> accepted = acceptedSnooze(reminder, until, now, zone);
    if (!accepted)
        return std::optional<QDateTime>();
    // A snooze is not an edit of the schedule: updatedAt stays, so the instants it was made for still count.
    reminder.snoozedUntil = accepted->toUTC();
    if (Status saved = reminders.save(reminder); !saved)
        return saved.failure();
    return accepted;
}

Result<std::optional<Reminder>>
claimReminderAlert(ReminderStore &reminders, const QString &reminderId, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone)
{
    const Result<std::optional<Reminder>> found = reminders.findReminder(reminderId);
    if (!found)
        return found.failure();
    if (!found->has_value())
        return std::optional<Reminder>();
    const Reminder &reminder = **found;
    const auto alert = nextAlert(reminder, context, now, zone);
    if (!alert || alert->at > now)
        return std::optional<Reminder>();
    Reminder fired = reminder;
    fired.lastFiredAt = now.toUTC();
    fired.snoozedUntil.reset();
    if (Status saved = reminders.save(fired); !saved)
        return saved.failure();
    return std::optional<Reminder>(reminder);
}

} // namespace mosaic
