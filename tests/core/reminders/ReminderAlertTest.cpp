// SPDX-License-Identifier: GPL-3.0-or-later
// What the service shows and when: catch-up after sleep, no double firing, snooze, quiet hours, pause and habits.
#include "ReminderFixtures.h"

#include "reminders/ReminderSchedule.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace reminder_fixtures;

namespace {

// Europe/Berlin in June is +02:00; 1 June 2026 is a Monday.
QTimeZone berlin()
{
    return zone("Europe/Berlin");
}

// A daily reminder that last fired at `lastFired`.
Reminder firedAt(const QList<QTime> &times, QStringView lastFired)
{
    Reminder result = reminder(times);
    result.lastFiredAt = instant(lastFired);
    return result;
}

QString alertAt(const Reminder &reminder, const ReminderContext &context, QStringView now)
{
    const auto alert = nextAlert(reminder, context, instant(now), berlin());
    return alert ? local(alert->at, berlin()) : QStringLiteral("none");
}

// What the service does after showing an alert: the firing is stored, the snooze used up.
Reminder afterShowing(Reminder reminder, QStringView shownAt)
{
    reminder.lastFiredAt = instant(shownAt);
    reminder.snoozedUntil.reset();
    return reminder;
}

} // namespace

TEST_CASE("An alert is due at its scheduled instant and only once", "[reminders][catch-up]")
{
    const Reminder daily = firedAt({QTime(7, 30)}, u"2026-06-01T05:30:00Z");
    CHECK(alertAt(daily, {}, u"2026-06-02T07:00:00+02:00") == QStringLiteral("2026-06-02T07:30:00+02:00"));
    const auto due = nextAlert(daily, {}, instant(u"2026-06-02T07:30:00+02:00"), berlin());
    REQUIRE(due.has_value());
    CHECK(due->at == instant(u"2026-06-02T05:30:00Z"));
    CHECK(due->scheduledAt == instant(u"2026-06-02T05:30:00Z"));
    CHECK_FALSE(due->snoozed);
    // Restarted a moment later, with the firing stored: nothing again until tomorrow.
    const Reminder fired = afterShowing(daily, u"2026-06-02T05:30:00.020Z");
    CHECK(alertAt(fired, {}, u"2026-06-02T07:31:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
    // Stored as the scheduled instant itself, it does not fire twice either.
    CHECK(alertAt(afterShowing(daily, u"2026-06-02T05:30:00Z"), {}, u"2026-06-02T07:30:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("A miss under 12 hours fires once on waking; an older one is dropped", "[reminders][catch-up]")
{
    const Reminder daily = firedAt({QTime(7, 30)}, u"2026-06-01T05:30:00Z");
    const auto late = nextAlert(daily, {}, instant(u"2026-06-02T10:00:00+02:00"), berlin());
    REQUIRE(late.has_value());
    CHECK(local(late->at, berlin()) == QStringLiteral("2026-06-02T10:00:00+02:00"));
    CHECK(local(late->scheduledAt, berlin()) == QStringLiteral("2026-06-02T07:30:00+02:00"));
    CHECK(alertAt(daily, {}, u"2026-06-02T19:29:59+02:00") == QStringLiteral("2026-06-02T19:29:59+02:00"));
    CHECK(alertAt(daily, {}, u"2026-06-02T19:30:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00")); // 12 hours: dropped
}

TEST_CASE("Many missed instants give one firing, for the latest", "[reminders][catch-up]")
{
    // Closed for two weeks; two times a day.
    const Reminder twice = firedAt({QTime(7, 30), QTime(12, 0)}, u"2026-05-20T10:00:00Z");
    const auto late = nextAlert(twice, {}, instant(u"2026-06-02T13:00:00+02:00"), berlin());
    REQUIRE(late.has_value());
    CHECK(local(late->at, berlin()) == QStringLiteral("2026-06-02T13:00:00+02:00"));
    CHECK(local(late->scheduledAt, berlin()) == QStringLiteral("2026-06-02T12:00:00+02:00"));
    // Shown: the 07:30 of that day is not fired afterwards.
    CHECK(alertAt(afterShowing(twice, u"2026-06-02T11:00:00Z"), {}, u"2026-06-02T13:00:01+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("An instant at or before the last firing never fires, even when the clock goes back", "[reminders][catch-up]")
{
    const Reminder daily = firedAt({QTime(7, 30)}, u"2026-06-02T05:30:00Z");
    CHECK(alertAt(daily, {}, u"2026-06-02T07:00:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
    CHECK(alertAt(daily, {}, u"2026-06-02T07:30:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("A reminder set up after its time today is not caught up", "[reminders][catch-up]")
{
    Reminder fresh = reminder({QTime(7, 30)});
    fresh.stamps.createdAt = instant(u"2026-06-02T08:00:00Z");
    fresh.stamps.updatedAt = fresh.stamps.createdAt;
    CHECK(alertAt(fresh, {}, u"2026-06-02T10:05:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("Snooze postpones one firing", "[reminders][snooze]")
{
    // Fired at 07:30, snoozed at 07:31 for ten minutes (saving the snooze updates the reminder).
    Reminder snoozed = firedAt({QTime(7, 30)}, u"2026-06-02T05:30:00Z");
    snoozed.stamps.updatedAt = instant(u"2026-06-02T05:31:00Z");
    snoozed.snoozedUntil = instant(u"2026-06-02T05:41:00Z");
    const auto alert = nextAlert(snoozed, {}, instant(u"2026-06-02T07:35:00+02:00"), berlin());
    REQUIRE(alert.has_value());
    CHECK(local(alert->at, berlin()) == QStringLiteral("2026-06-02T07:41:00+02:00"));
    CHECK(alert->snoozed);
    // Slept through it: it fires on waking, once.
    CHECK(alertAt(snoozed, {}, u"2026-06-02T09:00:00+02:00") == QStringLiteral("2026-06-02T09:00:00+02:00"));
    CHECK(alertAt(afterShowing(snoozed, u"2026-06-02T07:00:00Z"), {}, u"2026-06-02T09:00:01+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
    // A stale snooze (before the last firing) is ignored.
    Reminder stale = snoozed;
    stale.lastFiredAt = instant(u"2026-06-02T05:41:00Z");
    CHECK(alertAt(stale, {}, u"2026-06-02T07:45:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("A snooze that would pass the next occurrence is dropped", "[reminders][snooze]")
{
    Reminder twice = firedAt({QTime(7, 30), QTime(8, 0)}, u"2026-06-02T05:30:00Z");
    twice.stamps.updatedAt = instant(u"2026-06-02T05:31:00Z");
    twice.snoozedUntil = instant(u"2026-06-02T06:10:00Z"); // 08:10, after the 08:00 firing
    const auto alert = nextAlert(twice, {}, instant(u"2026-06-02T07:35:00+02:00"), berlin());
    REQUIRE(alert.has_value());
    CHECK(local(alert->at, berlin()) == QStringLiteral("2026-06-02T08:00:00+02:00"));
    CHECK_FALSE(alert->snoozed);

    Reminder daily = firedAt({QTime(7, 30)}, u"2026-06-02T05:30:00Z");
    daily.stamps.updatedAt = instant(u"2026-06-02T05:31:00Z");
    daily.snoozedUntil = instant(u"2026-06-03T07:00:00Z"); // tomorrow 09:00, after tomorrow's 07:30
    CHECK(alertAt(daily, {}, u"2026-06-02T07:35:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("Quiet hours that wrap midnight hold firings until they end", "[reminders][quiet]")
{
    ReminderContext context;
    context.quietHours = QuietHours{QTime(22, 0), QTime(7, 0), {}};
    const Reminder late = firedAt({QTime(23, 0)}, u"2026-06-01T05:00:00Z");
    const auto held = nextAlert(late, context, instant(u"2026-06-02T21:00:00+02:00"), berlin());
    REQUIRE(held.has_value());
    CHECK(local(held->at, berlin()) == QStringLiteral("2026-06-03T07:00:00+02:00"));
    CHECK(local(held->scheduledAt, berlin()) == QStringLiteral("2026-06-02T23:00:00+02:00"));
    // At the end of the quiet hours it is due, and due once.
    CHECK(alertAt(late, context, u"2026-06-03T07:00:00+02:00") == QStringLiteral("2026-06-03T07:00:00+02:00"));
    CHECK(alertAt(afterShowing(late, u"2026-06-03T05:00:00Z"), context, u"2026-06-03T07:00:01+02:00") == QStringLiteral("2026-06-04T07:00:00+02:00"));

    // Two firings held by the same quiet hours give one alert.
    const Reminder twice = firedAt({QTime(6, 0), QTime(23, 0)}, u"2026-06-01T05:00:00Z");
    CHECK(alertAt(twice, context, u"2026-06-02T21:00:00+02:00") == QStringLiteral("2026-06-03T07:00:00+02:00"));
    CHECK(alertAt(afterShowing(twice, u"2026-06-03T05:00:00Z"), context, u"2026-06-03T07:00:01+02:00") == QStringLiteral("2026-06-04T07:00:00+02:00"));
    // Outside quiet hours nothing waits.
    CHECK(alertAt(firedAt({QTime(21, 30)}, u"2026-06-01T19:30:00Z"), context, u"2026-06-02T21:00:00+02:00") == QStringLiteral("2026-06-02T21:30:00+02:00"));
}

TEST_CASE("Quiet hours on chosen weekdays", "[reminders][quiet]")
{
    ReminderContext context;
    context.quietHours = QuietHours{QTime(22, 0), QTime(7, 0), {1, 2, 3, 4, 5}}; // nights starting Monday to Friday
    const Reminder late = firedAt({QTime(23, 0)}, u"2026-06-01T05:00:00Z");
    // Friday 5 June 23:00 waits until Saturday 07:00; Saturday 23:00 fires.
    CHECK(alertAt(late, context, u"2026-06-05T21:00:00+02:00") == QStringLiteral("2026-06-06T07:00:00+02:00"));
    CHECK(alertAt(late, context, u"2026-06-06T21:00:00+02:00") == QStringLiteral("2026-06-06T23:00:00+02:00"));
    // Sunday 06:00 follows a Saturday night, which is not quiet.
    CHECK(alertAt(firedAt({QTime(6, 0)}, u"2026-06-01T04:00:00Z"), context, u"2026-06-07T05:00:00+02:00") == QStringLiteral("2026-06-07T06:00:00+02:00"));
    const QuietHours daytime{QTime(12, 0), QTime(13, 0), {}};
    CHECK(afterQuietHours(daytime, instant(u"2026-06-02T10:30:00Z"), berlin()) == instant(u"2026-06-02T11:00:00Z"));
    CHECK(afterQuietHours(daytime, instant(u"2026-06-02T11:00:00Z"), berlin()) == instant(u"2026-06-02T11:00:00Z"));
    CHECK(afterQuietHours(QuietHours{QTime(12, 0), QTime(12, 0), {}}, instant(u"2026-06-02T10:30:00Z"), berlin()) == instant(u"2026-06-02T10:30:00Z"));
}

TEST_CASE("Catch-up counts the 12 hours from the end of the quiet hours that held the firing", "[reminders][quiet][catch-up]")
{
    ReminderContext context;
    context.quietHours = QuietHours{QTime(20, 0), QTime(9, 0), {}};
    const Reminder evening = firedAt({QTime(20, 30)}, u"2026-06-01T18:30:00Z");
    // 20:30 was held until 09:00; at 09:00 it is 12.5 hours old but not missed.
    CHECK(alertAt(evening, context, u"2026-06-03T09:00:00+02:00") == QStringLiteral("2026-06-03T09:00:00+02:00"));
    CHECK(alertAt(evening, context, u"2026-06-03T18:00:00+02:00") == QStringLiteral("2026-06-03T18:00:00+02:00"));
    CHECK(alertAt(evening, context, u"2026-06-03T21:00:00+02:00") == QStringLiteral("2026-06-04T09:00:00+02:00"));
}

TEST_CASE("Pausing drops the firings in the pause", "[reminders][pause]")
{
    ReminderContext context;
    context.pausedUntil = instant(u"2026-06-02T09:00:00+02:00");
    const Reminder twice = firedAt({QTime(7, 30), QTime(10, 0)}, u"2026-06-01T08:00:00Z");
    CHECK(alertAt(twice, context, u"2026-06-02T07:00:00+02:00") == QStringLiteral("2026-06-02T10:00:00+02:00"));
    CHECK(alertAt(twice, context, u"2026-06-02T09:30:00+02:00") == QStringLiteral("2026-06-02T10:00:00+02:00")); // 07:30 not caught up
    // A firing at the very end of the pause fires.
    CHECK(alertAt(firedAt({QTime(9, 0)}, u"2026-06-01T07:00:00Z"), context, u"2026-06-02T08:00:00+02:00") == QStringLiteral("2026-06-02T09:00:00+02:00"));
}

TEST_CASE("No reminders for a paused or archived habit, or one done today", "[reminders][habits]")
{
    Reminder forHabit = firedAt({QTime(7, 30), QTime(21, 0)}, u"2026-06-01T19:00:00Z");
    forHabit.habitId = QStringLiteral("habit-1");
    ReminderContext silenced;
    silenced.silencedHabitIds = {QStringLiteral("habit-1")};
    CHECK_FALSE(nextAlert(forHabit, silenced, instant(u"2026-06-02T06:00:00+02:00"), berlin()).has_value());

    ReminderContext done;
    done.habitsDoneToday = {QStringLiteral("habit-1")};
    CHECK(alertAt(forHabit, done, u"2026-06-02T06:00:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00"));
    CHECK(alertAt(forHabit, done, u"2026-06-02T08:00:00+02:00") == QStringLiteral("2026-06-03T07:30:00+02:00")); // no catch-up either
    CHECK(alertAt(forHabit, {}, u"2026-06-02T06:00:00+02:00") == QStringLiteral("2026-06-02T07:30:00+02:00"));
    // Other habits and reminders without a habit are not affected.
    const Reminder standalone = firedAt({QTime(7, 30)}, u"2026-06-01T05:30:00Z");
    CHECK(alertAt(standalone, done, u"2026-06-02T06:00:00+02:00") == QStringLiteral("2026-06-02T07:30:00+02:00"));
}

TEST_CASE("Alerts across a daylight-saving change", "[reminders][dst][catch-up]")
{
    // Asleep over the Berlin spring change: the 02:30 that did not exist fired at 03:00 and is caught up at 08:00.
    const Reminder night = firedAt({QTime(2, 30)}, u"2026-03-28T01:30:00Z");
    const auto late = nextAlert(night, {}, instant(u"2026-03-29T08:00:00+02:00"), berlin());
    REQUIRE(late.has_value());
    CHECK(local(late->scheduledAt, berlin()) == QStringLiteral("2026-03-29T03:00:00+02:00"));
    CHECK(local(late->at, berlin()) == QStringLiteral("2026-03-29T08:00:00+02:00"));
    // The autumn 02:30 that happens twice fires at the first; after it, the repeat does not fire.
    const Reminder autumn = firedAt({QTime(2, 30)}, u"2026-10-24T00:30:00Z");
    CHECK(alertAt(autumn, {}, u"2026-10-25T00:00:00Z") == QStringLiteral("2026-10-25T02:30:00+02:00"));
    CHECK(alertAt(afterShowing(autumn, u"2026-10-25T00:30:00Z"), {}, u"2026-10-25T01:29:00Z") == QStringLiteral("2026-10-26T02:30:00+01:00"));
}
