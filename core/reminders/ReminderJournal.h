// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/Habit.h"
#include "reminders/Reminder.h"
#include "reminders/ReminderControls.h"
#include "reminders/ReminderSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace mosaic {

class JournalSession;

/// What the reminders read from the journal and the few writes they make, shared by the running service (tray,
/// notifications) and the window's reminder views. Each write is one core action (ReminderActions) in a transaction of
/// its own and ends with session.notifyChanged() when it wrote; failures are returned, not shown. Reads are light (the
/// live reminders, their habits, today's check-ins of those habits).
namespace ReminderJournal {

/// The live reminders, the habits they name, and the habit side of the context on `today`.
struct Snapshot
{
    QList<Reminder> reminders;
    QHash<QString, Habit> habits; ///< By id; only the habits the reminders name (deleted ones included).
    ReminderContext context; ///< silencedHabitIds and habitsDoneToday; quiet hours and the pause left to the caller.
};

Result<Snapshot> load(JournalSession &session, QDate today);

/// A time of day as people read it here: the language's short time format, without seconds.
QString timeOfDayText(QTime time);

/// Records today's check-in for `habitId` as done (recordReminderDone: count habits their goal, see
/// defaultCheckInValue; a note already written stays), stamped `now`. A day already done keeps its value. Notifies
/// Habits.
Status recordDone(JournalSession &session, const QString &habitId, QDate today, const QDateTime &now);

/// Snoozes the reminder to `until` when the rules accept it (acceptedSnooze); returns the stored end, or nullopt when
/// the snooze was dropped because it would pass the next firing. Notifies Reminders.
Result<std::optional<QDateTime>>
snooze(JournalSession &session, const QString &reminderId, const QDateTime &until, const QDateTime &now, const QTimeZone &zone);

/// Claims the reminder's due alert for showing, in one transaction: re-reads the reminder, and when nextAlert() still
/// says it is due at `now` stores lastFiredAt = `now` and clears snoozedUntil. Returns the reminder as it was when
/// the alert is claimed, nullopt when it is not due (any more: another instance or an edit came first).
/// Does not notify: the caller does once for all it fired.
Result<std::optional<Reminder>>
claimDueAlert(JournalSession &session, const QString &reminderId, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone);

} // namespace ReminderJournal
} // namespace mosaic
