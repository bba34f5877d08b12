// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/CalendarQueries.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

#include <utility>

namespace mosaic {

CalendarQueries::CalendarQueries(const QSqlDatabase &connection)
    // `+deleted_at`: read by the time indexes, not by the tombstone index. Reflections come one row each (their UTC
    // instant is turned into a local date here); wins and notes are counted per date by SQLite.
    : m_entries(connection,
                QStringLiteral("SELECT occurred_at, 1 FROM incidents WHERE +deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?"
                               " UNION ALL SELECT date, count(*) FROM wins WHERE +deleted_at IS NULL AND date >= ? AND date < ? GROUP BY date"
                               " UNION ALL SELECT c.date, count(*) FROM check_ins c JOIN habits h ON h.id = c.habit_id"
                               " WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND c.note <> '' AND c.date >= ? AND c.date < ? GROUP BY c.date"))
{ }

Result<QMap<QDate, int>> CalendarQueries::entriesPerDay(QDate first, QDate end, const QTimeZone &zone)
{
    QMap<QDate, int> counts;
    if (!first.isValid() || !end.isValid() || end <= first)
        return counts;
    const QDateTime from(first, QTime(0, 0), zone);
    const QDateTime until(end, QTime(0, 0), zone);
    Result<QList<std::pair<QString, int>>> rows = readRows(
        m_entries, QCoreApplication::translate("mosaic::CalendarQueries", "Reading the journal's calendar"),
        [](SqlRowReader &row) {
            QString key = row.text();
            return std::pair(std::move(key), row.integer());
        },
        from, until, first, end, first, end);
    if (!rows)
        return rows.failure();
    for (const auto &[key, count] : std::as_const(*rows)) {
        // An instant is longer than a date ("2026-11-14T…" against "2026-11-14").
        const QDate date =
            key.size() > 10 ? TimeFormat::parseInstant(key).value_or(QDateTime()).toTimeZone(zone).date() : TimeFormat::parseDate(key).value_or(QDate());
        if (date.isValid())
            counts[date] += count;
    }
    return counts;
}

} // namespace mosaic
