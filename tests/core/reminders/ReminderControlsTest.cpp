// SPDX-License-Identifier: GPL-3.0-or-later
// Snooze choices, pauses, the habit side of the context and Today's "while you were away".
#include "ReminderFixtures.h"

#include "reminders/ReminderControls.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace reminder_fixtures;

namespace {

// 1 June 2026 is a Monday; Berlin is +02:00 then. 29 March 2026 is the spring-forward day (02:00 → 03:00).
QTimeZone berlin()
{
    return zone("Europe/Berlin");
}

Habit habit(const QString &id, TargetType target = TargetType::Check, double goal = 1)
{
    Habit result;
    result.stamps.id = id;
    result.name = id;
    result.target.type = target;
    result.target.goal = goal;
    result.startDate = QDate(2026, 1, 1);
    return result;
}

CheckIn checkIn(const QString &habitId, QDate date, CheckInStatus status, double value)
{
    CheckIn result;
    result.habitId = habitId;
    result.date = date;
    result.status = status;
    result.value = value;
    result.updatedAt = instant(u"2026-06-01T06:00:00Z");
    return result;
}

QStringList ids(const QList<AwayReminder> &away)
{
    QStringList result;
    for (const AwayReminder &reminder : away)
        result.append(reminder.reminderId);
    return result;
}

} // namespace

TEST_CASE("Snoozing for ten minutes, an hour, or until a time of day", "[reminders][snooze]")
{
    const QDateTime now = instant(u"2026-06-01T07:30:00+02:00");
    CHECK(local(snoozeEnd(SnoozeChoice::TenMinutes, now, berlin()), berlin()) == QStringLiteral("2026-06-01T07:40:00+02:00"));
    CHECK(local(snoozeEnd(SnoozeChoice::OneHour, now, berlin()), berlin()) == QStringLiteral("2026-06-01T08:30:00+02:00"));
    CHECK(local(snoozeEnd(SnoozeChoice::UntilTime, now, berlin(), QTime(18, 0)), berlin()) == QStringLiteral("2026-06-01T18:00:00+02:00"));
    // A time already past today means tomorrow.
    CHECK(local(snoozeEnd(SnoozeChoice::UntilTime, now, berlin(), QTime(7, 0)), berlin()) == QStringLiteral("2026-06-02T07:00:00+02:00"));
    CHECK_FALSE(snoozeEnd(SnoozeChoice::UntilTime, now, berlin(), QTime()).isValid());
    // A time in the spring-forward gap falls on the gap's end.
    CHECK(local(snoozeEnd(SnoozeChoice::UntilTime, instant(u"2026-03-29T01:00:00+01:00"), berlin(), QTime(2, 30)), berlin()) ==
          QStringLiteral("2026-03-29T03:00:00+02:00"));
}

TEST_CASE("A snooze that would pass the next firing is dropped", "[reminders][snooze]")
{
    Reminder twice = reminder({QTime(7, 30), QTime(12, 0)});
    twice.lastFiredAt = instant(u"2026-06-01T07:30:00+02:00");
    const QDateTime now = instant(u"2026-06-01T07:31:00+02:00");
    CHECK(acceptedSnooze(twice, instant(u"2026-06-01T08:31:00+02:00"), now, berlin()) == instant(u"2026-06-01T08:31:00+02:00"));
    CHECK(acceptedSnooze(twice, instant(u"2026-06-01T11:59:00+02:00"), now, berlin()).has_value());
    CHECK_FALSE(acceptedSnooze(twice, instant(u"2026-06-01T12:00:00+02:00"), now, berlin()).has_value()); // not before it
    CHECK_FALSE(acceptedSnooze(twice, instant(u"2026-06-01T18:00:00+02:00"), now, berlin()).has_value());
    CHECK_FALSE(acceptedSnooze(twice, now, now, berlin()).has_value()); // not in the future
    CHECK_FALSE(acceptedSnooze(twice, QDateTime(), now, berlin()).has_value());
    Reminder off = twice;
    off.enabled = false;
    CHECK_FALSE(acceptedSnooze(off, instant(u"2026-06-01T08:31:00+02:00"), now, berlin()).has_value());
}

TEST_CASE("Toggling a reminder's weekdays; every day is stored as none listed", "[reminders][weekdays]")
{
    CHECK(toggledWeekday({}, 3) == QList<int>{1, 2, 4, 5, 6, 7});
    CHECK(toggledWeekday({1, 2, 4, 5, 6, 7}, 3) == QList<int>{});
    CHECK(toggledWeekday({5, 1}, 3) == QList<int>{1, 3, 5});
    CHECK(toggledWeekday({1, 3, 5}, 1) == QList<int>{3, 5});
    CHECK_FALSE(toggledWeekday({2}, 2).has_value()); // no day left: switch it off instead
    CHECK_FALSE(toggledWeekday({}, 0).has_value());
    CHECK_FALSE(toggledWeekday({}, 8).has_value());
}

TEST_CASE("Pausing all reminders for an hour or until tomorrow", "[reminders][pause]")
{
    const QDateTime now = instant(u"2026-06-01T22:15:00+02:00");
    CHECK(local(pauseEnd(PauseChoice::OneHour, now, berlin()), berlin()) == QStringLiteral("2026-06-01T23:15:00+02:00"));
    CHECK(local(pauseEnd(PauseChoice::UntilTomorrow, now, berlin()), berlin()) == QStringLiteral("2026-06-02T00:00:00+02:00"));
    // Just after midnight (UTC still the day before), tomorrow is the next local day.
    CHECK(local(pauseEnd(PauseChoice::UntilTomorrow, instant(u"2026-06-02T00:30:00+02:00"), berlin()), berlin()) ==
          QStringLiteral("2026-06-03T00:00:00+02:00"));
}

TEST_CASE("Archived, deleted and paused habits are silenced; done or skipped ones rest for the day", "[reminders][context]")
{
    const QDate today(2026, 6, 1);
    Habit archived = habit(QStringLiteral("archived"));
    archived.archived = true;
    Habit deleted = habit(QStringLiteral("deleted"));
    deleted.stamps.deletedAt = instant(u"2026-05-01T00:00:00Z");
    const QList<Habit> habits{archived,
                              deleted,
                              habit(QStringLiteral("paused")),
                              habit(QStringLiteral("done")),
                              habit(QStringLiteral("skipped")),
                              habit(QStringLiteral("open")),
                              habit(QStringLiteral("count-short"), TargetType::Count, 3),
                              habit(QStringLiteral("count-met"), TargetType::Count, 3),
                              habit(QStringLiteral("undone")),
                              habit(QStringLiteral("yesterday"))};
    CheckIn undone = checkIn(QStringLiteral("undone"), today, CheckInStatus::Done, 1);
    undone.deletedAt = instant(u"2026-06-01T07:00:00Z");
    const QList<CheckIn> checkIns{checkIn(QStringLiteral("paused"), today, CheckInStatus::Skipped, 0),
                                  checkIn(QStringLiteral("done"), today, CheckInStatus::Done, 1),
                                  checkIn(QStringLiteral("skipped"), today, CheckInStatus::Skipped, 1),
                                  checkIn(QStringLiteral("count-short"), today, CheckInStatus::Done, 2),
                                  checkIn(QStringLiteral("count-met"), today, CheckInStatus::Done, 3),
                                  undone,
                                  checkIn(QStringLiteral("yesterday"), today.addDays(-1), CheckInStatus::Done, 1)};
    const ReminderContext context = habitContext(habits, checkIns, today);
    CHECK(context.silencedHabitIds == QSet<QString>{QStringLiteral("archived"), QStringLiteral("deleted"), QStringLiteral("paused")});
    CHECK(context.habitsDoneToday == QSet<QString>{QStringLiteral("done"), QStringLiteral("skipped"), QStringLiteral("count-met")});
    CHECK_FALSE(context.quietHours.has_value());
    CHECK_FALSE(context.pausedUntil.has_value());
}

TEST_CASE("While you were away: today's passed reminders that still wait", "[reminders][away]")
{
    const QDateTime now = instant(u"2026-06-01T13:00:00+02:00");
    auto forHabit = [](Reminder r, const QString &habitId) {
        r.habitId = habitId;
        return r;
    };
    const Reminder morning = forHabit(reminder({QTime(7, 30)}, {}, QStringLiteral("morning")), QStringLiteral("h-open"));
    const Reminder doneHabit = forHabit(reminder({QTime(8, 0)}, {}, QStringLiteral("done")), QStringLiteral("h-done"));
    const Reminder silenced = forHabit(reminder({QTime(8, 0)}, {}, QStringLiteral("silenced")), QStringLiteral("h-archived"));
    const Reminder later = forHabit(reminder({QTime(18, 0)}, {}, QStringLiteral("later")), QStringLiteral("h-open"));
    const Reminder notToday = forHabit(reminder({QTime(9, 0)}, {2}, QStringLiteral("tuesday")), QStringLiteral("h-open"));
    Reminder shownPlain = reminder({QTime(9, 0)}, {}, QStringLiteral("shown-plain"));
    shownPlain.lastFiredAt = instant(u"2026-06-01T09:00:01+02:00");
    const Reminder missedPlain = reminder({QTime(6, 0), QTime(12, 0)}, {}, QStringLiteral("missed-plain"));
    Reminder snoozed = forHabit(reminder({QTime(12, 30)}, {}, QStringLiteral("snoozed")), QStringLiteral("h-open"));
    snoozed.snoozedUntil = instant(u"2026-06-01T13:10:00+02:00");
    Reminder edited = forHabit(reminder({QTime(10, 0)}, {}, QStringLiteral("edited")), QStringLiteral("h-open"));
    edited.stamps.updatedAt = instant(u"2026-06-01T11:00:00+02:00"); // created after its time today
    Reminder off = forHabit(reminder({QTime(10, 0)}, {}, QStringLiteral("off")), QStringLiteral("h-open"));
    off.enabled = false;

    ReminderContext context;
    context.silencedHabitIds = {QStringLiteral("h-archived")};
    context.habitsDoneToday = {QStringLiteral("h-done")};
    const QList<Reminder> all{later, morning, doneHabit, silenced, notToday, shownPlain, missedPlain, snoozed, edited, off};
    const QList<AwayReminder> away = awayReminders(all, context, now, berlin());
    CHECK(ids(away) == QStringList{QStringLiteral("morning"), QStringLiteral("missed-plain")});
    REQUIRE(away.size() == 2);
    CHECK(away.at(0).habitId == QStringLiteral("h-open"));
    CHECK(local(away.at(1).scheduledAt, berlin()) == QStringLiteral("2026-06-01T12:00:00+02:00")); // the latest of its times

    // Reminders in a pause are not waiting; yesterday's instants are not today's.
    context.pausedUntil = instant(u"2026-06-01T12:30:00+02:00");
    CHECK(ids(awayReminders(all, context, now, berlin())).isEmpty());
    context.pausedUntil.reset();
    CHECK(ids(awayReminders(all, context, instant(u"2026-06-02T05:00:00+02:00"), berlin())).isEmpty());
}
