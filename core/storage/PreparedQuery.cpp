// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreparedQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace mosaic {

PreparedQuery::PreparedQuery(const QSqlDatabase &connection, QString sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
{ }

Result<QSqlQuery *> PreparedQuery::get(const QString &whatFailed)
{
    if (!m_query) {
        QSqlQuery query(m_connection);
        // Rows are read once, front to back: no client-side row cache.
        query.setForwardOnly(true);
        if (!query.prepare(m_sql))
            return sqlFailure(query.lastError(), whatFailed);
        m_query.emplace(std::move(query));
    }
    return &*m_query;
}

namespace SqlText {

namespace {

void appendList(QString &out, std::span<const QStringView> names, QStringView separator)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += separator;
        out += names[i];
    }
}

} // namespace

QString upsert(QStringView table, std::span<const QStringView> columns, qsizetype keyCount, qsizetype rows)
{
    const auto keyColumns = columns.first(static_cast<std::size_t>(keyCount));
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (");
    appendList(sql, columns, u", ");
    sql += QStringLiteral(") VALUES ");
    for (qsizetype row = 0; row < rows; ++row) {
        sql += row > 0 ? QStringView(u", (") : QStringView(u"(");
        for (std::size_t i = 0; i < columns.size(); ++i)
            sql += i > 0 ? QStringView(u", ?") : QStringView(u"?");
        sql += u')';
    }
    sql += QStringLiteral(" ON CONFLICT (");
    appendList(sql, keyColumns, u", ");
    // The key columns are not in the SET list: an unchanged parent key spares SQLite a scan of the child tables.
    sql += QStringLiteral(") DO UPDATE SET ");
    for (std::size_t i = keyColumns.size(); i < columns.size(); ++i) {
        if (i > keyColumns.size())
            sql += QStringView(u", ");
        if (columns[i] == u"updated_at")
            sql += QStringLiteral("updated_at = ") + forwardUpdatedAt(u"excluded.updated_at");
        else
            sql += columns[i] + QStringLiteral(" = excluded.") + columns[i];
    }
    return sql;
}

QString select(QStringView table, std::span<const QStringView> columns, QStringView clauses)
{
    QString sql = QStringLiteral("SELECT ");
    appendList(sql, columns, u", ");
    sql += QStringLiteral(" FROM ") + table + u' ' + clauses;
    return sql;
}

QString markDeleted(QStringView table, std::span<const QStringView> keyColumns)
{
    QString sql =
        QStringLiteral("UPDATE ") + table + QStringLiteral(" SET deleted_at = ?, updated_at = ") + forwardUpdatedAtFromValue() + QStringLiteral(" WHERE ");
    for (std::size_t i = 0; i < keyColumns.size(); ++i) {
        if (i > 0)
            sql += QStringView(u" AND ");
        sql += keyColumns[i] + QStringLiteral(" = ?");
    }
    return sql;
}

QString forwardUpdatedAt(QStringView incoming)
{
    // Stored instants are fixed-width UTC text (TimeFormat::storageInstant), whose text order is time order;
    // strftime() writes the same form. A comparison with NULL is not true, so a NULL on either side takes `incoming`.
    return u"CASE WHEN " + incoming + u" < updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds') ELSE " + incoming + u" END";
}

QString forwardUpdatedAtFromValue()
{
    // The value is named once, in a one-row subquery: Qt counts every "?" as a value of its own, numbered ones too.
    // updated_at, which the subquery lacks, is the updated row's.
    return u"(SELECT " + forwardUpdatedAt(u"incoming") + u" FROM (SELECT ? AS incoming))";
}

} // namespace SqlText

namespace detail {

Status execute(QSqlQuery &query, const QString &whatFailed)
{
    if (!query.exec())
        return sqlFailure(query.lastError(), whatFailed);
    return success();
}

Failure readFailure(QSqlQuery &query, const QString &whatFailed)
{
    Failure failure = sqlFailure(query.lastError(), whatFailed);
    query.finish();
    return failure;
}

Failure notInJournal(const QString &whatFailed)
{
    //: %1 says what was being done, e.g. "Deleting the circle".
    return Failure::operation(QCoreApplication::translate("mosaic::PreparedQuery", "%1 failed: it is not in the journal.").arg(whatFailed));
}

} // namespace detail

} // namespace mosaic
