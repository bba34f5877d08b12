// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayQueries.h"

#include "common/TimeFormat.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace mosaic {

namespace {

// An excerpt is enough for a line on Today; whole texts of a heavy journal stay on disk.
constexpr int kExcerptLength = 300;

CheckIn readCheckIn(SqlRowReader &row)
{
    CheckIn checkIn;
    checkIn.habitId = row.text();
    checkIn.date = row.date();
    checkIn.status = row.enumValue<CheckInStatus>();
    checkIn.value = row.real();
    checkIn.note = row.text();
    checkIn.updatedAt = row.instant();
    checkIn.deletedAt = row.optionalInstant();
    return checkIn;
}

Incident readStep(SqlRowReader &row)
{
    Incident incident;
    incident.stamps.id = row.text();
    incident.occurredAt = row.instant();
    incident.title = row.text();
    incident.nextStep = row.nextStep();
    return incident;
}

Incident readExposure(SqlRowReader &row)
{
    Incident incident;
    incident.stamps.id = row.text();
    incident.occurredAt = row.instant();
    incident.kind = row.enumValue<IncidentKind>();
    incident.title = row.text();
    incident.exposure = row.exposure();
    return incident;
}

IncidentHeadline readHeadline(SqlRowReader &row)
{
    IncidentHeadline headline;
    headline.id = row.text();
    headline.title = row.text();
    headline.situationStart = row.text();
    headline.occurredAt = row.instant();
    headline.kind = row.enumValue<IncidentKind>();
    return headline;
}

bool readFlag(SqlRowReader &row)
{
    return row.boolean();
}

/// The "MM-DD" keys whose records may land on `today` (the day itself, and each neighbour for time zones).
QStringList candidateMonthDays(QDate today)
{
    QStringList keys;
    for (const QString &monthDay : Today::onThisDayMonthDays(today)) {
        // A leap year holds every month-day, 29 February included.
        const QDate reference = QDate::fromString(QStringLiteral("2000-") + monthDay, QStringLiteral("yyyy-MM-dd"));
        for (int offset = -1; offset <= 1; ++offset) {
            const QString key = reference.addDays(offset).toString(QStringLiteral("MM-dd"));
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

// A live incident with a next step that is not done and says something.
const QString kOpenStepCondition =
    QStringLiteral("deleted_at IS NULL AND next_step_json IS NOT NULL AND coalesce(json_extract(next_step_json, '$.done'), 0) = 0"
                   " AND trim(coalesce(json_extract(next_step_json, '$.text'), '')) <> ''");

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

TodayQueries::TodayQueries(const QSqlDatabase &connection)
    : m_connection(connection)
    , m_checkInsBetween(connection,
                        QStringLiteral("SELECT habit_id, date, status, value, note, updated_at, deleted_at FROM check_ins"
                                       " WHERE habit_id = ? AND date BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY date"))
    // The first `limit` open steps in Today::openNextSteps' order (overdue nearest first, then due soonest first, then
    // undated; newest first within each): a journal may hold thousands, and Today shows a handful.
    , m_openSteps(connection,
                  QStringLiteral("SELECT id, occurred_at, title, next_step_json, count(*) OVER () FROM incidents, (SELECT ? AS today)"
                                 " WHERE %1"
                                 " ORDER BY CASE WHEN json_extract(next_step_json, '$.due') IS NULL THEN 2"
                                 " WHEN json_extract(next_step_json, '$.due') < today THEN 0 ELSE 1 END,"
                                 " CASE WHEN json_extract(next_step_json, '$.due') < today THEN json_extract(next_step_json, '$.due') END DESC,"
                                 " CASE WHEN json_extract(next_step_json, '$.due') >= today THEN json_extract(next_step_json, '$.due') END,"
                                 " occurred_at DESC, id LIMIT ?")
                      .arg(kOpenStepCondition))
    , m_exposures(connection,
                  QStringLiteral("SELECT id, occurred_at, kind, title, exposure_json FROM incidents"
                                 " WHERE deleted_at IS NULL AND kind = 'exposure' AND occurred_at <= ?"
                                 " AND (exposure_json IS NULL OR (json_extract(exposure_json, '$.actualAnxiety') IS NULL"
                                 " AND trim(coalesce(json_extract(exposure_json, '$.outcome'), '')) = ''))"))
    , m_headline(connection,
                 QStringLiteral("SELECT id, title, substr(situation, 1, %1), occurred_at, kind FROM incidents"
                                " WHERE id = ? AND deleted_at IS NULL")
                     .arg(kExcerptLength))
    , m_isEmpty(connection,
                QStringLiteral("SELECT NOT (EXISTS (SELECT 1 FROM habits WHERE deleted_at IS NULL)"
                               " OR EXISTS (SELECT 1 FROM incidents WHERE deleted_at IS NULL)"
                               " OR EXISTS (SELECT 1 FROM strengths WHERE deleted_at IS NULL)"
                               " OR EXISTS (SELECT 1 FROM wins WHERE deleted_at IS NULL)"
                               " OR EXISTS (SELECT 1 FROM personal_values WHERE trim(mission) <> ''))"))
{ }

Result<QList<CheckIn>> TodayQueries::checkInsBetween(const QString &habitId, QDate first, QDate last)
{
    return readRows(m_checkInsBetween, QCoreApplication::translate("mosaic::TodayQueries", "Reading today's check-ins"), readCheckIn, habitId, first, last);
}

Result<TodayQueries::OpenSteps> TodayQueries::openSteps(QDate today, int limit)
{
    // One pass: the window count gives the total of the rows before LIMIT cuts them.
    Result<QList<std::pair<Incident, int>>> rows = readRows(
        m_openSteps, QCoreApplication::translate("mosaic::TodayQueries", "Reading the open next steps"),
        [](SqlRowReader &row) {
            Incident incident = readStep(row);
            return std::pair(std::move(incident), row.integer());
        },
        today, limit);
    if (!rows)
        return rows.failure();
    OpenSteps steps;
    for (auto &[incident, total] : *rows) {
        steps.first.append(std::move(incident));
        steps.total = total;
    }
    return steps;
}

Result<QList<Incident>> TodayQueries::exposureCandidates(const QDateTime &now)
{
    return readRows(m_exposures, QCoreApplication::translate("mosaic::TodayQueries", "Reading the planned challenges"), readExposure, now);
}

Result<std::optional<IncidentHeadline>> TodayQueries::headline(const QString &incidentId)
{
    return readOptionalRow(m_headline, QCoreApplication::translate("mosaic::TodayQueries", "Reading the reflection"), readHeadline, incidentId);
}

Result<bool> TodayQueries::journalIsEmpty()
{
    Result<QList<bool>> rows = readRows(m_isEmpty, QCoreApplication::translate("mosaic::TodayQueries", "Reading the journal"), readFlag);
    if (!rows)
        return rows.failure();
    return rows->value(0, true);
}

Result<QList<Today::Memory>> TodayQueries::memoryCandidates(QDate today)
{
    const QString whatFailed = QCoreApplication::translate("mosaic::TodayQueries", "Reading what you wrote on this day");
    const QStringList monthDays = candidateMonthDays(today);
    if (monthDays.isEmpty())
        return QList<Today::Memory>();
    const QString in = placeholders(monthDays.size());
    // Records of earlier years only; the UTC year of an incident may run a day into this year.
    const QString thisYear = QString::number(today.year());
    const QString nextYear = QString::number(today.year() + 1);

    struct Source
    {
        Today::MemoryKind kind;
        QString sql;
        QString before;
    };
    const QList<Source> sources{
        {Today::MemoryKind::Incident,
         QStringLiteral("SELECT id, occurred_at, title, substr(situation, 1, %1) FROM incidents"
                        // "+": through the month-day index (schema step 4), not the far less selective live-records one.
                        " WHERE +deleted_at IS NULL AND substr(occurred_at, 6, 5) IN (%2) AND occurred_at < ?")
             .arg(QString::number(kExcerptLength), in),
         nextYear},
        {Today::MemoryKind::Win,
         QStringLiteral("SELECT id, date, '', substr(text, 1, %1) FROM wins WHERE deleted_at IS NULL AND substr(date, 6, 5) IN (%2) AND date < ?")
             .arg(QString::number(kExcerptLength), in),
         thisYear},
        {Today::MemoryKind::CheckInNote,
         QStringLiteral("SELECT c.habit_id, c.date, h.name, substr(c.note, 1, %1) FROM check_ins c JOIN habits h ON h.id = c.habit_id"
                        " WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND c.note <> '' AND substr(c.date, 6, 5) IN (%2) AND c.date < ?")
             .arg(QString::number(kExcerptLength), in),
         thisYear},
    };

    QList<Today::Memory> memories;
    for (const Source &source : sources) {
        QSqlQuery query(m_connection);
        query.setForwardOnly(true);
        if (!query.prepare(source.sql))
            return sqlFailure(query.lastError(), whatFailed);
        for (const QString &monthDay : monthDays)
            query.addBindValue(monthDay);
        query.addBindValue(source.before);
        if (!query.exec())
            return sqlFailure(query.lastError(), whatFailed);
        while (query.next()) {
            Today::Memory memory;
            memory.kind = source.kind;
            memory.id = query.value(0).toString();
            const QString when = query.value(1).toString();
            if (source.kind == Today::MemoryKind::Incident) {
                const std::optional<QDateTime> instant = TimeFormat::parseInstant(when);
                if (!instant)
                    continue;
                // The day as the person lived it: the local calendar date of the instant.
                memory.date = instant->toLocalTime().date();
            } else {
                memory.date = TimeFormat::parseDate(when).value_or(QDate());
            }
            memory.title = query.value(2).toString();
            memory.text = query.value(3).toString();
            memories.append(std::move(memory));
        }
        if (query.lastError().isValid())
            return sqlFailure(query.lastError(), whatFailed);
    }
    return memories;
}

} // namespace mosaic
