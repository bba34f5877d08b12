// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderJournal.h"

#include "common/TimeInput.h"
#include "habits/CheckInRecording.h"

#include "journal/JournalSession.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

namespace mosaic::ReminderJournal {

Result<Snapshot> load(JournalSession &session, QDate today)
{
    if (!session.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::ReminderJournal", "The journal is not open."));
    Result<QList<Reminder>> reminders = session.reminders().allReminders(IncludeDeleted::No);
    if (!reminders)
        return reminders.failure();
    Snapshot snapshot;
    snapshot.reminders = std::move(*reminders);
    QList<Habit> habits;
    QList<CheckIn> checkIns;
    for (const Reminder &reminder : std::as_const(snapshot.reminders)) {
        if (!reminder.habitId || snapshot.habits.contains(*reminder.habitId))
            continue;
        Result<std::optional<Habit>> habit = session.habits().findHabit(*reminder.habitId);
        if (!habit)
            return habit.failure();
        if (!habit->has_value())
            continue;
        snapshot.habits.insert(*reminder.habitId, **habit);
        habits.append(**habit);
        Result<std::optional<CheckIn>> checkIn = session.habits().findCheckIn(*reminder.habitId, today);
        if (!checkIn)
            return checkIn.failure();
        if (checkIn->has_value())
            checkIns.append(**checkIn);
    }
    snapshot.context = habitContext(habits, checkIns, today);
    return snapshot;
}

QString timeOfDayText(QTime time)
{
    return TimeInput::format(time, QLocale());
}

Status recordDone(JournalSession &session, const QString &habitId, QDate today, const QDateTime &now)
{
    if (!session.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::ReminderJournal", "The journal is not open."));
    auto transaction = WriteTransaction::begin(session.database());
    if (!transaction)
        return transaction.failure();
    HabitStore &store = session.habits();
    Result<std::optional<Habit>> habit = store.findHabit(habitId);
    if (!habit)
        return habit.failure();
    if (!habit->has_value() || (*habit)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::ReminderJournal", "This ritual is no longer in your journal."));
    Result<std::optional<CheckIn>> existing = store.findCheckIn(habitId, today);
    if (!existing)
        return existing.failure();
    const bool counts = (*habit)->target.type == TargetType::Count;
    if (existing->has_value() && !(*existing)->isDeleted() && (*existing)->status == CheckInStatus::Done &&
        (!counts || (*existing)->value >= (*habit)->target.goal))
        return success(); // already done: nothing to change
    // Done from a reminder meets the goal: a count ritual records its goal.
    if (Status saved = recordCheckIn(store, habitId, today, CheckInStatus::Done, counts ? (*habit)->target.goal : 1, now); !saved)
        return saved;
    if (Status committed = transaction->commit(); !committed)
        return committed;
    session.notifyChanged(JournalSession::Habits);
    return success();
}

Result<std::optional<QDateTime>> snooze(JournalSession &session, const QString &reminderId, const QDateTime &until, const QDateTime &now, const QTimeZone &zone)
{
    if (!session.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::ReminderJournal", "The journal is not open."));
    auto transaction = WriteTransaction::begin(session.database());
    if (!transaction)
        return transaction.failure();
    Result<std::optional<Reminder>> found = session.reminders().findReminder(reminderId);
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
    if (Status saved = session.reminders().save(reminder); !saved)
        return saved.failure();
    if (Status committed = transaction->commit(); !committed)
        return committed.failure();
    session.notifyChanged(JournalSession::Reminders);
    return accepted;
}

Result<std::optional<Reminder>>
claimDueAlert(JournalSession &session, const QString &reminderId, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone)
{
    if (!session.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::ReminderJournal", "The journal is not open."));
    auto transaction = WriteTransaction::begin(session.database());
    if (!transaction)
        return transaction.failure();
    Result<std::optional<Reminder>> found = session.reminders().findReminder(reminderId);
    if (!found)
        return found.failure();
    if (!found->has_value())
        return std::optional<Reminder>();
    const Reminder reminder = **found;
    const auto alert = nextAlert(reminder, context, now, zone);
    if (!alert || alert->at > now)
        return std::optional<Reminder>();
    Reminder fired = reminder;
    fired.lastFiredAt = now.toUTC();
    fired.snoozedUntil.reset();
    if (Status saved = session.reminders().save(fired); !saved)
        return saved.failure();
    if (Status committed = transaction->commit(); !committed)
        return committed.failure();
    return std::optional<Reminder>(reminder);
}

} // namespace mosaic::ReminderJournal
