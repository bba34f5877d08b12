// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "reminders/Reminder.h"
#include "reminders/ReminderSchedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

/// What a person does with reminders — snooze one, pause them all — and what the running service gathers around
/// them, as pure rules with the instant and the zone passed in (docs/reminders.md, "When a reminder fires"; nextAlert() decides firing).
namespace mosaic {

/// The snoozes offered: ten minutes, an hour, or until a chosen wall-clock time.
enum class SnoozeChoice
{
    TenMinutes,
    OneHour,
    UntilTime
};

/// When a snooze chosen at `now` ends: now + 10 min, now + 1 h, or the next time `until` shows on the wall clock
/// after `now` (today, else tomorrow; by the gap and fall-back rules of wallClockInstant). An invalid `until` with
/// UntilTime gives an invalid QDateTime.
QDateTime snoozeEnd(SnoozeChoice choice, const QDateTime &now, const QTimeZone &zone, QTime until = {});

/// The snoozedUntil to store when `reminder` is snoozed to `until` at `now`, or nullopt when the snooze is dropped:
/// it is not after `now`, or it would not come before the reminder's next scheduled instant (that instant fires as
/// usual instead).
std::optional<QDateTime> acceptedSnooze(const Reminder &reminder, const QDateTime &until, const QDateTime &now, const QTimeZone &zone);

/// The weekdays of a reminder after the person toggles ISO weekday `day` (1–7) on or off. `days` as a Reminder holds
/// them: empty means every day, so toggling a day off starts from all seven, and all seven come back as empty. Sorted.
/// nullopt when it would leave no day (switch the reminder off instead) or `day` is not 1–7.
std::optional<QList<int>> toggledWeekday(const QList<int> &days, int day);

/// How long all reminders are paused.
enum class PauseChoice
{
    OneHour,
    UntilTomorrow ///< Until the start of the next local day.
};

/// The end of a pause chosen at `now`.
QDateTime pauseEnd(PauseChoice choice, const QDateTime &now, const QTimeZone &zone);

/// Whether `habit` counts as taken care of today by `checkIn` (its check-in of today, if any): a live done check-in
/// meeting the target (any for `check`, value ≥ goal for `count`), or a live skipped one (a skip or a pause day).
bool habitSettledToday(const Habit &habit, const std::optional<CheckIn> &checkIn);

/// The habit side of a ReminderContext on local date `today`. `habits`: those the reminders name (any order);
/// `todaysCheckIns`: their check-ins dated `today` (others and tombstones are ignored). Silenced: archived or deleted
/// habits, and those paused today (a pause check-in, see HabitPause.h). Done today: habitSettledToday().
ReminderContext habitContext(const QList<Habit> &habits, const QList<CheckIn> &todaysCheckIns, QDate today);

/// A reminder that came due today while no one answered it, for Today's "while you were away".
struct AwayReminder
{
    QString reminderId;
    std::optional<QString> habitId;
    QString title;
    QDateTime scheduledAt; ///< Its latest scheduled instant today, at or before now.
    friend bool operator==(const AwayReminder &, const AwayReminder &) = default;
};

/// The reminders whose latest scheduled instant on the local date of `now` has passed (at or before `now`) and that
/// still wait: not disabled, deleted or silenced; that instant after the reminder's last edit and not inside the
/// pause; not snoozed past `now`; a habit's reminder while the habit is not done today (whether or not its alert was
/// shown: a person who was there would have checked it off); a reminder without a habit only while that instant was
/// not shown (lastFiredAt before it). Ordered by that instant, then by reminder id.
QList<AwayReminder> awayReminders(const QList<Reminder> &reminders, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone);

} // namespace mosaic
