// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayQueries.h"
#include "QtPrinters.h"
#include "StoreFixtures.h"
#include "today/TodayAgenda.h"

#include <catch2/catch_test_macros.hpp>

#include <QTimeZone>

using namespace StoreFixtures;

namespace {

const QDate kToday(2026, 11, 20);

Incident incidentAt(const QString &incidentId, const QDateTime &occurredAt)
{
    Incident incident;
    incident.stamps = stamps(incidentId, 1);
    incident.occurredAt = occurredAt;
    incident.kind = IncidentKind::Rejection;
    incident.title = QStringLiteral("Title ") + incidentId;
    incident.situation = QStringLiteral("What happened at ") + incidentId;
    return incident;
}

Habit habitNamed(const QString &habitId, const QString &name)
{
    Habit habit;
    habit.stamps = stamps(habitId, 1);
    habit.name = name;
    habit.startDate = QDate(2020, 1, 1);
    return habit;
}

CheckIn checkInOn(const QString &habitId, QDate date, const QString &note = QString())
{
    return CheckIn{habitId, date, CheckInStatus::Done, 1, note, at(1), std::nullopt};
}

QStringList idsOf(const QList<Incident> &incidents)
{
    QStringList ids;
    for (const Incident &incident : incidents)
        ids.append(incident.stamps.id);
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("Check-ins between two dates: one habit's, live ones, with notes", "[today][queries]")
{
    TestJournal journal;
    const QString habitId = id('7', 1);
    const QString otherId = id('7', 2);
    requireOk(journal.habits.save(habitNamed(habitId, QStringLiteral("Gratitude"))));
    requireOk(journal.habits.save(habitNamed(otherId, QStringLiteral("Walk"))));
    requireOk(journal.habits.save(checkInOn(habitId, kToday.addDays(-5))));
    requireOk(journal.habits.save(checkInOn(habitId, kToday.addDays(-4))));
    requireOk(journal.habits.save(checkInOn(habitId, kToday, QStringLiteral("Sunny walk"))));
    requireOk(journal.habits.save(checkInOn(habitId, kToday.addDays(-1))));
    requireOk(journal.habits.markCheckInDeleted(habitId, kToday.addDays(-1), at(2)));
    requireOk(journal.habits.save(checkInOn(otherId, kToday)));

    TodayQueries queries(journal.connection);
    const QList<CheckIn> checkIns = require(queries.checkInsBetween(habitId, kToday.addDays(-4), kToday));
    REQUIRE(checkIns.size() == 2);
    CHECK(checkIns[0].date == kToday.addDays(-4));
    CHECK(checkIns[1].date == kToday);
    CHECK(checkIns[1].note == QStringLiteral("Sunny walk"));
    CHECK(checkIns[1].habitId == habitId);
}

TEST_CASE("Open step candidates: live incidents with a next step not done", "[today][queries]")
{
    TestJournal journal;
    Incident open = incidentAt(id('1', 1), at(3));
    open.nextStep = NextStep{QStringLiteral("Call Sam"), QDate(2026, 3, 20), false};
    Incident done = incidentAt(id('1', 2), at(3));
    done.nextStep = NextStep{QStringLiteral("Done already"), std::nullopt, true};
    Incident none = incidentAt(id('1', 3), at(3));
    Incident deleted = incidentAt(id('1', 4), at(3));
    deleted.nextStep = NextStep{QStringLiteral("Gone"), std::nullopt, false};
    Incident undated = incidentAt(id('1', 5), at(4));
    undated.nextStep = NextStep{QStringLiteral("Sometime"), std::nullopt, false};
    for (const Incident &incident : {open, done, none, deleted, undated})
        requireOk(journal.incidents.save(incident));
    requireOk(journal.incidents.markIncidentDeleted(deleted.stamps.id, at(5)));

    TodayQueries queries(journal.connection);
    const TodayQueries::OpenSteps steps = require(queries.openSteps(kToday, 10));
    const QList<Incident> &candidates = steps.first;
    CHECK(idsOf(candidates) == QStringList{open.stamps.id, undated.stamps.id});
    CHECK(steps.total == 2);
    for (const Incident &candidate : candidates) {
        if (candidate.stamps.id == open.stamps.id) {
            CHECK(candidate.nextStep == open.nextStep);
            CHECK(candidate.title == open.title);
            CHECK(candidate.occurredAt == open.occurredAt);
        }
    }
}

TEST_CASE("Open step candidates come in Today's order, as many as asked for", "[today][queries]")
{
    TestJournal journal;
    // Due dates around today, undated ones, and a blank step, in a shuffled order of writing.
    const QList<std::optional<QDate>> dues{kToday.addDays(3), std::nullopt, kToday.addDays(-1), kToday, kToday.addDays(-5), std::nullopt, kToday.addDays(9)};
    QList<Incident> incidents;
    for (int i = 0; i < dues.size(); ++i) {
        Incident incident = incidentAt(id('1', i + 1), at(i + 1));
        incident.nextStep = NextStep{QStringLiteral("Step %1").arg(i + 1), dues[i], false};
        incidents.append(incident);
        requireOk(journal.incidents.save(incident));
    }
    Incident blank = incidentAt(id('1', 99), at(9));
    blank.nextStep = NextStep{QStringLiteral("   "), kToday, false};
    requireOk(journal.incidents.save(blank));

    TodayQueries queries(journal.connection);
    // The first `limit` by the pure rule are the ones the query gives (idsOf sorts, so sets are compared).
    QStringList expected;
    for (const Today::OpenStep &step : Today::openNextSteps(incidents, kToday))
        expected.append(step.incidentId);
    for (int limit = 1; limit <= int(dues.size()); ++limit) {
        QStringList first = expected.mid(0, limit);
        first.sort();
        const TodayQueries::OpenSteps steps = require(queries.openSteps(kToday, limit));
        CHECK(idsOf(steps.first) == first);
        CHECK(steps.total == dues.size());
    }
}

TEST_CASE("Exposure candidates: past exposures without an outcome or actual anxiety", "[today][queries]")
{
    TestJournal journal;
    const QDateTime now = at(20);
    Incident open = incidentAt(id('1', 1), at(18));
    open.kind = IncidentKind::Exposure;
    open.exposure = ExposurePlan{QStringLiteral("Ask"), QString(), 60, QString(), std::nullopt, QString(), QString()};
    Incident noPlan = incidentAt(id('1', 2), at(19));
    noPlan.kind = IncidentKind::Exposure;
    Incident withOutcome = open;
    withOutcome.stamps.id = id('1', 3);
    withOutcome.exposure->outcome = QStringLiteral("Went well");
    Incident withAnxiety = open;
    withAnxiety.stamps.id = id('1', 4);
    withAnxiety.exposure->actualAnxiety = 0;
    Incident future = open;
    future.stamps.id = id('1', 5);
    future.occurredAt = at(21);
    Incident rejection = incidentAt(id('1', 6), at(18));
    for (const Incident &incident : {open, noPlan, withOutcome, withAnxiety, future, rejection})
        requireOk(journal.incidents.save(incident));

    TodayQueries queries(journal.connection);
    const QList<Incident> candidates = require(queries.exposureCandidates(now));
    CHECK(idsOf(candidates) == QStringList{open.stamps.id, noPlan.stamps.id});
    for (const Incident &candidate : candidates)
        CHECK(Today::needsFollowUp(candidate, now));
}

TEST_CASE("Memory candidates: incidents, wins and notes of this day in earlier years", "[today][queries]")
{
    TestJournal journal;
    const auto utc = [](QDate date, int hour) { return QDateTime(date, QTime(hour, 0), QTimeZone::utc()); };
    requireOk(journal.incidents.save(incidentAt(id('1', 1), utc(QDate(2025, 11, 20), 9))));
    requireOk(journal.incidents.save(incidentAt(id('1', 2), utc(QDate(2025, 11, 22), 9)))); // another day
    requireOk(journal.incidents.save(incidentAt(id('1', 3), utc(kToday, 8)))); // this year
    requireOk(journal.incidents.save(incidentAt(id('1', 4), utc(QDate(2023, 11, 20), 23))));

    Win win;
    win.stamps = stamps(id('5', 1), 1);
    win.date = QDate(2024, 11, 20);
    win.text = QStringLiteral("Spoke up");
    requireOk(journal.strengths.save(win));
    Win thisYear = win;
    thisYear.stamps.id = id('5', 2);
    thisYear.date = kToday;
    requireOk(journal.strengths.save(thisYear));

    const QString habitId = id('7', 1);
    requireOk(journal.habits.save(habitNamed(habitId, QStringLiteral("Gratitude"))));
    requireOk(journal.habits.save(checkInOn(habitId, QDate(2022, 11, 20), QStringLiteral("The sea"))));
    requireOk(journal.habits.save(checkInOn(habitId, QDate(2021, 11, 20)))); // no note

    TodayQueries queries(journal.connection);
    const QList<Today::Memory> memories = Today::onThisDay(require(queries.memoryCandidates(kToday)), kToday);
    REQUIRE(memories.size() == 4);
    CHECK(memories[0].kind == Today::MemoryKind::Incident);
    CHECK(memories[0].id == id('1', 1));
    CHECK(memories[0].title == QStringLiteral("Title ") + id('1', 1));
    CHECK(memories[0].text.startsWith(QStringLiteral("What happened")));
    CHECK(memories[0].yearsAgo == 1);
    CHECK(memories[1].kind == Today::MemoryKind::Win);
    CHECK(memories[1].text == QStringLiteral("Spoke up"));
    CHECK(memories[2].id == id('1', 4));
    CHECK(memories[2].yearsAgo == 3);
    CHECK(memories[3].kind == Today::MemoryKind::CheckInNote);
    CHECK(memories[3].id == habitId);
    CHECK(memories[3].title == QStringLiteral("Gratitude"));
    CHECK(memories[3].text == QStringLiteral("The sea"));
}

TEST_CASE("Memory candidates bring 29 February back on 28 February of a common year", "[today][queries]")
{
    TestJournal journal;
    Win leap;
    leap.stamps = stamps(id('5', 1), 1);
    leap.date = QDate(2024, 2, 29);
    leap.text = QStringLiteral("Leap day win");
    requireOk(journal.strengths.save(leap));

    TodayQueries queries(journal.connection);
    const QDate commonDay(2025, 2, 28);
    CHECK(Today::onThisDay(require(queries.memoryCandidates(commonDay)), commonDay).size() == 1);
    const QDate march(2025, 3, 1);
    CHECK(Today::onThisDay(require(queries.memoryCandidates(march)), march).isEmpty());
}

TEST_CASE("Headline and emptiness", "[today][queries]")
{
    TestJournal journal;
    TodayQueries queries(journal.connection);
    CHECK(require(queries.journalIsEmpty()));

    const Incident incident = incidentAt(id('1', 1), at(3));
    requireOk(journal.incidents.save(incident));
    CHECK_FALSE(require(queries.journalIsEmpty()));
    const std::optional<IncidentHeadline> headline = require(queries.headline(incident.stamps.id));
    REQUIRE(headline);
    CHECK(headline->title == incident.title);
    CHECK(headline->situationStart == incident.situation);
    CHECK(headline->occurredAt == incident.occurredAt);

    requireOk(journal.incidents.markIncidentDeleted(incident.stamps.id, at(4)));
    CHECK_FALSE(require(queries.headline(incident.stamps.id)));
    CHECK(require(queries.journalIsEmpty()));

    requireOk(journal.strengths.save(PersonalValues{QStringLiteral("Be kind."), {}, at(5)}));
    CHECK_FALSE(require(queries.journalIsEmpty()));
}
