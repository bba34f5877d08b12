// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reminders/Reminder.h"
#include "reminders/ReminderControls.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace mosaic {

class HabitStore;
class ReminderStore;

// What people do with reminders, each inside the caller's write transaction, stamped with the `now` given: the
// reminders of a habit (its page), and what a shown reminder writes (Done, Snooze, and firing it). The edits answer
// whether they wrote: an edit that changes nothing writes nothing. A reminder or habit that is not in the journal
// (or deleted) is Failure::badInput.

/// A new reminder for the habit at `time`, every day, titled with the habit's name; its id (createdAt = updatedAt =
/// `now`). An invalid `time` (text that did not read as one) is refused with how to write a time.
Result<QString> addHabitReminder(ReminderStore &reminders, HabitStore &habits, const QString &habitId, QTime time, const QDateTime &now);

/// Another time of day for the reminder (up to RecordLimits::kReminderTimes), kept in order; a time it has already
/// is left as it is. An edit moves updatedAt to `now`: a new schedule, whose earlier instants never fire late.
Result<bool> addReminderTime(ReminderStore &reminders, const QString &reminderId, QTime time, const QDateTime &now);

/// Removes one time of day; the last one cannot go (remove the reminder instead). A time it does not have is nothing
/// to do.
Result<bool> removeReminderTime(ReminderStore &reminders, const QString &reminderId, QTime time, const QDateTime &now);

/// Switches ISO weekday `day` on or off (toggledWeekday): at least one day stays.
Result<bool> toggleReminderDay(ReminderStore &reminders, const QString &reminderId, int day, const QDateTime &now);

/// Switches the reminder on or off.
Result<bool> setReminderEnabled(ReminderStore &reminders, const QString &reminderId, bool enabled, const QDateTime &now);

/// Removes the reminder: a tombstone at `now`.
Status removeReminder(ReminderStore &reminders, const QString &reminderId, const QDateTime &now);

/// A reminder's Done: today's check-in of the habit as done, with defaultCheckInValue() (a note already written
/// stays), so that the day is met: a count the day already has below the goal is raised to the goal. A day already
/// met keeps its check-in as it is (false: nothing written).
Result<bool> recordReminderDone(HabitStore &habits, const QString &habitId, QDate today, const QDateTime &now);

/// Snoozes the reminder to `until` when the rules accept it (acceptedSnooze); returns the stored end, or nullopt
/// (nothing written) when the snooze was dropped because it would pass the next firing. A snooze is not an edit of
/// the schedule: updatedAt stays.
Result<std::optional<QDateTime>>
snoozeReminder(ReminderStore &reminders, const QString &reminderId, const QDateTime &until, const QDateTime &now, const QTimeZone &zone);

/// Claims the reminder's due alert for showing: when nextAlert() says it is due at `now` (read again here, so that
/// another instance or an edit that came first wins), stores lastFiredAt = `now` and clears snoozedUntil. Returns the
/// reminder as it was before, or nullopt (nothing written) when it is not due.
Result<std::optional<Reminder>>
claimReminderAlert(ReminderStore &reminders, const QString &reminderId, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone);

} // namespace mosaic
