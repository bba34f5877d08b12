// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderControls.h"

#include "habits/HabitPause.h"

#include <QHash>

#include <algorithm>

namespace mosaic {

QDateTime snoozeEnd(SnoozeChoice choice, const QDateTime &now, const QTimeZone &zone, QTime until)
{
    switch (choice) {
    case SnoozeChoice::TenMinutes:
        return now.addSecs(10 * 60);
    case SnoozeChoice::OneHour:
        return now.addSecs(3600);
    case SnoozeChoice::UntilTime:
        break;
    }
    if (!until.isValid())
        return {};
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime sameDay = wallClockInstant(today, until, zone);
    return sameDay > now ? sameDay : wallClockInstant(today.addDays(1), until, zone);
}

std::optional<QDateTime> acceptedSnooze(const Reminder &reminder, const QDateTime &until, const QDateTime &now, const QTimeZone &zone)
{
    if (!reminder.enabled || reminder.stamps.isDeleted() || !until.isValid() || until <= now)
        return std::nullopt;
    const auto next = nextOccurrence(reminder, now, zone);
    if (next && !(until < *next))
        return std::nullopt; // it would pass the next firing: that one comes as usual
    return until;
}

std::optional<QList<int>> toggledWeekday(const QList<int> &days, int day)
{
    if (day < 1 || day > 7)
        return std::nullopt;
    QList<int> result;
    for (int d = 1; d <= 7; ++d) {
        const bool on = days.isEmpty() || days.contains(d);
        if (d == day ? !on : on)
            result.append(d);
    }
    if (result.isEmpty())
        return std::nullopt;
    if (result.size() == 7)
        result.clear();
    return result;
}

QDateTime pauseEnd(PauseChoice choice, const QDateTime &now, const QTimeZone &zone)
{
    if (choice == PauseChoice::OneHour)
        return now.addSecs(3600);
    return wallClockInstant(now.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
}

bool habitSettledToday(const Habit &habit, const std::optional<CheckIn> &checkIn)
{
    if (!checkIn || checkIn->isDeleted())
        return false;
    if (checkIn->status == CheckInStatus::Skipped)
        return true;
    return habit.target.type == TargetType::Check || checkIn->value >= habit.target.goal;
}

ReminderContext habitContext(const QList<Habit> &habits, const QList<CheckIn> &todaysCheckIns, QDate today)
{
    QHash<QString, CheckIn> byHabit;
    for (const CheckIn &checkIn : todaysCheckIns) {
        if (checkIn.date == today && !checkIn.isDeleted())
            byHabit.insert(checkIn.habitId, checkIn);
    }
    ReminderContext context;
    for (const Habit &habit : habits) {
        const QString &id = habit.stamps.id;
        const auto found = byHabit.constFind(id);
        const std::optional<CheckIn> checkIn = found == byHabit.cend() ? std::nullopt : std::optional<CheckIn>(*found);
        if (habit.archived || habit.stamps.isDeleted() || (checkIn && isPauseCheckIn(*checkIn)))
            context.silencedHabitIds.insert(id);
        else if (habitSettledToday(habit, checkIn))
            context.habitsDoneToday.insert(id);
    }
    return context;
}

QList<AwayReminder> awayReminders(const QList<Reminder> &reminders, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    QList<AwayReminder> away;
    for (const Reminder &reminder : reminders) {
        if (reminder.habitId && context.silencedHabitIds.contains(*reminder.habitId))
            continue;
        const auto latest = latestOccurrence(reminder, now, zone); // nullopt when disabled or deleted
        if (!latest || latest->toTimeZone(zone).date() != today)
            continue;
        if (reminder.stamps.updatedAt.isValid() && *latest <= reminder.stamps.updatedAt)
            continue; // an instant of an older schedule, or before the reminder existed
        if (context.pausedUntil && *latest < *context.pausedUntil)
            continue;
        if (reminder.snoozedUntil && *reminder.snoozedUntil > now)
            continue;
        if (reminder.habitId) {
            if (context.habitsDoneToday.contains(*reminder.habitId))
                continue;
        } else if (reminder.lastFiredAt && *reminder.lastFiredAt >= *latest) {
            continue;
        }
        away.append({reminder.stamps.id, reminder.habitId, reminder.title, *latest});
    }
    std::sort(away.begin(), away.end(), [](const AwayReminder &a, const AwayReminder &b) {
        return a.scheduledAt != b.scheduledAt ? a.scheduledAt < b.scheduledAt : a.reminderId < b.reminderId;
    });
    return away;
}

} // namespace mosaic
