// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalFilterQueries.h"

#include <QCoreApplication>

#include <utility>

namespace mosaic {

namespace {

FilterChoice readChoice(SqlRowReader &row)
{
    FilterChoice choice;
    choice.value = row.text();
    choice.label = row.text();
    return choice;
}

QString readText(SqlRowReader &row)
{
    return row.text();
}

} // namespace

JournalFilterQueries::JournalFilterQueries(const QSqlDatabase &connection)
    : m_circles(connection, QStringLiteral("SELECT id, name FROM circles WHERE deleted_at IS NULL ORDER BY archived, name COLLATE NOCASE"))
    , m_people(connection, QStringLiteral("SELECT id, name FROM people WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"))
    , m_tags(connection,
             QStringLiteral("SELECT DISTINCT t.value FROM incidents i, json_each(i.tags_json) t"
                            " WHERE i.deleted_at IS NULL AND t.value NOT LIKE 'distortion:%' ORDER BY 1 COLLATE NOCASE"))
    , m_namedDistortions(connection,
                         QStringLiteral("SELECT DISTINCT t.value, substr(t.value, 12) FROM incidents i, json_each(i.tags_json) t"
                                        " WHERE i.deleted_at IS NULL AND t.value LIKE 'distortion:%' ORDER BY 2 COLLATE NOCASE"))
{ }

Result<QList<FilterChoice>> JournalFilterQueries::circles()
{
    return readRows(m_circles, QCoreApplication::translate("mosaic::JournalFilterQueries", "Reading the circles"), readChoice);
}

Result<QList<FilterChoice>> JournalFilterQueries::people()
{
    return readRows(m_people, QCoreApplication::translate("mosaic::JournalFilterQueries", "Reading the people"), readChoice);
}

Result<QStringList> JournalFilterQueries::tags()
{
    Result<QList<QString>> rows = readRows(m_tags, QCoreApplication::translate("mosaic::JournalFilterQueries", "Reading the tags"), readText);
    if (!rows)
        return rows.failure();
    return QStringList(std::move(*rows));
}

Result<QList<FilterChoice>> JournalFilterQueries::namedDistortions()
{
    return readRows(m_namedDistortions, QCoreApplication::translate("mosaic::JournalFilterQueries", "Reading the distortions"), readChoice);
}

} // namespace mosaic
