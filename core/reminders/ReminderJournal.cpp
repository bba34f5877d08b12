// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderJournal.h"

#include "common/TimeInput.h"
#include "journal/JournalSession.h"
#include "reminders/ReminderActions.h"
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

namespace {

// One write of the reminders: `change` (a core action) inside a write transaction that commits when it succeeds. The
// failures go back to the caller, which shows them its own way (the service has no window of its own).
template <typename T, typename Change>
Result<T> inTransaction(JournalSession &session, Change change)
{
    if (!session.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::ReminderJournal", "The journal is not open."));
    auto transaction = WriteTransaction::begin(session.database());
    if (!transaction)
        return transaction.failure();
    Result<T> changed = change();
    if (!changed)
        return changed;
    if (Status committed = transaction->commit(); !committed)
        return committed.failure();
    return changed;
}

} // namespace

Status recordDone(JournalSession &session, const QString &habitId, QDate today, const QDateTime &now)
{
    const Result<bool> wrote = inTransaction<bool>(session, [&] { return recordReminderDone(session.habits(), habitId, today, now); });
    if (!wrote)
        return wrote.failure();
    if (*wrote)
        session.notifyChanged(JournalSession::Habits);
    return success();
}

Result<std::optional<QDateTime>> snooze(JournalSession &session, const QString &reminderId, const QDateTime &until, const QDateTime &now, const QTimeZone &zone)
{
    Result<std::optional<QDateTime>> snoozed =
        inTransaction<std::optional<QDateTime>>(session, [&] { return snoozeReminder(session.reminders(), reminderId, until, now, zone); });
    if (snoozed && snoozed->has_value())
        session.notifyChanged(JournalSession::Reminders);
    return snoozed;
}

Result<std::optional<Reminder>>
claimDueAlert(JournalSession &session, const QString &reminderId, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone)
{
    return inTransaction<std::optional<Reminder>>(session, [&] { return claimReminderAlert(session.reminders(), reminderId, context, now, zone); });
}

} // namespace mosaic::ReminderJournal
