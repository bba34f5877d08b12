// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/BelongingBalance.h"
#include "circles/Circle.h"
#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "habits/StreakCalculator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// The patterns the Insights page shows, as pure functions over values: the date (or instant) they are computed for
/// is always a parameter. InsightQueries.h reads their inputs from the journal.
namespace mosaic {

// ---- Calendar helpers

/// The first day of `date`'s month.
QDate monthOf(QDate date);
/// The Monday of `date`'s ISO week.
QDate mondayOf(QDate date);
/// The instant local `date` begins, in UTC (the system time zone decides what "local" is).
QDateTime localDayStart(QDate date);

// ---- Which thinking patterns recur

/// How many days "recently" covers: the 90 days ending with today.
inline constexpr int kRecentDays = 90;
/// The first day of the recent window ending with `today`.
QDate recentWindowStart(QDate today);

/// How often one distortion was named across the reflections.
struct DistortionCount
{
    QString name; ///< The interchange name ("mind-reading"), or the person's own name for a custom one.
    bool custom = false; ///< Named by the person (an incident tag "distortion:NAME"), not from the catalogue.
    int total = 0;
    int recent = 0; ///< Of `total`, in reflections within the recent window.
    int earlier() const { return total - recent; }
    friend bool operator==(const DistortionCount &, const DistortionCount &) = default;
};

/// Merges counts of the same distortion (the same name and kind) and orders them: the most named first, then the
/// most named recently, then by name, so that the order is stable. Entries with a zero total are dropped.
QList<DistortionCount> rankDistortions(const QList<DistortionCount> &counts);

// ---- Feelings and belief, before and after reframing

/// One reflection's ratings, as the monthly series needs them.
struct RatingSample
{
    QDate date; ///< The local date it happened.
    double emotionBeforeSum = 0; ///< Over the feelings rated both before and after.
    double emotionAfterSum = 0;
    int emotionPairs = 0; ///< How many feelings were rated both before and after.
    std::optional<int> beliefBefore;
    std::optional<int> beliefAfter;
};

/// One month of reflections: the average intensity before and after, over ratings that have both.
struct MonthShift
{
    QDate month; ///< Its first day.
    int emotionPairs = 0;
    double emotionBefore = 0; ///< Average, 0–100; 0 when emotionPairs is 0.
    double emotionAfter = 0;
    int beliefPairs = 0; ///< Reflections whose belief was rated before and after.
    double beliefBefore = 0;
    double beliefAfter = 0;

    bool isEmpty() const { return emotionPairs == 0 && beliefPairs == 0; }
    double emotionDrop() const { return emotionBefore - emotionAfter; }
    double beliefDrop() const { return beliefBefore - beliefAfter; }
    friend bool operator==(const MonthShift &, const MonthShift &) = default;
};

/// Every month from `firstMonth`'s through `lastMonth`'s, empty ones included, averaging the samples dated in it.
/// Samples outside the range are ignored.
QList<MonthShift> monthlyShifts(const QList<RatingSample> &samples, QDate firstMonth, QDate lastMonth);

/// The months taken together, each rating weighing the same (not each month).
MonthShift overallShift(const QList<MonthShift> &months);

// ---- Ritual completion

/// One ISO week of rituals: the periods kept out of those that were due. A skipped day, and a day or week still
/// under way that has not succeeded yet, were not due (docs/streaks-and-strength.md, "Periods": they are neutral).
struct WeekCompletion
{
    QDate monday;
    int done = 0;
    int due = 0;
    double rate() const { return due > 0 ? double(done) / due : 0; }
    friend bool operator==(const WeekCompletion &, const WeekCompletion &) = default;
};

/// The habit's periods from `from` through `today`, with the streak rules of core/habits. Each period's outcome
/// depends on its own days only, so starting later than the habit's start date changes nothing within the range.
QList<HabitPeriod> periodsBetween(const Habit &habit, const QList<CheckIn> &checkIns, QDate from, QDate today);

/// Every ISO week from the one holding `from` through the one holding `today`: each period counts in the week of
/// its first day; a day-based habit's days each count once, a per-week habit's week once.
QList<WeekCompletion> weeklyCompletion(const QList<QList<HabitPeriod>> &periodsPerHabit, QDate from, QDate today);

// ---- Circle balance over time

/// The belonging balance at the end of one month (or now, for the current month).
struct BalancePoint
{
    QDate month; ///< Its first day.
    QDateTime at; ///< The instant it was taken at.
    BelongingBalance balance;
    int memberships = 0; ///< Memberships that counted.
    friend bool operator==(const BalancePoint &, const BalancePoint &) = default;
};

/// The balance as it stood at `at`, as far as the records tell. The journal keeps no history of memberships, only
/// their current state, so this is an approximation:
/// - a circle counts from its createdAt until its deletedAt; an archived circle until its updatedAt (taken as the
///   moment it was archived);
/// - a person counts from createdAt until deletedAt;
/// - a membership still in place counts from its updatedAt (its start, as far as is known; a later change of ring
///   moves it later), or, without one, from when both its person and circle existed; a membership that was ended
///   counts from when both existed until its deletedAt;
/// - each membership weighs by its current ring (earlier rings are not kept).
BelongingBalance balanceAt(
    const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships, const QDateTime &at, int *countedMemberships = nullptr);

/// One point per month from `firstMonth`'s through `today`'s: each past month at the instant it ended (local
/// midnight after its last day), the current month at `now`. Records need their stamps (createdAt, updatedAt,
/// deletedAt, archived).
QList<BalancePoint> balanceHistory(
    const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships, QDate firstMonth, QDate today, const QDateTime &now);

// ---- Trimming

/// `series` without its leading entries for which `isEmpty` holds, so that a chart starts where the journal does.
template <typename T, typename IsEmpty>
QList<T> withoutLeadingEmpty(const QList<T> &series, IsEmpty isEmpty)
{
    qsizetype first = 0;
    while (first < series.size() && isEmpty(series[first]))
        ++first;
    return series.mid(first);
}

} // namespace mosaic
