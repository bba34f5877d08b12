// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/InsightQueries.h"

#include "common/TimeFormat.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace mosaic::InsightQueries {

namespace {

// Runs `sql` with `values` bound in order and hands each row to `readRow(SqlRowReader &)`; rows stream, so a long
// result is never held whole.
template <typename ReadRow>
Status forEachRow(const QSqlDatabase &connection, const QString &sql, std::initializer_list<QVariant> values, const QString &whatFailed, ReadRow &&readRow)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlFailure(query.lastError(), whatFailed);
    int position = 0;
    for (const QVariant &value : values)
        query.bindValue(position++, value);
    if (!query.exec())
        return sqlFailure(query.lastError(), whatFailed);
    while (query.next()) {
        SqlRowReader row(query);
        readRow(row);
        if (!row.ok())
            return row.failure(whatFailed);
    }
    if (query.lastError().isValid())
        return sqlFailure(query.lastError(), whatFailed);
    return success();
}

// The stored (UTC, fixed-width) form of the instant local `date` begins: stored instants compare with it as text.
QString storedDayStart(QDate date)
{
    return TimeFormat::storageInstant(localDayStart(date));
}

} // namespace

Result<QList<DistortionCount>> distortionCounts(const QSqlDatabase &connection, QDate today)
{
    // Catalogue distortions are listed in distortions_json; the person's own are tags "distortion:NAME".
    const QString sql = QStringLiteral("SELECT 0, d.value, count(*), total(i.occurred_at >= ?) FROM incidents AS i, json_each(i.distortions_json) AS d"
                                       " WHERE i.deleted_at IS NULL AND i.occurred_at < ? GROUP BY d.value"
                                       " UNION ALL"
                                       " SELECT 1, substr(t.value, 12), count(*), total(i.occurred_at >= ?) FROM incidents AS i, json_each(i.tags_json) AS t"
                                       " WHERE i.deleted_at IS NULL AND i.occurred_at < ? AND t.value LIKE 'distortion:_%' GROUP BY substr(t.value, 12)");
    QList<DistortionCount> counts;
    const QString recentStart = storedDayStart(recentWindowStart(today));
    const QString end = storedDayStart(today.addDays(1));
    const Status read = forEachRow(connection, sql, {recentStart, end, recentStart, end},
                                   QCoreApplication::translate("mosaic::InsightQueries", "Counting the thinking patterns"), [&](SqlRowReader &row) {
                                       DistortionCount count;
                                       count.custom = row.boolean();
                                       count.name = row.text();
                                       count.total = row.integer();
                                       count.recent = int(row.real());
                                       counts.append(count);
                                   });
    if (!read)
        return read.failure();
    return rankDistortions(counts);
}

Result<QList<MonthShift>> monthlyShifts(const QSqlDatabase &connection, QDate firstMonth, QDate today)
{
    // One row per reflection with ratings: the sums over its feelings rated before and after, and its belief.
    const QString sql = QStringLiteral("SELECT i.occurred_at, total(json_extract(e.value, '$.before')), total(json_extract(e.value, '$.after')), count(e.key),"
                                       " i.belief_before, i.belief_after"
                                       " FROM incidents AS i LEFT JOIN json_each(i.emotions_json) AS e"
                                       "   ON json_type(e.value, '$.before') IN ('integer', 'real') AND json_type(e.value, '$.after') IN ('integer', 'real')"
                                       " WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?"
                                       "   AND (i.emotions_json <> '[]' OR (i.belief_before IS NOT NULL AND i.belief_after IS NOT NULL))"
                                       " GROUP BY i.seq");
    QList<RatingSample> samples;
    const Status read = forEachRow(connection, sql, {storedDayStart(monthOf(firstMonth)), storedDayStart(today.addDays(1))},
                                   QCoreApplication::translate("mosaic::InsightQueries", "Reading the ratings of the reflections"), [&](SqlRowReader &row) {
                                       RatingSample sample;
                                       sample.date = row.instant().toLocalTime().date();
                                       sample.emotionBeforeSum = row.real();
                                       sample.emotionAfterSum = row.real();
                                       sample.emotionPairs = row.integer();
                                       sample.beliefBefore = row.optionalInteger();
                                       sample.beliefAfter = row.optionalInteger();
                                       samples.append(sample);
                                   });
    if (!read)
        return read.failure();
    return mosaic::monthlyShifts(samples, firstMonth, today);
}

Result<QList<WeekCompletion>> weeklyCompletion(const QSqlDatabase &connection, QDate from, QDate today)
{
    QList<Habit> habits;
    const Status readHabits =
        forEachRow(connection,
                   QStringLiteral("SELECT id, schedule_type, schedule_days_json, schedule_times, target_type, target_goal, start_date FROM habits"
                                  " WHERE deleted_at IS NULL AND archived = 0 ORDER BY created_at, id"),
                   {}, QCoreApplication::translate("mosaic::InsightQueries", "Reading the habits"), [&](SqlRowReader &row) {
                       Habit habit;
                       habit.stamps.id = row.text();
                       habit.schedule.type = row.enumValue<ScheduleType>();
                       habit.schedule.days = row.intList();
                       habit.schedule.times = row.integer();
                       habit.target.type = row.enumValue<TargetType>();
                       habit.target.goal = row.real();
                       habit.startDate = row.date();
                       habits.append(habit);
                   });
    if (!readHabits)
        return readHabits.failure();

    // Only the check-ins within the range, read from the covering index check_ins_scoring.
    const QString checkInsSql =
        QStringLiteral("SELECT date, status, value FROM check_ins WHERE habit_id = ? AND deleted_at IS NULL AND date >= ? AND date <= ? ORDER BY date");
    const QDate rangeStart = mondayOf(from);
    QList<QList<HabitPeriod>> periodsPerHabit;
    for (const Habit &habit : std::as_const(habits)) {
        QList<CheckIn> checkIns;
        const Status read = forEachRow(connection, checkInsSql, {habit.stamps.id, TimeFormat::formatDate(rangeStart), TimeFormat::formatDate(today)},
                                       QCoreApplication::translate("mosaic::InsightQueries", "Reading the check-ins"), [&](SqlRowReader &row) {
                                           CheckIn checkIn;
                                           checkIn.habitId = habit.stamps.id;
                                           checkIn.date = row.date();
                                           checkIn.status = row.enumValue<CheckInStatus>();
                                           checkIn.value = row.real();
                                           checkIns.append(checkIn);
                                       });
        if (!read)
            return read.failure();
        periodsPerHabit.append(periodsBetween(habit, checkIns, rangeStart, today));
    }
    return mosaic::weeklyCompletion(periodsPerHabit, from, today);
}

Result<QList<BalancePoint>> balanceHistory(const QSqlDatabase &connection, QDate firstMonth, QDate today, const QDateTime &now)
{
    QList<Circle> circles;
    Status read = forEachRow(connection, QStringLiteral("SELECT id, created_at, updated_at, deleted_at, archived FROM circles"), {},
                             QCoreApplication::translate("mosaic::InsightQueries", "Reading the circles"), [&](SqlRowReader &row) {
                                 Circle circle;
                                 circle.stamps = row.stamps();
                                 circle.archived = row.boolean();
                                 circles.append(circle);
                             });
    if (!read)
        return read.failure();
    QList<Person> people;
    read = forEachRow(connection, QStringLiteral("SELECT id, created_at, updated_at, deleted_at FROM people"), {},
                      QCoreApplication::translate("mosaic::InsightQueries", "Reading the people"), [&](SqlRowReader &row) {
                          Person person;
                          person.stamps = row.stamps();
                          people.append(person);
                      });
    if (!read)
        return read.failure();
    QList<Membership> memberships;
    read = forEachRow(connection, QStringLiteral("SELECT person_id, circle_id, ring, updated_at, deleted_at FROM memberships"), {},
                      QCoreApplication::translate("mosaic::InsightQueries", "Reading the memberships"), [&](SqlRowReader &row) {
                          Membership membership;
                          membership.personId = row.text();
                          membership.circleId = row.text();
                          membership.ring = row.enumValue<Ring>();
                          membership.updatedAt = row.optionalInstant();
                          membership.deletedAt = row.optionalInstant();
                          memberships.append(membership);
                      });
    if (!read)
        return read.failure();
    return mosaic::balanceHistory(circles, people, memberships, firstMonth, today, now);
}

} // namespace mosaic::InsightQueries
