// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "insights/InsightSeries.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace mosaic {

/// Reads what the Insights series need from the journal and computes them (InsightSeries.h). Built for a heavy
/// journal: distortions are counted by SQLite, ratings and check-ins are streamed as numbers within the range
/// asked for, and no text is ever read. Reads only; the connection must outlive the calls.
namespace InsightQueries {

/// Every distortion named in living reflections up to the end of `today` (plans dated later do not count), catalogue
/// ones and the person's own (tags "distortion:NAME"), ranked (rankDistortions); `recent` counts those within
/// the 90 days ending with `today`.
Result<QList<DistortionCount>> distortionCounts(const QSqlDatabase &connection, QDate today);

/// Feelings and belief before and after, per month from `firstMonth`'s through `today`'s (monthlyShifts).
Result<QList<MonthShift>> monthlyShifts(const QSqlDatabase &connection, QDate firstMonth, QDate today);

/// Ritual completion of the living, not archived habits, per ISO week from the week holding `from` through the one
/// holding `today` (weeklyCompletion).
Result<QList<WeekCompletion>> weeklyCompletion(const QSqlDatabase &connection, QDate from, QDate today);

/// The belonging balance at each month end from `firstMonth`'s through `today`'s, the current month at `now`
/// (balanceHistory, with its approximation).
Result<QList<BalancePoint>> balanceHistory(const QSqlDatabase &connection, QDate firstMonth, QDate today, const QDateTime &now);

} // namespace InsightQueries

} // namespace mosaic
