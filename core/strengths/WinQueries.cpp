// SPDX-License-Identifier: GPL-3.0-or-later
#include "strengths/WinQueries.h"

#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include <QCoreApplication>

namespace mosaic {

namespace {

// The filter reads the link list with json_each, so no index of links is needed.
const QString kOfStrength = QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(strength_ids_json) WHERE value = ?)");

QString pageSql(const QString &filter)
{
    // The store's columns and reader (StrengthStore.h), so that a page reads a win as the store does.
    return SqlText::select(u"wins", winColumns(),
                           QStringLiteral("WHERE deleted_at IS NULL%1 ORDER BY date DESC, created_at DESC, id LIMIT ? OFFSET ?").arg(filter));
}

QString countSql(const QString &filter)
{
    return QStringLiteral("SELECT count(*) FROM wins WHERE deleted_at IS NULL%1").arg(filter);
}

Result<int> single(Result<QList<int>> rows)
{
    if (!rows)
        return rows.failure();
    return rows->isEmpty() ? 0 : rows->first();
}

} // namespace

WinQueries::WinQueries(const QSqlDatabase &connection)
    : m_page(connection, pageSql(QString()))
    , m_pageOfStrength(connection, pageSql(kOfStrength))
    , m_count(connection, countSql(QString()))
    , m_countOfStrength(connection, countSql(kOfStrength))
    , m_countsByStrength(connection,
                         QStringLiteral("SELECT j.value, count(*) FROM wins AS w, json_each(w.strength_ids_json) AS j"
                                        " WHERE w.deleted_at IS NULL GROUP BY j.value"))
    , m_strengthNames(connection, QStringLiteral("SELECT id, name FROM strengths WHERE deleted_at IS NULL"))
{ }

WinQueries::WinQueries(const Database &database)
    : WinQueries(database.connection())
{ }

Result<QList<Win>> WinQueries::page(const QString &strengthId, int offset, int limit)
{
    const QString what = QCoreApplication::translate("mosaic::WinsModel", "Reading the wins");
    if (strengthId.isEmpty())
        return readRows(m_page, what, readWinRow, limit, offset);
    return readRows(m_pageOfStrength, what, readWinRow, strengthId, limit, offset);
}

Result<int> WinQueries::count(const QString &strengthId)
{
    const QString what = QCoreApplication::translate("mosaic::WinsModel", "Counting the wins");
    const auto readCount = [](SqlRowReader &row) { return row.integer(); };
    if (strengthId.isEmpty())
        return single(readRows(m_count, what, readCount));
    return single(readRows(m_countOfStrength, what, readCount, strengthId));
}

Result<QHash<QString, int>> WinQueries::countsByStrength()
{
    const auto rows =
        readRows(m_countsByStrength, QCoreApplication::translate("mosaic::StrengthsModel", "Counting the wins of each strength"), [](SqlRowReader &row) {
            const QString id = row.text();
            return std::pair(id, row.integer());
        });
    if (!rows)
        return rows.failure();
    QHash<QString, int> counts;
    for (const auto &[id, count] : *rows)
        counts.insert(id, count);
    return counts;
}

Result<QHash<QString, QString>> WinQueries::strengthNames()
{
    const auto rows = readRows(m_strengthNames, QCoreApplication::translate("mosaic::StrengthStore", "Reading the strengths"), [](SqlRowReader &row) {
        const QString id = row.text();
        return std::pair(id, row.text());
    });
    if (!rows)
        return rows.failure();
    QHash<QString, QString> names;
    for (const auto &[id, name] : *rows)
        names.insert(id, name);
    return names;
}

} // namespace mosaic
