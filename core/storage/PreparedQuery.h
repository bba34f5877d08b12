// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/SqlValues.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <type_traits>
#include <utility>

namespace mosaic {

/// One statement of a store, compiled on first use and reused after: SQLite parses and plans it once however many
/// rows go through it (an import saves a whole journal through the same few statements).
/// The connection must outlive it.
class PreparedQuery
{
public:
    PreparedQuery(const QSqlDatabase &connection, QString sql);
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;

    /// The prepared query, ready for its values to be bound. Fails when SQLite cannot compile the statement.
    Result<QSqlQuery *> get(const QString &whatFailed);

private:
    QSqlDatabase m_connection;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

/// SQL text for the stores, made of table and column names only: every value goes through a placeholder.
namespace SqlText {

/// "INSERT INTO table (c1, …) VALUES (?, …) ON CONFLICT (key) DO UPDATE SET c = excluded.c, …", where the key is the
/// first `keyCount` columns, with `rows` rows of placeholders. An update keeps the row and so its seq, which the
/// full-text index is keyed on; INSERT OR REPLACE would delete the row and insert a new one.
QString upsert(QStringView table, std::span<const QStringView> columns, qsizetype keyCount, qsizetype rows = 1);

/// "SELECT c1, … FROM table " followed by `clauses` (WHERE, ORDER BY, with ? placeholders).
QString select(QStringView table, std::span<const QStringView> columns, QStringView clauses);

/// "UPDATE table SET deleted_at = ?, updated_at = ? WHERE k1 = ? AND …", the updated_at as forwardUpdatedAtFromValue():
/// a tombstone, the row stays.
QString markDeleted(QStringView table, std::span<const QStringView> keyColumns);

/// The value an update stores in updated_at, given the `incoming` one (an SQL expression): time only moves
/// forward for a record, so an incoming stamp earlier than the stored one becomes the stored one + 1 ms. An edit made
/// while the computer's clock is behind would otherwise be older than the version it replaced, and lose to it in the
/// next merge. An unchanged stamp stays (a snooze is not an edit); a NULL one (a membership without updatedAt) too.
/// `incoming` appears twice in it; upsert() uses it with excluded.updated_at.
QString forwardUpdatedAt(QStringView incoming);

/// forwardUpdatedAt() of one bound value ("?"), for UPDATE statements such as markDeleted().
QString forwardUpdatedAtFromValue();

} // namespace SqlText

/// Runs `statement` after `bind(SqlBinder &)` has bound its values; for inserts and upserts.
template <typename Bind>
Status saveRow(PreparedQuery &statement, const QString &whatFailed, Bind &&bind);

/// How many records saveRowsInBatches() writes per statement. The widest table (26 columns) then binds 3,328 values,
/// under the limit of 32,766 that SQLite has had since 3.32 (Database refuses older SQLite libraries).
inline constexpr qsizetype kSaveBatchRows = 128;

/// Saves `records` with `bindRecord(SqlBinder &, const Record &)`: through `batch` (an upsert of kSaveBatchRows rows)
/// while that many are left, then one by one through `single`. Stops at the first failure.
/// Why batches: FTS5 flushes its pending terms at every statement savepoint, and inside a transaction a statement
/// whose trigger writes to the full-text index always opens one, so one statement per row costs one flush per row.
template <typename Record, typename BindRecord>
Status saveRowsInBatches(PreparedQuery &batch, PreparedQuery &single, const QList<Record> &records, const QString &whatFailed, BindRecord &&bindRecord);

/// Sets deleted_at and updated_at to `at` on the row with `key`; fails when there is no such row.
template <typename... Key>
Status markRowDeleted(PreparedQuery &statement, const QString &whatFailed, const QDateTime &at, const Key &...key);

/// Runs `statement` with `values` bound in order and reads every row with `readRow(SqlRowReader &)`.
template <typename ReadRow, typename... Values>
auto readRows(PreparedQuery &statement, const QString &whatFailed, ReadRow &&readRow, const Values &...values)
    -> Result<QList<std::invoke_result_t<ReadRow, SqlRowReader &>>>;

/// As readRows, for a statement that matches at most one row; nullopt when it matches none.
template <typename ReadRow, typename... Values>
auto readOptionalRow(PreparedQuery &statement, const QString &whatFailed, ReadRow &&readRow, const Values &...values)
    -> Result<std::optional<std::invoke_result_t<ReadRow, SqlRowReader &>>>;

// ---- Implementation

namespace detail {
Status execute(QSqlQuery &query, const QString &whatFailed);
Failure readFailure(QSqlQuery &query, const QString &whatFailed);
Failure notInJournal(const QString &whatFailed);
} // namespace detail

template <typename Bind>
Status saveRow(PreparedQuery &statement, const QString &whatFailed, Bind &&bind)
{
    Result<QSqlQuery *> query = statement.get(whatFailed);
    if (!query)
        return query.failure();
    SqlBinder binder(**query);
    std::forward<Bind>(bind)(binder);
    return detail::execute(**query, whatFailed);
}

template <typename Record, typename BindRecord>
Status saveRowsInBatches(PreparedQuery &batch, PreparedQuery &single, const QList<Record> &records, const QString &whatFailed, BindRecord &&bindRecord)
{
    qsizetype next = 0;
    if (records.size() >= kSaveBatchRows) {
        Result<QSqlQuery *> query = batch.get(whatFailed);
        if (!query)
            return query.failure();
        for (; next + kSaveBatchRows <= records.size(); next += kSaveBatchRows) {
            SqlBinder binder(**query);
            for (qsizetype i = next; i < next + kSaveBatchRows; ++i)
                bindRecord(binder, records[i]);
            if (Status executed = detail::execute(**query, whatFailed); !executed)
                return executed;
        }
    }
    for (; next < records.size(); ++next) {
        if (Status saved = saveRow(single, whatFailed, [&](SqlBinder &binder) { bindRecord(binder, records[next]); }); !saved)
            return saved;
    }
    return success();
}

template <typename... Key>
Status markRowDeleted(PreparedQuery &statement, const QString &whatFailed, const QDateTime &at, const Key &...key)
{
    Result<QSqlQuery *> query = statement.get(whatFailed);
    if (!query)
        return query.failure();
    SqlBinder binder(**query);
    binder << at << at;
    (binder << ... << key);
    if (Status executed = detail::execute(**query, whatFailed); !executed)
        return executed;
    if ((*query)->numRowsAffected() < 1)
        return detail::notInJournal(whatFailed);
    return success();
}

template <typename ReadRow, typename... Values>
auto readRows(PreparedQuery &statement, const QString &whatFailed, ReadRow &&readRow, const Values &...values)
    -> Result<QList<std::invoke_result_t<ReadRow, SqlRowReader &>>>
{
    using Row = std::invoke_result_t<ReadRow, SqlRowReader &>;
    Result<QSqlQuery *> prepared = statement.get(whatFailed);
    if (!prepared)
        return prepared.failure();
    QSqlQuery &query = **prepared;
    SqlBinder binder(query);
    (void)(binder << ... << values);
    if (Status executed = detail::execute(query, whatFailed); !executed)
        return executed.failure();
    QList<Row> rows;
    while (query.next()) {
        SqlRowReader reader(query);
        Row row = readRow(reader);
        if (!reader.ok()) {
            Failure failure = reader.failure(whatFailed);
            query.finish();
            return failure;
        }
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return detail::readFailure(query, whatFailed);
    // Release the statement's read cursor at once; the query stays prepared for the next call.
    query.finish();
    return rows;
}

template <typename ReadRow, typename... Values>
auto readOptionalRow(PreparedQuery &statement, const QString &whatFailed, ReadRow &&readRow, const Values &...values)
    -> Result<std::optional<std::invoke_result_t<ReadRow, SqlRowReader &>>>
{
    using Row = std::invoke_result_t<ReadRow, SqlRowReader &>;
    Result<QSqlQuery *> prepared = statement.get(whatFailed);
    if (!prepared)
        return prepared.failure();
    QSqlQuery &query = **prepared;
    SqlBinder binder(query);
    (void)(binder << ... << values);
    if (Status executed = detail::execute(query, whatFailed); !executed)
        return executed.failure();
    if (!query.next()) {
        if (query.lastError().isValid())
            return detail::readFailure(query, whatFailed);
        query.finish();
        return std::optional<Row>();
    }
    SqlRowReader reader(query);
    Row row = readRow(reader);
    const bool ok = reader.ok();
    std::optional<Failure> failure;
    if (!ok)
        failure = reader.failure(whatFailed);
    query.finish();
    if (failure)
        return *failure;
    return std::optional<Row>(std::move(row));
}

} // namespace mosaic
