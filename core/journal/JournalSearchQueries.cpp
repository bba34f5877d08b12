// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalSearchQueries.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

namespace mosaic {

namespace {

/// The columns a hit's description reads, as stored (a bad date reads as no date, as before).
struct Described
{
    QString first;
    QString second;
    QString third;
};

Described readTwo(SqlRowReader &row)
{
    Described described;
    described.first = row.text();
    described.second = row.text();
    return described;
}

Described readThree(SqlRowReader &row)
{
    Described described = readTwo(row);
    described.third = row.text();
    return described;
}

QString readName(SqlRowReader &row)
{
    return row.text();
}

QString whatFailed()
{
    return QCoreApplication::translate("mosaic::JournalSearchQueries", "Reading what the search found");
}

} // namespace

JournalSearchQueries::JournalSearchQueries(const QSqlDatabase &connection)
    : m_connection(connection)
    , m_incident(connection, QStringLiteral("SELECT id, title, occurred_at FROM incidents WHERE id = ?"))
    , m_reframe(connection, QStringLiteral("SELECT i.id, i.title, i.occurred_at FROM reframes r JOIN incidents i ON i.id = r.incident_id WHERE r.id = ?"))
    , m_win(connection, QStringLiteral("SELECT text, date FROM wins WHERE id = ?"))
    , m_strength(connection, QStringLiteral("SELECT name FROM strengths WHERE id = ?"))
    , m_habit(connection, QStringLiteral("SELECT name FROM habits WHERE id = ?"))
    , m_person(connection, QStringLiteral("SELECT name FROM people WHERE id = ?"))
    , m_circle(connection, QStringLiteral("SELECT name FROM circles WHERE id = ?"))
{ }

QString JournalSearchQueries::titleLine(const QString &text)
{
    constexpr qsizetype kMaximum = 90;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        while (!line.isEmpty() && (line.front() == u'#' || line.front() == u'>' || line.front() == u'-' || line.front() == u'*' || line.front() == u' '))
            line = line.sliced(1);
        if (line.isEmpty())
            continue;
        return line.size() > kMaximum ? line.first(kMaximum - 1).toString() + QChar(0x2026) : line.toString();
    }
    return {};
}

Result<QList<JournalSearchResult>> JournalSearchQueries::search(const QString &userQuery, const SearchOptions &options, const QTimeZone &zone)
{
    Result<QList<SearchHit>> hits = searchJournal(m_connection, userQuery, options);
    if (!hits)
        return hits.failure();
    QList<JournalSearchResult> results;
    results.reserve(hits->size());
    for (const SearchHit &hit : std::as_const(*hits)) {
        JournalSearchResult result{hit.type, hit.id, hit.snippet, {}, {}, {}};
        if (Status described = describe(result, zone); !described)
            return described.failure();
        results.append(std::move(result));
    }
    return results;
}

Result<QString> JournalSearchQueries::name(PreparedQuery &statement, const QString &id)
{
    Result<std::optional<QString>> found = readOptionalRow(statement, whatFailed(), readName, id);
    if (!found)
        return found.failure();
    return found->value_or(QString());
}

Status JournalSearchQueries::describe(JournalSearchResult &result, const QTimeZone &zone)
{
    const QString &id = result.id;
    switch (result.type) {
    case SearchRecordType::Incident:
    case SearchRecordType::Reframe: {
        if (result.type == SearchRecordType::Incident)
            result.incidentId = id;
        Result<std::optional<Described>> found =
            readOptionalRow(result.type == SearchRecordType::Incident ? m_incident : m_reframe, whatFailed(), readThree, id);
        if (!found)
            return found.failure();
        if (*found) {
            result.incidentId = (*found)->first;
            result.title = (*found)->second;
            result.date = TimeFormat::parseInstant((*found)->third).value_or(QDateTime()).toTimeZone(zone).date();
        }
        return success();
    }
    case SearchRecordType::Win: {
        Result<std::optional<Described>> found = readOptionalRow(m_win, whatFailed(), readTwo, id);
        if (!found)
            return found.failure();
        if (*found) {
            result.title = titleLine((*found)->first);
            result.date = TimeFormat::parseDate((*found)->second).value_or(QDate());
        }
        return success();
    }
    case SearchRecordType::CheckIn: {
        // A check-in's id is "HABITID/YYYY-MM-DD": the ritual's name and the day.
        const qsizetype slash = id.lastIndexOf(u'/');
        result.date = TimeFormat::parseDate(id.mid(slash + 1)).value_or(QDate());
        Result<QString> habit = name(m_habit, id.left(slash));
        if (!habit)
            return habit.failure();
        result.title = *habit;
        return success();
    }
    case SearchRecordType::Strength:
    case SearchRecordType::Person:
    case SearchRecordType::Circle: {
        PreparedQuery &statement = result.type == SearchRecordType::Strength ? m_strength : result.type == SearchRecordType::Person ? m_person : m_circle;
        Result<QString> found = name(statement, id);
        if (!found)
            return found.failure();
        result.title = *found;
        return success();
    }
    }
    return success();
}

} // namespace mosaic
