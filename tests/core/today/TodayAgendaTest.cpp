// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayAgenda.h"
#include "HabitFixtures.h"
#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>
#include <QTimeZone>

using namespace mosaic;
using namespace mosaic::test;
using namespace mosaic::Today;

namespace {

// 2026-11-20 is a Friday; its ISO week starts on Monday 2026-11-16.
const QDate kFriday(2026, 11, 20);
const QDate kMonday(2026, 11, 16);

Incident withStep(const QString &id, QDateTime occurredAt, std::optional<QDate> due, bool done = false)
{
    Incident incident;
    incident.stamps.id = id;
    incident.occurredAt = occurredAt;
    incident.title = QStringLiteral("Reflection ") + id;
    incident.nextStep = NextStep{QStringLiteral("Step of ") + id, due, done};
    return incident;
}

Incident exposure(const QString &id, QDateTime occurredAt)
{
    Incident incident;
    incident.stamps.id = id;
    incident.occurredAt = occurredAt;
    incident.kind = IncidentKind::Exposure;
    incident.title = QStringLiteral("Challenge ") + id;
    incident.exposure = ExposurePlan{};
    incident.exposure->plan = QStringLiteral("Ask in one sentence");
    incident.exposure->predictedAnxiety = 70;
    return incident;
}

QDateTime utc(QDate date, int hour = 12)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc());
}

Strength strength(const QString &id, const QString &name, bool archived = false)
{
    Strength s;
    s.stamps.id = id;
    s.name = name;
    s.description = name + QStringLiteral(" in practice");
    s.archived = archived;
    return s;
}

} // namespace

TEST_CASE("The greeting follows the local time of day", "[today]")
{
    CHECK(dayPartAt(QTime(4, 59)) == DayPart::Night);
    CHECK(dayPartAt(QTime(5, 0)) == DayPart::Morning);
    CHECK(dayPartAt(QTime(9, 30)) == DayPart::Morning);
    CHECK(dayPartAt(QTime(12, 0)) == DayPart::Afternoon);
    CHECK(dayPartAt(QTime(16, 59)) == DayPart::Afternoon);
    CHECK(dayPartAt(QTime(17, 0)) == DayPart::Evening);
    CHECK(dayPartAt(QTime(21, 59)) == DayPart::Evening);
    CHECK(dayPartAt(QTime(22, 0)) == DayPart::Night);
    CHECK(dayPartAt(QTime(0, 30)) == DayPart::Night);
}

TEST_CASE("A daily ritual is due every day from its start date", "[today][rituals]")
{
    const Habit habit = dailyHabit(kFriday.addDays(-10));
    REQUIRE(dueToday(habit, {}, kFriday));
    CHECK_FALSE(dueToday(habit, {}, kFriday).value().doneToday);
    CHECK(dueToday(habit, {}, habit.startDate));
    CHECK_FALSE(dueToday(habit, {}, habit.startDate.addDays(-1)));
}

TEST_CASE("Archived and deleted habits are not due", "[today][rituals]")
{
    Habit archived = dailyHabit(kMonday);
    archived.archived = true;
    CHECK_FALSE(dueToday(archived, {}, kFriday));
    Habit deleted = dailyHabit(kMonday);
    deleted.stamps.deletedAt = utc(kMonday);
    CHECK_FALSE(dueToday(deleted, {}, kFriday));
}

TEST_CASE("A weekdays ritual is due on its listed ISO weekdays only", "[today][rituals]")
{
    const Habit habit = weekdaysHabit(QDate(2026, 10, 1), {1, 3, 5});
    CHECK(dueToday(habit, {}, kFriday)); // Friday = 5
    CHECK(dueToday(habit, {}, kMonday)); // Monday = 1
    CHECK_FALSE(dueToday(habit, {}, kFriday.addDays(-1))); // Thursday
    CHECK_FALSE(dueToday(habit, {}, kFriday.addDays(1))); // Saturday
}

TEST_CASE("Today's done check-in marks the ritual done; a tombstoned one does not", "[today][rituals]")
{
    const Habit habit = dailyHabit(kMonday);
    const std::optional<DueRitual> done_ = dueToday(habit, {done(kFriday)}, kFriday);
    REQUIRE(done_);
    CHECK(done_->doneToday);
    CHECK(done_->targetMet);
    REQUIRE(done_->today);
    CHECK(done_->today->date == kFriday);

    const std::optional<DueRitual> undone = dueToday(habit, {tombstoned(done(kFriday))}, kFriday);
    REQUIRE(undone);
    CHECK_FALSE(undone->doneToday);
    CHECK_FALSE(undone->today);

    // Yesterday's check-in says nothing about today.
    CHECK_FALSE(dueToday(habit, {done(kFriday.addDays(-1))}, kFriday)->doneToday);
}

TEST_CASE("A count ritual is done once checked in, and met once the value reaches the goal", "[today][rituals]")
{
    const Habit habit = withCountTarget(dailyHabit(kMonday), 3);
    const DueRitual partly = dueToday(habit, {done(kFriday, 2)}, kFriday).value();
    CHECK(partly.doneToday);
    CHECK_FALSE(partly.targetMet);
    CHECK(partly.today->value == 2);
    const DueRitual met = dueToday(habit, {done(kFriday, 3)}, kFriday).value();
    CHECK(met.targetMet);
}

TEST_CASE("A skipped day stays listed, resting, not done", "[today][rituals]")
{
    const DueRitual ritual = dueToday(dailyHabit(kMonday), {skipped(kFriday)}, kFriday).value();
    CHECK(ritual.skippedToday);
    CHECK_FALSE(ritual.doneToday);
}

TEST_CASE("A per-week ritual is due until the week's times are met", "[today][rituals]")
{
    const Habit habit = perWeekHabit(QDate(2026, 10, 1), 2);

    const DueRitual none = dueToday(habit, {}, kFriday).value();
    CHECK(none.doneThisWeek == 0);
    CHECK(none.timesPerWeek == 2);

    const DueRitual once = dueToday(habit, {done(kMonday)}, kFriday).value();
    CHECK(once.doneThisWeek == 1);
    CHECK_FALSE(once.doneToday);

    SECTION("met earlier in the week: not listed today")
    {
        CHECK_FALSE(dueToday(habit, {done(kMonday), done(kMonday.addDays(2))}, kFriday));
    }
    SECTION("met with today's check-in: listed, as done")
    {
        const DueRitual met = dueToday(habit, {done(kMonday), done(kFriday)}, kFriday).value();
        CHECK(met.doneToday);
        CHECK(met.doneThisWeek == 2);
    }
    SECTION("last week's check-ins do not count for this week")
    {
        const DueRitual fresh = dueToday(habit, {done(kMonday.addDays(-1)), done(kMonday.addDays(-2))}, kFriday).value();
        CHECK(fresh.doneThisWeek == 0);
    }
    SECTION("check-ins of other habits are not counted")
    {
        CheckIn other = done(kMonday);
        other.habitId = QStringLiteral("another");
        CHECK(dueToday(habit, {other}, kFriday)->doneThisWeek == 0);
    }
}

TEST_CASE("A per-week ritual started mid-week counts from its start date", "[today][rituals]")
{
    const Habit habit = perWeekHabit(kFriday.addDays(-1), 1);
    // A check-in before the start date counts for nothing.
    const DueRitual ritual = dueToday(habit, {done(kMonday)}, kFriday).value();
    CHECK(ritual.doneThisWeek == 0);
}

TEST_CASE("dueRituals keeps the habits' order and leaves out those not due", "[today][rituals]")
{
    Habit first = dailyHabit(kMonday);
    first.stamps.id = QStringLiteral("first");
    Habit weekend = weekdaysHabit(kMonday, {6, 7});
    weekend.stamps.id = QStringLiteral("weekend");
    Habit last = dailyHabit(kMonday);
    last.stamps.id = QStringLiteral("last");
    const QList<DueRitual> rituals = dueRituals({first, weekend, last}, {}, kFriday);
    REQUIRE(rituals.size() == 2);
    CHECK(rituals[0].habit.stamps.id == QStringLiteral("first"));
    CHECK(rituals[1].habit.stamps.id == QStringLiteral("last"));
}

TEST_CASE("weekStart is the ISO Monday", "[today]")
{
    CHECK(weekStart(kFriday) == kMonday);
    CHECK(weekStart(kMonday) == kMonday);
    CHECK(weekStart(QDate(2026, 11, 22)) == kMonday); // Sunday
}

TEST_CASE("Open next steps: not done, overdue ones first, then by due date, then undated newest first", "[today][steps]")
{
    const QList<Incident> incidents{
        withStep(QStringLiteral("undated-old"), utc(QDate(2026, 9, 1)), std::nullopt),
        withStep(QStringLiteral("later"), utc(QDate(2026, 11, 1)), QDate(2026, 11, 30)),
        withStep(QStringLiteral("done"), utc(QDate(2026, 11, 1)), QDate(2026, 11, 10), true),
        withStep(QStringLiteral("long-overdue"), utc(QDate(2026, 6, 1)), QDate(2026, 6, 8)),
        withStep(QStringLiteral("today"), utc(QDate(2026, 11, 13)), kFriday),
        withStep(QStringLiteral("just-overdue"), utc(QDate(2026, 11, 3)), QDate(2026, 11, 14)),
        withStep(QStringLiteral("undated-new"), utc(QDate(2026, 11, 19)), std::nullopt),
    };
    Incident deleted = withStep(QStringLiteral("deleted"), utc(kMonday), kFriday);
    deleted.stamps.deletedAt = utc(kMonday);
    Incident noStep;
    noStep.stamps.id = QStringLiteral("no-step");
    Incident blank = withStep(QStringLiteral("blank"), utc(kMonday), kFriday);
    blank.nextStep->text = QStringLiteral("  ");

    const QList<OpenStep> steps = openNextSteps(QList<Incident>(incidents) << deleted << noStep << blank, kFriday);
    QStringList order;
    for (const OpenStep &step : steps)
        order.append(step.incidentId);
    CHECK(order == QStringList{u"just-overdue"_qs, u"long-overdue"_qs, u"today"_qs, u"later"_qs, u"undated-new"_qs, u"undated-old"_qs});
    CHECK(steps[0].overdue());
    CHECK(steps[0].daysUntilDue == -6);
    CHECK(steps[2].daysUntilDue == 0);
    CHECK_FALSE(steps[2].overdue());
    CHECK_FALSE(steps[4].daysUntilDue);
    CHECK(steps[3].step.text == QStringLiteral("Step of later"));
    CHECK(steps[3].incidentTitle == QStringLiteral("Reflection later"));
}

TEST_CASE("An exposure asks for a follow-up once its time has come and nothing is recorded", "[today][exposure]")
{
    const QDateTime now = utc(kFriday, 9);
    const Incident past = exposure(QStringLiteral("past"), now.addDays(-2));
    CHECK(needsFollowUp(past, now));
    CHECK(needsFollowUp(exposure(QStringLiteral("now"), now), now));
    CHECK_FALSE(needsFollowUp(exposure(QStringLiteral("future"), now.addSecs(60)), now));

    Incident withOutcome = past;
    withOutcome.exposure->outcome = QStringLiteral("They said yes.");
    CHECK_FALSE(needsFollowUp(withOutcome, now));
    Incident withAnxiety = past;
    withAnxiety.exposure->actualAnxiety = 0; // zero is a value
    CHECK_FALSE(needsFollowUp(withAnxiety, now));

    Incident withoutPlan = past;
    withoutPlan.exposure.reset();
    CHECK(needsFollowUp(withoutPlan, now));

    Incident notExposure = past;
    notExposure.kind = IncidentKind::Rejection;
    CHECK_FALSE(needsFollowUp(notExposure, now));

    Incident deleted = past;
    deleted.stamps.deletedAt = now;
    CHECK_FALSE(needsFollowUp(deleted, now));

    const QList<Incident> open = exposureFollowUps({past, withOutcome, exposure(QStringLiteral("recent"), now.addDays(-1))}, now);
    REQUIRE(open.size() == 2);
    CHECK(open[0].stamps.id == QStringLiteral("recent"));
    CHECK(open[1].stamps.id == QStringLiteral("past"));
}

TEST_CASE("A draft that waits for its follow-up is offered once, as the follow-up", "[today][drafts]")
{
    const Incident waiting = exposure(u"exposure"_qs, utc(kFriday.addDays(-1)));
    CHECK(draftsToOffer({u"a"_qs, u"exposure"_qs, u"b"_qs}, {waiting}) == QStringList{u"a"_qs, u"b"_qs});
    CHECK(draftsToOffer({u"a"_qs, u"b"_qs}, {}) == QStringList{u"a"_qs, u"b"_qs});
    CHECK(draftsToOffer({}, {waiting}).isEmpty());
}

TEST_CASE("On This Day: the same month and day in an earlier year", "[today][memories]")
{
    CHECK(isOnThisDay(QDate(2025, 11, 20), kFriday));
    CHECK(isOnThisDay(QDate(2016, 11, 20), kFriday));
    CHECK_FALSE(isOnThisDay(kFriday, kFriday)); // this year is not a memory
    CHECK_FALSE(isOnThisDay(QDate(2025, 11, 21), kFriday));
    CHECK_FALSE(isOnThisDay(QDate(2027, 11, 20), kFriday));
    CHECK_FALSE(isOnThisDay(QDate(), kFriday));
}

TEST_CASE("On This Day: 29 February comes back on 28 February of common years", "[today][memories]")
{
    const QDate leapDay(2024, 2, 29);
    CHECK(isOnThisDay(leapDay, QDate(2025, 2, 28)));
    CHECK_FALSE(isOnThisDay(leapDay, QDate(2025, 3, 1)));
    CHECK(isOnThisDay(leapDay, QDate(2028, 2, 29)));
    // A leap year has its own 29th: the 28th shows only the 28ths.
    CHECK_FALSE(isOnThisDay(leapDay, QDate(2028, 2, 28)));
    CHECK(isOnThisDay(QDate(2024, 2, 28), QDate(2025, 2, 28)));

    CHECK(onThisDayMonthDays(QDate(2025, 2, 28)) == QStringList{u"02-28"_qs, u"02-29"_qs});
    CHECK(onThisDayMonthDays(QDate(2028, 2, 28)) == QStringList{u"02-28"_qs});
    CHECK(onThisDayMonthDays(QDate(2028, 2, 29)) == QStringList{u"02-29"_qs});
    CHECK(onThisDayMonthDays(kFriday) == QStringList{u"11-20"_qs});
}

TEST_CASE("On This Day lists memories the most recent year first, with years ago", "[today][memories]")
{
    const QList<Memory> candidates{
        {MemoryKind::Win, u"w"_qs, QDate(2024, 11, 20), QString(), u"A win"_qs, 0},
        {MemoryKind::Incident, u"i"_qs, QDate(2025, 11, 20), u"Hard day"_qs, u"Facts"_qs, 0},
        {MemoryKind::CheckInNote, u"h"_qs, QDate(2025, 11, 20), u"Gratitude"_qs, u"Sun"_qs, 0},
        {MemoryKind::Incident, u"neighbour"_qs, QDate(2025, 11, 21), u"Not today"_qs, QString(), 0},
        {MemoryKind::Incident, u"this-year"_qs, kFriday, u"This year"_qs, QString(), 0},
    };
    const QList<Memory> memories = onThisDay(candidates, kFriday);
    REQUIRE(memories.size() == 3);
    CHECK(memories[0].id == u"i"_qs);
    CHECK(memories[0].yearsAgo == 1);
    CHECK(memories[1].id == u"h"_qs);
    CHECK(memories[2].id == u"w"_qs);
    CHECK(memories[2].yearsAgo == 2);
}

TEST_CASE("The note to remember rotates through the mission and the live strengths, one a day", "[today][worth]")
{
    const QString mission = QStringLiteral("Show up with warmth.");
    Strength deleted = strength(u"d"_qs, u"Deleted"_qs);
    deleted.stamps.deletedAt = utc(kMonday);
    const QList<Strength> strengths{strength(u"a"_qs, u"Patience"_qs), strength(u"x"_qs, u"Archived"_qs, true), deleted, strength(u"b"_qs, u"Loyalty"_qs)};

    QStringList seen;
    for (int day = 0; day < 6; ++day) {
        const std::optional<WorthNote> note = worthNoteFor(mission, strengths, kFriday.addDays(day));
        REQUIRE(note);
        seen.append(note->kind == WorthNote::Kind::Mission ? u"mission"_qs : note->title);
    }
    // Three candidates, one a day, coming round again.
    CHECK(seen.mid(0, 3) == seen.mid(3, 3));
    CHECK(QSet<QString>(seen.begin(), seen.end()) == QSet<QString>{u"mission"_qs, u"Patience"_qs, u"Loyalty"_qs});
    // The same all day long.
    CHECK(worthNoteFor(mission, strengths, kFriday)->text == worthNoteFor(mission, strengths, kFriday)->text);

    const std::optional<WorthNote> onlyStrength = worthNoteFor(u"  "_qs, {strength(u"a"_qs, u"Patience"_qs)}, kFriday);
    REQUIRE(onlyStrength);
    CHECK(onlyStrength->kind == WorthNote::Kind::Strength);
    CHECK(onlyStrength->strengthId == u"a"_qs);
    CHECK(onlyStrength->text == u"Patience in practice"_qs);

    const std::optional<WorthNote> onlyMission = worthNoteFor(mission, {}, kFriday);
    REQUIRE(onlyMission);
    CHECK(onlyMission->kind == WorthNote::Kind::Mission);
    CHECK(onlyMission->text == mission);

    CHECK_FALSE(worthNoteFor(QString(), {}, kFriday));
}

TEST_CASE("firstWords cuts a text to a one-line label", "[today]")
{
    CHECK(firstWords(u"They posted\nphotos  of a barbecue"_qs, 3) == u"They posted photos…"_qs);
    CHECK(firstWords(u"Short one"_qs, 5) == u"Short one"_qs);
    CHECK(firstWords(u"   "_qs, 5).isEmpty());
}
