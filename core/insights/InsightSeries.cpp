// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/InsightSeries.h"

#include <QHash>
#include <QSet>
#include <QTime>

#include <algorithm>

namespace mosaic {

QDate monthOf(QDate date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QDate mondayOf(QDate date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : QDate();
}

QDateTime localDayStart(QDate date)
{
    // startOfDay() handles a day whose midnight falls in a daylight-saving gap.
    return date.startOfDay(Qt::LocalTime).toUTC();
}

QDate recentWindowStart(QDate today)
{
    return today.addDays(1 - kRecentDays);
}

QList<DistortionCount> rankDistortions(const QList<DistortionCount> &counts)
{
    QList<DistortionCount> merged;
    QHash<QString, qsizetype> index;
    for (const DistortionCount &count : counts) {
        if (count.total <= 0)
            continue;
        const QString key = (count.custom ? u"c:" : u"d:") + count.name;
        const auto found = index.constFind(key);
        if (found == index.constEnd()) {
            index.insert(key, merged.size());
            merged.append(count);
        } else {
            merged[*found].total += count.total;
            merged[*found].recent += count.recent;
        }
    }
    std::sort(merged.begin(), merged.end(), [](const DistortionCount &a, const DistortionCount &b) {
        if (a.total != b.total)
            return a.total > b.total;
        if (a.recent != b.recent)
            return a.recent > b.recent;
        if (a.custom != b.custom)
            return !a.custom;
        return a.name < b.name;
    });
    return merged;
}

namespace {

struct ShiftSums
{
    double emotionBefore = 0;
    double emotionAfter = 0;
    int emotionPairs = 0;
    double beliefBefore = 0;
    double beliefAfter = 0;
    int beliefPairs = 0;

    MonthShift averages(QDate month) const
    {
        MonthShift shift;
        shift.month = month;
        shift.emotionPairs = emotionPairs;
        shift.beliefPairs = beliefPairs;
        if (emotionPairs > 0) {
            shift.emotionBefore = emotionBefore / emotionPairs;
            shift.emotionAfter = emotionAfter / emotionPairs;
        }
        if (beliefPairs > 0) {
            shift.beliefBefore = beliefBefore / beliefPairs;
            shift.beliefAfter = beliefAfter / beliefPairs;
        }
        return shift;
    }
};

} // namespace

QList<MonthShift> monthlyShifts(const QList<RatingSample> &samples, QDate firstMonth, QDate lastMonth)
{
    const QDate first = monthOf(firstMonth);
    const QDate last = monthOf(lastMonth);
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    QList<QDate> months;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        months.append(month);
    QList<ShiftSums> sums(months.size());
    for (const RatingSample &sample : samples) {
        const QDate month = monthOf(sample.date);
        if (!month.isValid() || month < first || month > last)
            continue;
        ShiftSums &sum = sums[(month.year() - first.year()) * 12 + month.month() - first.month()];
        if (sample.emotionPairs > 0) {
            sum.emotionBefore += sample.emotionBeforeSum;
            sum.emotionAfter += sample.emotionAfterSum;
            sum.emotionPairs += sample.emotionPairs;
        }
        if (sample.beliefBefore && sample.beliefAfter) {
            sum.beliefBefore += *sample.beliefBefore;
            sum.beliefAfter += *sample.beliefAfter;
            ++sum.beliefPairs;
        }
    }
    QList<MonthShift> shifts;
    shifts.reserve(months.size());
    for (qsizetype i = 0; i < months.size(); ++i)
        shifts.append(sums[i].averages(months[i]));
    return shifts;
}

MonthShift overallShift(const QList<MonthShift> &months)
{
    ShiftSums sum;
    for (const MonthShift &month : months) {
        sum.emotionBefore += month.emotionBefore * month.emotionPairs;
        sum.emotionAfter += month.emotionAfter * month.emotionPairs;
        sum.emotionPairs += month.emotionPairs;
        sum.beliefBefore += month.beliefBefore * month.beliefPairs;
        sum.beliefAfter += month.beliefAfter * month.beliefPairs;
        sum.beliefPairs += month.beliefPairs;
    }
    return sum.averages(months.isEmpty() ? QDate() : months.first().month);
}

QList<HabitPeriod> periodsBetween(const Habit &habit, const QList<CheckIn> &checkIns, QDate from, QDate today)
{
    if (!habit.startDate.isValid() || !from.isValid())
        return {};
    Habit clipped = habit;
    // A per-week habit keeps whole weeks: its periods start on Mondays (or on its own start date).
    const QDate rangeStart = habit.schedule.type == ScheduleType::PerWeek ? mondayOf(from) : from;
    clipped.startDate = std::max(habit.startDate, rangeStart);
    return evaluatePeriods(clipped, checkIns, today);
}

QList<WeekCompletion> weeklyCompletion(const QList<QList<HabitPeriod>> &periodsPerHabit, QDate from, QDate today)
{
    const QDate firstMonday = mondayOf(from);
    const QDate lastMonday = mondayOf(today);
    if (!firstMonday.isValid() || !lastMonday.isValid() || lastMonday < firstMonday)
        return {};
    QList<WeekCompletion> weeks;
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7))
        weeks.append({monday, 0, 0});
    for (const QList<HabitPeriod> &periods : periodsPerHabit) {
        for (const HabitPeriod &period : periods) {
            const QDate monday = mondayOf(period.first);
            if (monday < firstMonday || monday > lastMonday || period.outcome == PeriodOutcome::Neutral)
                continue;
            WeekCompletion &week = weeks[firstMonday.daysTo(monday) / 7];
            ++week.due;
            if (period.outcome == PeriodOutcome::Success)
                ++week.done;
        }
    }
    return weeks;
}

namespace {

bool existsAt(const RecordStamps &stamps, const QDateTime &at)
{
    return stamps.createdAt.isValid() && stamps.createdAt <= at && !(stamps.deletedAt && *stamps.deletedAt <= at);
}

} // namespace

BelongingBalance
balanceAt(const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships, const QDateTime &at, int *countedMemberships)
{
    QHash<QString, QDateTime> circleCreated;
    QList<Circle> liveCircles;
    for (const Circle &circle : circles) {
        if (!existsAt(circle.stamps, at))
            continue;
        if (circle.archived && circle.stamps.updatedAt <= at)
            continue;
        circleCreated.insert(circle.stamps.id, circle.stamps.createdAt);
        Circle live = circle;
        live.archived = false;
        live.stamps.deletedAt.reset();
        liveCircles.append(live);
    }
    QHash<QString, QDateTime> personCreated;
    QList<Person> livePeople;
    for (const Person &person : people) {
        if (!existsAt(person.stamps, at))
            continue;
        personCreated.insert(person.stamps.id, person.stamps.createdAt);
        Person live = person;
        live.stamps.deletedAt.reset();
        livePeople.append(live);
    }
    QList<Membership> liveMemberships;
    for (const Membership &membership : memberships) {
        const auto circle = circleCreated.constFind(membership.circleId);
        const auto person = personCreated.constFind(membership.personId);
        if (circle == circleCreated.constEnd() || person == personCreated.constEnd())
            continue;
        if (membership.deletedAt && *membership.deletedAt <= at)
            continue;
        // A tombstone's updatedAt is when it ended, not when it began: only a living membership's tells its start.
        QDateTime start = std::max(*circle, *person);
        if (!membership.deletedAt && membership.updatedAt && membership.updatedAt->isValid())
            start = std::max(start, *membership.updatedAt);
        if (start > at)
            continue;
        Membership live = membership;
        live.deletedAt.reset();
        liveMemberships.append(live);
    }
    if (countedMemberships)
        *countedMemberships = int(liveMemberships.size());
    return calculateBelongingBalance(liveCircles, livePeople, liveMemberships);
}

QList<BalancePoint> balanceHistory(
    const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships, QDate firstMonth, QDate today, const QDateTime &now)
{
    const QDate first = monthOf(firstMonth);
    const QDate last = monthOf(today);
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    QList<BalancePoint> points;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        BalancePoint point;
        point.month = month;
        point.at = month == last ? now.toUTC() : localDayStart(month.addMonths(1));
        point.balance = balanceAt(circles, people, memberships, point.at, &point.memberships);
        points.append(point);
    }
    return points;
}

} // namespace mosaic
