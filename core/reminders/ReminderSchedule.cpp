// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderSchedule.h"

#include <algorithm>

namespace mosaic {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;
// Past this many days without a scheduled day, a reminder's weekdays are treated as none.
constexpr int kDaysToScan = 15;

qint64 offsetMsAt(const QTimeZone &zone, qint64 utcMs)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

bool mayFire(const Reminder &reminder)
{
    return reminder.enabled && !reminder.stamps.isDeleted() && !reminder.times.isEmpty();
}

// The reminder's instants on one local date, in time order, each once (two times in one gap fall on one instant).
QList<QDateTime> instantsOn(const Reminder &reminder, QDate date, const QTimeZone &zone)
{
    QList<QDateTime> instants;
    if (!reminder.days.isEmpty() && !reminder.days.contains(date.dayOfWeek()))
        return instants;
    for (const QTime &time : reminder.times) {
        if (time.isValid())
            instants.append(wallClockInstant(date, time, zone));
    }
    std::sort(instants.begin(), instants.end());
    instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
    return instants;
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

} // namespace

QDateTime wallClockInstant(QDate date, QTime time, const QTimeZone &zone)
{
    // The wall-clock reading as if it were UTC; an instant u shows it when u + offset(u) == wall.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    // Offsets in force around that reading: no zone's offset reaches a day, and transitions are months apart.
    QList<qint64> offsets;
    for (const qint64 probe : {wall - kMsPerDay, wall - 12 * kMsPerHour, wall, wall + 12 * kMsPerHour, wall + kMsPerDay}) {
        const qint64 offset = offsetMsAt(zone, probe);
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    std::optional<qint64> first;
    for (const qint64 offset : std::as_const(offsets)) {
        const qint64 candidate = wall - offset;
        if (offsetMsAt(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate; // the earliest reading wins when the clock falls back
    }
    if (first)
        return QDateTime::fromMSecsSinceEpoch(*first, zone);

    // A gap: the reading is skipped. Fire at the gap's end, the first instant whose reading is past `wall`. Searched
    // on offsets (not QDateTime's own gap handling, which differs between Qt versions).
    const qint64 low = *std::min_element(offsets.cbegin(), offsets.cend());
    const qint64 high = *std::max_element(offsets.cbegin(), offsets.cend());
    const auto pastWall = [&zone, wall](qint64 utcMs) { return utcMs + offsetMsAt(zone, utcMs) > wall; };
    qint64 before = wall - high; // reads before the gap
    qint64 after = wall - low; // reads after it
    if (pastWall(before) || !pastWall(after))
        return QDateTime::fromMSecsSinceEpoch(after, zone);
    while (after - before > 1) {
        const qint64 middle = before + (after - before) / 2;
        if (pastWall(middle))
            after = middle;
        else
            before = middle;
    }
    return QDateTime::fromMSecsSinceEpoch(after, zone);
}

std::optional<QDateTime> nextOccurrence(const Reminder &reminder, const QDateTime &after, const QTimeZone &zone)
{
    if (!mayFire(reminder))
        return std::nullopt;
    const QDate start = localDate(after, zone).addDays(-1);
    std::optional<QDateTime> found;
    for (int day = 0; day <= kDaysToScan; ++day) {
        for (const QDateTime &instant : instantsOn(reminder, start.addDays(day), zone)) {
            if (instant > after && (!found || instant < *found))
                found = instant;
        }
        // One more day after the first hit, in case a shift of the clock put an earlier instant on the next date.
        if (found && localDate(*found, zone) < start.addDays(day))
            break;
    }
    return found;
}

std::optional<QDateTime> latestOccurrence(const Reminder &reminder, const QDateTime &atOrBefore, const QTimeZone &zone)
{
    if (!mayFire(reminder))
        return std::nullopt;
    const QDate start = localDate(atOrBefore, zone).addDays(1);
    std::optional<QDateTime> found;
    for (int day = 0; day <= kDaysToScan; ++day) {
        for (const QDateTime &instant : instantsOn(reminder, start.addDays(-day), zone)) {
            if (instant <= atOrBefore && (!found || instant > *found))
                found = instant;
        }
        if (found && localDate(*found, zone) > start.addDays(-day))
            break;
    }
    return found;
}

QString reminderTitle(const Reminder &reminder, const QHash<QString, Habit> &habits)
{
    if (reminder.habitId) {
        const auto found = habits.constFind(*reminder.habitId);
        if (found != habits.cend() && !found->name.isEmpty())
            return found->name;
    }
    return reminder.title;
}

QList<ReminderFiring> upcomingFirings(const QList<Reminder> &reminders, const QDateTime &after, const QTimeZone &zone, int count)
{
    struct Cursor
    {
        const Reminder *reminder;
        QDateTime next;
    };
    QList<Cursor> cursors;
    for (const Reminder &reminder : reminders) {
        if (const auto next = nextOccurrence(reminder, after, zone))
            cursors.append({&reminder, *next});
    }
    QList<ReminderFiring> firings;
    while (firings.size() < count && !cursors.isEmpty()) {
        const auto earliest = std::min_element(cursors.begin(), cursors.end(), [](const Cursor &a, const Cursor &b) {
            return a.next != b.next ? a.next < b.next : a.reminder->stamps.id < b.reminder->stamps.id;
        });
        firings.append({earliest->reminder->stamps.id, earliest->reminder->title, earliest->next});
        if (const auto next = nextOccurrence(*earliest->reminder, earliest->next, zone))
            earliest->next = *next;
        else
            cursors.erase(earliest);
    }
    return firings;
}

QDateTime afterQuietHours(const QuietHours &quietHours, const QDateTime &instant, const QTimeZone &zone)
{
    if (!quietHours.start.isValid() || !quietHours.end.isValid() || quietHours.start == quietHours.end)
        return instant;
    const bool wraps = quietHours.end < quietHours.start;
    const QDate date = localDate(instant, zone);
    // The period that started the day before may still be running (it wraps midnight), or the one of this day.
    for (const QDate startDate : {date.addDays(-1), date}) {
        if (!quietHours.days.isEmpty() && !quietHours.days.contains(startDate.dayOfWeek()))
            continue;
        const QDateTime start = wallClockInstant(startDate, quietHours.start, zone);
        const QDateTime end = wallClockInstant(wraps ? startDate.addDays(1) : startDate, quietHours.end, zone);
        if (start <= instant && instant < end)
            return end;
    }
    return instant;
}

std::optional<ReminderAlert> nextAlert(const Reminder &reminder, const ReminderContext &context, const QDateTime &now, const QTimeZone &zone)
{
    if (!mayFire(reminder))
        return std::nullopt;
    if (reminder.habitId && context.silencedHabitIds.contains(*reminder.habitId))
        return std::nullopt;

    const QDateTime since = later(reminder.lastFiredAt.value_or(QDateTime()), reminder.stamps.updatedAt);
    const QDateTime pausedUntil = context.pausedUntil.value_or(QDateTime());
    const QDate today = localDate(now, zone);
    const bool doneToday = reminder.habitId && context.habitsDoneToday.contains(*reminder.habitId);
    const auto hold = [&](const QDateTime &instant) { return context.quietHours ? afterQuietHours(*context.quietHours, instant, zone) : instant; };
    // Whether an instant that became due may still fire: not fired or superseded already, not in the pause.
    const auto eligible = [&](const QDateTime &instant) { return (!since.isValid() || instant > since) && (!pausedUntil.isValid() || instant >= pausedUntil); };
    const auto shownToday = [&](const QDateTime &at) { return doneToday && localDate(at, zone) == today; };
    // An instant that is already due: shown now (or when quiet hours end), unless it is 12 hours late.
    const auto catchUp = [&](const QDateTime &instant, bool snoozed) -> std::optional<ReminderAlert> {
        const QDateTime heldTo = hold(instant);
        if (heldTo <= now && heldTo.msecsTo(now) >= kCatchUpWindowSeconds * 1000)
            return std::nullopt;
        const QDateTime at = heldTo <= now ? hold(now) : heldTo;
        if (shownToday(at))
            return std::nullopt;
        return ReminderAlert{at, instant, snoozed};
    };

    // Only the latest missed instant counts; the ones before it are covered by it.
    if (const auto latest = latestOccurrence(reminder, now, zone); latest && eligible(*latest)) {
        if (auto alert = catchUp(*latest, false))
            return alert;
    }

    if (reminder.snoozedUntil && reminder.snoozedUntil->isValid() && eligible(*reminder.snoozedUntil)) {
        const QDateTime &until = *reminder.snoozedUntil;
        const auto nextScheduled = nextOccurrence(reminder, since.isValid() ? since : now, zone);
        if (!nextScheduled || until < *nextScheduled) {
            if (until <= now) {
                if (auto alert = catchUp(until, true))
                    return alert;
            } else if (const QDateTime at = hold(until); !shownToday(at)) {
                return ReminderAlert{at, until, true};
            }
        }
    }

    // The next scheduled instant; one inside the pause is dropped, one on a day the habit is already done is skipped.
    QDateTime from = later(now, since);
    if (pausedUntil.isValid() && pausedUntil.addMSecs(-1) > from)
        from = pausedUntil.addMSecs(-1);
    for (int guard = 0; guard < 24 * 8; ++guard) {
        const auto next = nextOccurrence(reminder, from, zone);
        if (!next)
            return std::nullopt;
        const QDateTime at = hold(*next);
        if (!shownToday(at))
            return ReminderAlert{at, *next, false};
        from = *next;
    }
    return std::nullopt;
}

} // namespace mosaic
