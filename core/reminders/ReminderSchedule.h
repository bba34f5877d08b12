// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/Habit.h"
#include "reminders/Reminder.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

/// When reminders fire: pure rules, with the instant and the time zone always passed in (docs/reminders.md, "When a reminder fires").
///
/// Wall-clock times are read in the given zone. A time that does not exist on a day (spring-forward gap) falls on the
/// end of the gap, the first instant after it; a time that occurs twice (fall-back) falls on its first occurrence.
/// Gaps are found from the zone's offsets, not from QDateTime, whose handling of gaps differs between Qt versions.
namespace mosaic {

/// The instant a local date and wall-clock time fall on in `zone`, by the gap and fall-back rules above.
QDateTime wallClockInstant(QDate date, QTime time, const QTimeZone &zone);

/// The reminder's next scheduled instant strictly after `after`; nullopt when it is disabled, deleted or has no times.
std::optional<QDateTime> nextOccurrence(const Reminder &reminder, const QDateTime &after, const QTimeZone &zone);

/// The reminder's latest scheduled instant at or before `atOrBefore`; nullopt when it is disabled, deleted or has no
/// times.
std::optional<QDateTime> latestOccurrence(const Reminder &reminder, const QDateTime &atOrBefore, const QTimeZone &zone);

/// What a reminder is called wherever it shows (a notification, the tray, Today, `mosaic reminders`): its habit's name
/// as it is now, else the title it was given (a reminder of no habit, or one whose habit is not among `habits`).
QString reminderTitle(const Reminder &reminder, const QHash<QString, Habit> &habits);

/// One scheduled firing of a reminder, as `mosaic reminders` lists it.
struct ReminderFiring
{
    QString reminderId;
    QString title;
    QDateTime at; ///< In the zone it was computed for, so that it prints with the local offset.
    friend bool operator==(const ReminderFiring &, const ReminderFiring &) = default;
};

/// The next `count` scheduled firings of the enabled, non-deleted reminders strictly after `after`, in time order (ties
/// by reminder id). The schedule only: snoozes, quiet hours and pauses are the running service's business.
QList<ReminderFiring> upcomingFirings(const QList<Reminder> &reminders, const QDateTime &after, const QTimeZone &zone, int count);

/// Quiet hours: firings that fall from `start` up to `end` (wall-clock) wait until `end`. A period whose end is not
/// after its start wraps midnight and ends the next day; `days` are the ISO weekdays on which a period starts (empty:
/// every day). Equal start and end mean no quiet hours.
struct QuietHours
{
    QTime start;
    QTime end;
    QList<int> days;
    friend bool operator==(const QuietHours &, const QuietHours &) = default;
};

/// The end of the quiet period `instant` falls in, or `instant` itself when it falls in none.
QDateTime afterQuietHours(const QuietHours &quietHours, const QDateTime &instant, const QTimeZone &zone);

/// Everything besides the reminder that decides whether it may fire; the service gathers it, the rules only read it.
struct ReminderContext
{
    std::optional<QuietHours> quietHours;
    std::optional<QDateTime> pausedUntil; ///< Every reminder is paused before this instant; what falls in the pause is dropped.
    QSet<QString> silencedHabitIds; ///< Habits paused, archived or deleted: their reminders never fire.
    QSet<QString> habitsDoneToday; ///< Habits already done on the local date of `now`: nothing more for them that day.
};

/// Catch-up, the time from which a missed firing is dropped instead of fired late.
inline constexpr qint64 kCatchUpWindowSeconds = 12 * 3600;

/// What the service shows next for a reminder.
struct ReminderAlert
{
    QDateTime at; ///< When to show it: `now` when it is due (or overdue), else later.
    QDateTime scheduledAt; ///< The scheduled instant (or the snooze's end) it stands for; before `at` when held or late.
    bool snoozed = false; ///< It is the end of a snooze, not a scheduled instant.
    friend bool operator==(const ReminderAlert &, const ReminderAlert &) = default;
};

/// The next alert of the reminder as of `now`, or nullopt when it will not fire (disabled, deleted, silenced habit).
///
/// - Nothing at or before `since` fires, where `since` is the later of the reminder's `lastFiredAt` and `updatedAt`
///   (an instant before the last edit belongs to an old schedule). After showing an alert the service stores
///   `lastFiredAt` = the instant it showed it and clears `snoozedUntil`: so no scheduled instant fires twice, across
///   restarts too.
/// - Catch-up: of the scheduled instants missed since `since`, only the latest counts, and it fires at `now` if it was
///   due under 12 hours ago; older misses are dropped. Never one firing per missed instant.
/// - `snoozedUntil` (after `since`) fires once, unless it does not come before the next scheduled instant: then the
///   snooze is dropped and that instant fires as usual.
/// - Firings held by quiet hours wait until they end (several held instants give one alert); the 12 hours of catch-up
///   count from the end of the quiet hours that held the instant.
/// - Firings before the context's `pausedUntil` are dropped; a habit done today gets no alert until the next day.
std::optional<ReminderAlert> nextAlert(const Reminder &reminder, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone);

} // namespace mosaic
