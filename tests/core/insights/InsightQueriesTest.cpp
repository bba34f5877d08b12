// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/InsightQueries.h"

#include "QtPrinters.h"
#include "StoreFixtures.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

using namespace mosaic;
using namespace StoreFixtures;
using Catch::Matchers::WithinAbs;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Incident incident(int number,
                  const QDateTime &occurred,
                  QList<Distortion> distortions,
                  QList<EmotionRating> emotions = {},
                  std::optional<int> beliefBefore = std::nullopt,
                  std::optional<int> beliefAfter = std::nullopt)
{
    Incident result;
    result.stamps = {id('1', number), occurred, occurred, std::nullopt};
    result.occurredAt = occurred;
    result.kind = IncidentKind::Rejection;
    result.title = u"Incident %1"_s.arg(number);
    result.distortions = std::move(distortions);
    result.emotions = std::move(emotions);
    result.beliefBefore = beliefBefore;
    result.beliefAfter = beliefAfter;
    return result;
}

Habit habit(int number, ScheduleType type, QDate start)
{
    Habit result;
    result.stamps = {id('h', number), utc(2026, 1, 1), utc(2026, 1, 1), std::nullopt};
    result.name = u"Habit %1"_s.arg(number);
    result.schedule.type = type;
    result.startDate = start;
    return result;
}

CheckIn checkIn(const QString &habitId, QDate date, CheckInStatus status = CheckInStatus::Done)
{
    return CheckIn{habitId, date, status, 1, QString(), utc(2026, 1, 1), std::nullopt};
}

} // namespace

TEST_CASE("Distortion counts come from living reflections up to today: catalogue and custom ones")
{
    TestJournal journal;
    const QDate today(2026, 11, 20);
    Incident recentOne = incident(1, utc(2026, 11, 1), {Distortion::MindReading, Distortion::Labeling});
    recentOne.tags = {u"work"_s, u"distortion:Comparing myself"_s};
    requireOk(journal.incidents.save(recentOne));
    requireOk(journal.incidents.save(incident(2, utc(2026, 8, 23, 0), {Distortion::MindReading}))); // the first moment of the window
    requireOk(journal.incidents.save(incident(3, utc(2026, 8, 22, 23), {Distortion::MindReading, Distortion::Labeling}))); // just before it
    requireOk(journal.incidents.save(incident(4, utc(2026, 11, 21, 0), {Distortion::Blaming}))); // tomorrow: a plan, not counted
    Incident deleted = incident(5, utc(2026, 10, 1), {Distortion::Blaming});
    deleted.stamps.deletedAt = utc(2026, 10, 2);
    requireOk(journal.incidents.save(deleted));

    const QList<DistortionCount> counts = require(InsightQueries::distortionCounts(journal.connection, today));
    REQUIRE(counts.size() == 3);
    CHECK(counts[0] == DistortionCount{u"mind-reading"_s, false, 3, 2});
    CHECK(counts[1] == DistortionCount{u"labeling"_s, false, 2, 1});
    CHECK(counts[2] == DistortionCount{u"Comparing myself"_s, true, 1, 1});

    CHECK(require(InsightQueries::distortionCounts(journal.connection, QDate(2026, 1, 1))).isEmpty());
}

TEST_CASE("Monthly shifts read the ratings of reflections in the range")
{
    TestJournal journal;
    requireOk(
        journal.incidents.save(incident(1, utc(2026, 10, 14), {}, {{u"hurt"_s, 70, 30}, {u"shame"_s, 40, 15}, {u"anxiety"_s, 90, std::nullopt}}, 65, 30)));
    requireOk(journal.incidents.save(incident(2, utc(2026, 10, 30), {}, {{u"hurt"_s, 50, 20}}, 80, std::nullopt)));
    requireOk(journal.incidents.save(incident(3, utc(2026, 11, 3), {}, {}, 50, 25)));
    requireOk(journal.incidents.save(incident(4, utc(2026, 11, 4), {}))); // nothing rated
    requireOk(journal.incidents.save(incident(5, utc(2026, 8, 31), {}, {{u"hurt"_s, 100, 0}}))); // before the range

    const QList<MonthShift> months = require(InsightQueries::monthlyShifts(journal.connection, QDate(2026, 9, 1), QDate(2026, 11, 20)));
    REQUIRE(months.size() == 3);
    CHECK(months[0].isEmpty());
    CHECK(months[1].emotionPairs == 3);
    CHECK_THAT(months[1].emotionBefore, WithinAbs(160.0 / 3, 1e-9));
    CHECK_THAT(months[1].emotionAfter, WithinAbs(65.0 / 3, 1e-9));
    CHECK(months[1].beliefPairs == 1);
    CHECK_THAT(months[1].beliefDrop(), WithinAbs(35, 1e-9));
    CHECK(months[2].emotionPairs == 0);
    CHECK(months[2].beliefPairs == 1);
    CHECK_THAT(months[2].beliefAfter, WithinAbs(25, 1e-9));
}

TEST_CASE("Weekly completion reads the check-ins of living, active habits within the range")
{
    TestJournal journal;
    const Habit daily = habit(1, ScheduleType::Daily, QDate(2026, 11, 9));
    Habit archived = habit(2, ScheduleType::Daily, QDate(2026, 11, 9));
    archived.archived = true;
    requireOk(journal.habits.save(daily));
    requireOk(journal.habits.save(archived));
    for (const QDate date : {QDate(2026, 11, 9), QDate(2026, 11, 10), QDate(2026, 11, 16)})
        requireOk(journal.habits.save(checkIn(daily.stamps.id, date)));
    requireOk(journal.habits.save(checkIn(daily.stamps.id, QDate(2026, 11, 11), CheckInStatus::Skipped)));
    CheckIn undone = checkIn(daily.stamps.id, QDate(2026, 11, 12));
    undone.deletedAt = utc(2026, 11, 12);
    requireOk(journal.habits.save(undone));

    const QList<WeekCompletion> weeks = require(InsightQueries::weeklyCompletion(journal.connection, QDate(2026, 11, 2), QDate(2026, 11, 17)));
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0] == WeekCompletion{QDate(2026, 11, 2), 0, 0});
    // 9, 10 kept; 11 skipped; 12 undone, 13–15 missed.
    CHECK(weeks[1] == WeekCompletion{QDate(2026, 11, 9), 2, 6});
    // 16 kept, 17 is today and not yet kept.
    CHECK(weeks[2] == WeekCompletion{QDate(2026, 11, 16), 1, 1});
}

TEST_CASE("The balance history reads circles, people and memberships with their stamps")
{
    TestJournal journal;
    Circle family = fullCircle(id('c', 1));
    family.archived = false;
    family.stamps = {id('c', 1), utc(2026, 1, 1), utc(2026, 1, 1), std::nullopt};
    Circle club = family;
    club.stamps = {id('c', 2), utc(2026, 2, 10), utc(2026, 2, 10), std::nullopt};
    Person ann = fullPerson(id('p', 1));
    ann.stamps = {id('p', 1), utc(2026, 1, 1), utc(2026, 1, 1), std::nullopt};
    Person cy = ann;
    cy.stamps = {id('p', 2), utc(2026, 2, 10), utc(2026, 2, 10), std::nullopt};
    requireOk(journal.circles.save(family));
    requireOk(journal.circles.save(club));
    requireOk(journal.circles.save(ann));
    requireOk(journal.circles.save(cy));
    requireOk(journal.circles.save(Membership{ann.stamps.id, family.stamps.id, Ring::Inner, utc(2026, 1, 2), std::nullopt}));
    requireOk(journal.circles.save(Membership{cy.stamps.id, club.stamps.id, Ring::Inner, utc(2026, 3, 5), std::nullopt}));
    requireOk(journal.circles.save(Membership{cy.stamps.id, family.stamps.id, Ring::Outer, utc(2026, 3, 20), utc(2026, 3, 20)}));

    const QDateTime now = utc(2026, 4, 10, 9);
    const QList<BalancePoint> points = require(InsightQueries::balanceHistory(journal.connection, QDate(2026, 1, 1), QDate(2026, 4, 10), now));
    REQUIRE(points.size() == 4);
    CHECK(points[0].memberships == 1);
    CHECK(points[0].balance.effectiveCircles == 1);
    // End of February: cy had joined the family (ended 20 March; its start is when cy was created), not yet the club.
    CHECK(points[1].memberships == 2);
    CHECK(points[1].balance.largestShare == 1);
    // End of March: the family membership ended, the club one began.
    CHECK(points[2].memberships == 2);
    CHECK_THAT(points[2].balance.effectiveCircles, WithinAbs(2, 1e-9));
    CHECK(points[3].at == now);
}
