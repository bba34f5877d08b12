// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/TimelineQueries.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <utility>

namespace mosaic {

namespace {

// Only the opening of a text is read: a row shows one line.
constexpr int kExcerptCharacters = 240;

/// One SELECT of the timeline's compound query, and the values its placeholders take, in order.
struct Arm
{
    QString sql;
    QVariantList values;
};

int typeOrder(TimelineEntry::Type type)
{
    return static_cast<int>(type);
}

} // namespace

TimelineQueries::TimelineQueries(const QSqlDatabase &connection)
    : m_connection(connection)
{ }

QString TimelineQueries::firstLine(const QString &text)
{
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        while (!line.isEmpty() && (line.front() == u'#' || line.front() == u'>' || line.front() == u'-' || line.front() == u'*' || line.front() == u' '))
            line = line.sliced(1);
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}

Result<QList<TimelineEntry>> TimelineQueries::page(const TimelineFilter &filter, const TimelineEntry *after, int limit, const QTimeZone &zone)
{
    const bool kindIsIncident = !filter.kind.isEmpty() && filter.kind != u"win" && filter.kind != u"note";
    const bool wantIncidents = filter.kind.isEmpty() || kindIsIncident;
    const bool wantWins = !filter.narrowsToReflections() && (filter.kind.isEmpty() || filter.kind == u"win");
    const bool wantNotes = !filter.narrowsToReflections() && (filter.kind.isEmpty() || filter.kind == u"note");

    // Keyset: rows strictly after the last one shown in (sort key, type, id) descending order. The plain `<=` on the
    // sort key lets SQLite seek its index; the row value orders the ties.
    const auto keyset = [&](Arm &arm, const QString &keyColumn, TimelineEntry::Type type, const QString &idColumn) {
        if (after == nullptr)
            return;
        arm.sql += QStringLiteral(" AND %1 <= ? AND (%1, %2, %3) < (?, ?, ?)").arg(keyColumn).arg(typeOrder(type)).arg(idColumn);
        arm.values << after->sortKey << after->sortKey << typeOrder(after->type) << after->id;
    };

    // `+deleted_at` keeps SQLite from reading by the tombstone index and sorting every row: read in time order by the
    // time index instead, and stop after a page (about 1 ms a page on a journal of 20,000 reflections, not 100).
    QList<Arm> arms;
    if (wantIncidents) {
        Arm arm{QStringLiteral("SELECT occurred_at, %1, id, title, substr(situation, 1, %2), kind FROM incidents WHERE +deleted_at IS NULL")
                    .arg(typeOrder(TimelineEntry::Type::Incident))
                    .arg(kExcerptCharacters),
                {}};
        if (kindIsIncident) {
            arm.sql += QStringLiteral(" AND kind = ?");
            arm.values << filter.kind;
        }
        if (!filter.circleId.isEmpty()) {
            arm.sql += QStringLiteral(" AND circle_id = ?");
            arm.values << filter.circleId;
        }
        const auto listHas = [&](const QString &column, const QString &value) {
            if (value.isEmpty())
                return;
            arm.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)").arg(column);
            arm.values << value;
        };
        listHas(QStringLiteral("person_ids_json"), filter.personId);
        listHas(QStringLiteral("tags_json"), filter.tag);
        // A distortion the person named is kept as the tag "distortion:NAME".
        listHas(filter.distortion.startsWith(u"distortion:") ? QStringLiteral("tags_json") : QStringLiteral("distortions_json"), filter.distortion);
        if (filter.day.isValid()) {
            // The day in `zone`, as UTC instants: the journal stores instants in UTC.
            arm.sql += QStringLiteral(" AND occurred_at >= ? AND occurred_at < ?");
            arm.values << TimeFormat::storageInstant(QDateTime(filter.day, QTime(0, 0), zone).toUTC())
                       << TimeFormat::storageInstant(QDateTime(filter.day.addDays(1), QTime(0, 0), zone).toUTC());
        }
        keyset(arm, QStringLiteral("occurred_at"), TimelineEntry::Type::Incident, QStringLiteral("id"));
        arms.append(arm);
    }
    if (wantWins) {
        Arm arm{QStringLiteral("SELECT date, %1, id, '', substr(text, 1, %2), kind FROM wins WHERE +deleted_at IS NULL")
                    .arg(typeOrder(TimelineEntry::Type::Win))
                    .arg(kExcerptCharacters),
                {}};
        if (filter.day.isValid()) {
            arm.sql += QStringLiteral(" AND date = ?");
            arm.values << TimeFormat::formatDate(filter.day);
        }
        keyset(arm, QStringLiteral("date"), TimelineEntry::Type::Win, QStringLiteral("id"));
        arms.append(arm);
    }
    if (wantNotes) {
        Arm arm{QStringLiteral("SELECT c.date, %1, c.habit_id || '/' || c.date, h.name, substr(c.note, 1, %2), '' FROM check_ins c"
                               " JOIN habits h ON h.id = c.habit_id WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND c.note <> ''")
                    .arg(typeOrder(TimelineEntry::Type::CheckIn))
                    .arg(kExcerptCharacters),
                {}};
        if (filter.day.isValid()) {
            arm.sql += QStringLiteral(" AND c.date = ?");
            arm.values << TimeFormat::formatDate(filter.day);
        }
        keyset(arm, QStringLiteral("c.date"), TimelineEntry::Type::CheckIn, QStringLiteral("c.habit_id || '/' || c.date"));
        arms.append(arm);
    }
    QList<TimelineEntry> entries;
    if (arms.isEmpty() || limit < 1)
        return entries;

    QStringList selects;
    QVariantList values;
    for (const Arm &arm : std::as_const(arms)) {
        selects.append(arm.sql);
        values.append(arm.values);
    }
    const QString whatFailed = QCoreApplication::translate("mosaic::TimelineQueries", "Reading the journal's timeline");
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT ?")))
        return sqlFailure(query.lastError(), whatFailed);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure(query.lastError(), whatFailed);
    while (query.next()) {
        TimelineEntry entry;
        entry.sortKey = query.value(0).toString();
        entry.type = static_cast<TimelineEntry::Type>(query.value(1).toInt());
        entry.id = query.value(2).toString();
        entry.title = query.value(3).toString();
        entry.excerpt = firstLine(query.value(4).toString());
        entry.kind = query.value(5).toString();
        if (entry.type == TimelineEntry::Type::Incident)
            entry.date = TimeFormat::parseInstant(entry.sortKey).value_or(QDateTime()).toTimeZone(zone).date();
        else
            entry.date = TimeFormat::parseDate(entry.sortKey).value_or(QDate());
        entries.append(std::move(entry));
    }
    if (query.lastError().isValid())
        return sqlFailure(query.lastError(), whatFailed);
    return entries;
}

} // namespace mosaic
