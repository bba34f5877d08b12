// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/InsightSeries.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

using namespace mosaic;
using Catch::Matchers::WithinAbs;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Habit habit(ScheduleType type, QDate start)
{
    Habit result;
    result.stamps.id = u"habit"_s;
    result.schedule.type = type;
    result.startDate = start;
    return result;
}

CheckIn checkIn(QDate date, CheckInStatus status = CheckInStatus::Done, double value = 1)
{
    CheckIn result;
    result.habitId = u"habit"_s;
    result.date = date;
    result.status = status;
    result.value = value;
    return result;
}

Circle circle(const QString &id, const QDateTime &created)
{
    Circle result;
    result.stamps = {id, created, created, std::nullopt};
    result.name = id;
    return result;
}

Person person(const QString &id, const QDateTime &created)
{
    Person result;
    result.stamps = {id, created, created, std::nullopt};
    result.name = id;
    return result;
}

Membership
membership(const QString &personId, const QString &circleId, Ring ring, std::optional<QDateTime> updated, std::optional<QDateTime> deleted = std::nullopt)
{
    return Membership{personId, circleId, ring, updated, deleted};
}

} // namespace

TEST_CASE("Calendar helpers find the month, the ISO week and the recent window")
{
    CHECK(monthOf(QDate(2026, 11, 20)) == QDate(2026, 11, 1));
    CHECK(mondayOf(QDate(2026, 11, 20)) == QDate(2026, 11, 16)); // a Friday
    CHECK(mondayOf(QDate(2026, 11, 16)) == QDate(2026, 11, 16));
    CHECK(mondayOf(QDate(2026, 11, 22)) == QDate(2026, 11, 16)); // a Sunday
    // The 90 days ending with today: today and the 89 before it.
    CHECK(recentWindowStart(QDate(2026, 11, 20)) == QDate(2026, 8, 23));
    CHECK(QDate(2026, 8, 23).daysTo(QDate(2026, 11, 20)) + 1 == kRecentDays);
    CHECK(localDayStart(QDate(2026, 3, 29)) == utc(2026, 3, 29, 0)); // tests run with TZ=UTC
}

TEST_CASE("Distortions are ranked by how often they came up, then how recently")
{
    const QList<DistortionCount> ranked = rankDistortions({
        {u"labeling"_s, false, 2, 0},
        {u"mind-reading"_s, false, 5, 1},
        {u"fortune-telling"_s, false, 2, 2},
        {u"catastrophizing"_s, false, 0, 0},
        {u"Comparing myself"_s, true, 2, 2},
        {u"mind-reading"_s, false, 2, 2}, // a second row of the same distortion adds up
    });
    REQUIRE(ranked.size() == 4);
    CHECK(ranked[0] == DistortionCount{u"mind-reading"_s, false, 7, 3});
    CHECK(ranked[0].earlier() == 4);
    // Equal totals: the more recent first; equal again, the catalogue's before the person's own.
    CHECK(ranked[1].name == u"fortune-telling"_s);
    CHECK(ranked[2].name == u"Comparing myself"_s);
    CHECK(ranked[2].custom);
    CHECK(ranked[3].name == u"labeling"_s);
    CHECK(rankDistortions({}).isEmpty());
}

TEST_CASE("Feelings and belief are averaged per month over the ratings that have both")
{
    RatingSample october;
    october.date = QDate(2026, 10, 14);
    october.emotionBeforeSum = 170;
    october.emotionAfterSum = 80;
    october.emotionPairs = 3;
    october.beliefBefore = 65;
    october.beliefAfter = 30;
    RatingSample november;
    november.date = QDate(2026, 11, 3);
    november.emotionBeforeSum = 100;
    november.emotionAfterSum = 45;
    november.emotionPairs = 2;
    november.beliefBefore = 50; // no belief after: the belief does not count
    RatingSample outside;
    outside.date = QDate(2026, 6, 30);
    outside.emotionBeforeSum = 100;
    outside.emotionPairs = 1;

    const QList<MonthShift> months = monthlyShifts({november, october, outside}, QDate(2026, 9, 15), QDate(2026, 11, 20));
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == QDate(2026, 9, 1));
    CHECK(months[0].isEmpty());
    CHECK(months[1].month == QDate(2026, 10, 1));
    CHECK(months[1].emotionPairs == 3);
    CHECK_THAT(months[1].emotionBefore, WithinAbs(170.0 / 3, 1e-9));
    CHECK_THAT(months[1].emotionAfter, WithinAbs(80.0 / 3, 1e-9));
    CHECK_THAT(months[1].emotionDrop(), WithinAbs(30, 1e-9));
    CHECK(months[1].beliefPairs == 1);
    CHECK_THAT(months[1].beliefDrop(), WithinAbs(35, 1e-9));
    CHECK(months[2].emotionPairs == 2);
    CHECK_THAT(months[2].emotionBefore, WithinAbs(50, 1e-9));
    CHECK_THAT(months[2].emotionAfter, WithinAbs(22.5, 1e-9));
    CHECK(months[2].beliefPairs == 0);
    CHECK(months[2].beliefBefore == 0);

    // Together, each rating weighs the same: (170 + 100) / 5 before, (80 + 45) / 5 after.
    const MonthShift all = overallShift(months);
    CHECK(all.emotionPairs == 5);
    CHECK_THAT(all.emotionBefore, WithinAbs(54, 1e-9));
    CHECK_THAT(all.emotionAfter, WithinAbs(25, 1e-9));
    CHECK(all.beliefPairs == 1);
    CHECK_THAT(all.beliefBefore, WithinAbs(65, 1e-9));

    CHECK(monthlyShifts({october}, QDate(2026, 11, 1), QDate(2026, 10, 1)).isEmpty());
    const QList<MonthShift> acrossYears = monthlyShifts({}, QDate(2025, 11, 30), QDate(2026, 2, 1));
    REQUIRE(acrossYears.size() == 4);
    CHECK(acrossYears.last().month == QDate(2026, 2, 1));
}

TEST_CASE("Ritual completion counts the periods kept out of those due, per ISO week")
{
    // Monday 2026-11-02 to Friday 2026-11-20 (today).
    const QDate today(2026, 11, 20);
    const Habit daily = habit(ScheduleType::Daily, QDate(2026, 11, 4)); // a Wednesday
    const QList<CheckIn> dailyCheckIns{
        checkIn(QDate(2026, 11, 4)), checkIn(QDate(2026, 11, 5)), checkIn(QDate(2026, 11, 6), CheckInStatus::Skipped), // rest: not due
        // 7, 8 missed
        checkIn(QDate(2026, 11, 9)), checkIn(QDate(2026, 11, 18)),
        // today (20) not yet done: not due
    };
    Habit twice = habit(ScheduleType::PerWeek, QDate(2026, 10, 1));
    twice.schedule.times = 2;
    const QList<CheckIn> weeklyCheckIns{
        checkIn(QDate(2026, 11, 3)), checkIn(QDate(2026, 11, 4)), // week of 2 Nov: kept
        checkIn(QDate(2026, 11, 10)), // week of 9 Nov: once only, missed
        checkIn(QDate(2026, 11, 16)), // this week, under way and not yet kept: not due
    };

    const QDate from(2026, 11, 4); // the week holding it starts on Monday 2 Nov
    const QList<WeekCompletion> weeks =
        weeklyCompletion({periodsBetween(daily, dailyCheckIns, from, today), periodsBetween(twice, weeklyCheckIns, from, today)}, from, today);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].monday == QDate(2026, 11, 2));
    // Daily: 4, 5 kept; 6 skipped; 7, 8 missed → 2 of 4. Twice a week: kept → 1 of 1.
    CHECK(weeks[0] == WeekCompletion{QDate(2026, 11, 2), 3, 5});
    // Daily: 9 kept, 10–15 missed → 1 of 7. Twice a week: missed → 0 of 1.
    CHECK(weeks[1] == WeekCompletion{QDate(2026, 11, 9), 1, 8});
    // Daily: 16, 17 missed, 18 kept, 19 missed, 20 (today) not yet. Twice a week: under way.
    CHECK(weeks[2] == WeekCompletion{QDate(2026, 11, 16), 1, 4});
    CHECK_THAT(weeks[2].rate(), WithinAbs(0.25, 1e-9));
    CHECK(WeekCompletion{}.rate() == 0);

    // Starting the range later changes no period within it.
    const QList<HabitPeriod> late = periodsBetween(daily, dailyCheckIns, QDate(2026, 11, 9), today);
    REQUIRE(late.size() == 12);
    CHECK(late.first().first == QDate(2026, 11, 9));
    CHECK(late.first().outcome == PeriodOutcome::Success);
    // A per-week habit keeps whole weeks: from a Wednesday, its week still begins on the Monday.
    const QList<HabitPeriod> weekly = periodsBetween(twice, weeklyCheckIns, QDate(2026, 11, 4), today);
    REQUIRE(weekly.size() == 3);
    CHECK(weekly.first().first == QDate(2026, 11, 2));
    CHECK(weekly.first().outcome == PeriodOutcome::Success);
    CHECK(periodsBetween(daily, dailyCheckIns, from, QDate(2026, 11, 1)).isEmpty());
}

TEST_CASE("The balance at an instant counts what existed then, as far as the records tell")
{
    const QList<Circle> circles{circle(u"family"_s, utc(2026, 1, 1)), circle(u"work"_s, utc(2026, 1, 1)), circle(u"club"_s, utc(2026, 3, 10))};
    const QList<Person> people{person(u"ann"_s, utc(2026, 1, 1)), person(u"ben"_s, utc(2026, 1, 1)), person(u"cy"_s, utc(2026, 3, 10))};
    const QList<Membership> memberships{
        membership(u"ann"_s, u"family"_s, Ring::Inner, utc(2026, 1, 2)),
        // Left work on 15 April; its updatedAt is that moment, so its start is when both existed.
        membership(u"ben"_s, u"work"_s, Ring::Middle, utc(2026, 4, 15), utc(2026, 4, 15)),
        // No updatedAt: counts from when the newer of its person and circle was created.
        membership(u"cy"_s, u"club"_s, Ring::Outer, std::nullopt),
    };

    int counted = -1;
    const BelongingBalance january = balanceAt(circles, people, memberships, utc(2026, 1, 31), &counted);
    CHECK(counted == 2);
    CHECK_THAT(january.effectiveCircles, WithinAbs(1 / (0.36 + 0.16), 1e-9)); // 3 / 5 and 2 / 5
    CHECK_THAT(january.largestShare, WithinAbs(0.6, 1e-9));

    const BelongingBalance march = balanceAt(circles, people, memberships, utc(2026, 3, 31), &counted);
    CHECK(counted == 3);
    CHECK_THAT(march.largestShare, WithinAbs(0.5, 1e-9));

    const BelongingBalance may = balanceAt(circles, people, memberships, utc(2026, 5, 1), &counted);
    CHECK(counted == 2);
    CHECK_THAT(may.largestShare, WithinAbs(0.75, 1e-9));

    // An archived circle counts until its updatedAt; a deleted person until their deletedAt.
    QList<Circle> archived = circles;
    archived[0].archived = true;
    archived[0].stamps.updatedAt = utc(2026, 2, 1);
    QList<Person> gone = people;
    gone[2].stamps.deletedAt = utc(2026, 3, 20);
    CHECK(balanceAt(archived, gone, memberships, utc(2026, 1, 31), &counted).effectiveCircles > 1.9);
    CHECK(balanceAt(archived, gone, memberships, utc(2026, 3, 15), &counted).largestShare == 2.0 / 3);
    CHECK(counted == 2);
    CHECK(balanceAt(archived, gone, memberships, utc(2026, 3, 25), &counted) == BelongingBalance{1, 1, 0});

    // Nothing existed yet.
    CHECK(balanceAt(circles, people, memberships, utc(2025, 12, 31), &counted) == BelongingBalance{});
    CHECK(counted == 0);
}

TEST_CASE("The balance history takes each month at its end and the current month now")
{
    const QList<Circle> circles{circle(u"family"_s, utc(2026, 1, 1)), circle(u"club"_s, utc(2026, 2, 10))};
    const QList<Person> people{person(u"ann"_s, utc(2026, 1, 1)), person(u"cy"_s, utc(2026, 2, 10))};
    const QList<Membership> memberships{
        membership(u"ann"_s, u"family"_s, Ring::Inner, utc(2026, 1, 2)),
        membership(u"cy"_s, u"club"_s, Ring::Inner, utc(2026, 3, 31, 23)), // the last hour of March
    };
    const QDateTime now = utc(2026, 4, 10, 9);
    const QList<BalancePoint> points = balanceHistory(circles, people, memberships, QDate(2025, 12, 5), QDate(2026, 4, 10), now);
    REQUIRE(points.size() == 5);
    CHECK(points[0].month == QDate(2025, 12, 1));
    CHECK(points[0].at == utc(2026, 1, 1, 0));
    CHECK(points[0].memberships == 0);
    CHECK(points[1].balance.effectiveCircles == 1);
    CHECK(points[2].memberships == 1);
    CHECK(points[3].at == utc(2026, 4, 1, 0));
    CHECK(points[3].memberships == 2);
    CHECK(points[3].balance.effectiveCircles == 2);
    CHECK(points[4].at == now);
    CHECK(points[4].balance.largestShare == 0.5);

    const QList<BalancePoint> trimmed = withoutLeadingEmpty(points, [](const BalancePoint &point) { return point.memberships == 0; });
    REQUIRE(trimmed.size() == 4);
    CHECK(trimmed.first().month == QDate(2026, 1, 1));
    CHECK(balanceHistory(circles, people, memberships, QDate(2026, 5, 1), QDate(2026, 4, 10), now).isEmpty());
}
