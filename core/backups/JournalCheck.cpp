// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/JournalCheck.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace mosaic {

namespace {

// A damaged file can name thousands of problems; the first ones say enough.
constexpr int kMaxProblemsPerCheck = 20;

void addProblem(JournalCheckResult &result, const QString &problem)
{
    if (result.problems.size() < kMaxProblemsPerCheck)
        result.problems.append(problem);
}

// A statement that fails outright (an unreadable page, a missing table) is itself what the check found.
JournalCheckResult
runRows(JournalCheckKind kind, const QSqlDatabase &connection, const QString &sql, const std::function<std::optional<QString>(const QSqlQuery &)> &problemOf)
{
    JournalCheckResult result{kind, {}};
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        addProblem(result, query.lastError().text());
        return result;
    }
    while (query.next()) {
        if (const auto problem = problemOf(query))
            addProblem(result, *problem);
    }
    if (query.lastError().isValid())
        addProblem(result, query.lastError().text());
    return result;
}

JournalCheckResult integrity(const QSqlDatabase &connection)
{
    return runRows(JournalCheckKind::Integrity, connection, QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxProblemsPerCheck),
                   [](const QSqlQuery &row) -> std::optional<QString> {
                       const QString line = row.value(0).toString();
                       return line == QStringLiteral("ok") ? std::nullopt : std::optional(line);
                   });
}

JournalCheckResult foreignKeys(const QSqlDatabase &connection)
{
    // Rows: table, rowid, referenced table, constraint index.
    return runRows(JournalCheckKind::ForeignKeys, connection, QStringLiteral("PRAGMA foreign_key_check"), [](const QSqlQuery &row) {
        return std::optional(
            QStringLiteral("%1 row %2 refers to a missing %3 row").arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString()));
    });
}

// Journals of schema 1 (a backup taken before an upgrade) have no full-text index yet.
bool hasSearchIndex(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'")) && query.next() && query.value(0).toInt() == 1;
}

JournalCheckResult searchIndex(const QSqlDatabase &connection)
{
    JournalCheckResult result{JournalCheckKind::SearchIndex, {}};
    if (!hasSearchIndex(connection))
        return result;
    QSqlQuery query(connection);
    // FTS5 compares its index with its content and fails the statement when they disagree (SQLITE_CORRUPT_VTAB).
    if (!query.exec(QStringLiteral("INSERT INTO search_index(search_index) VALUES ('integrity-check')")))
        addProblem(result, query.lastError().text());
    return result;
}

JournalCheckResult orphans(const QSqlDatabase &connection)
{
    JournalCheckResult result{JournalCheckKind::Orphans, {}};
    // References the schema cannot declare, because they live in JSON lists: each must name a record that exists
    // (deleted ones count: a tombstone still answers for its id).
    struct ListReference
    {
        const char *table;
        const char *column;
        const char *target;
    };
    static constexpr ListReference kLists[] = {
        {"incidents", "person_ids_json", "people"},
        {"incidents", "feedback_from_json", "people"},
        {"wins", "strength_ids_json", "strengths"},
    };
    for (const ListReference &list : kLists) {
        const QString sql = QStringLiteral("SELECT t.id, j.value FROM %1 AS t, json_each(t.%2) AS j WHERE j.value NOT IN (SELECT id FROM %3)")
                                .arg(QLatin1String(list.table), QLatin1String(list.column), QLatin1String(list.target));
        const JournalCheckResult found = runRows(JournalCheckKind::Orphans, connection, sql, [&list](const QSqlQuery &row) {
            return std::optional(QStringLiteral("%1 %2 lists %3 %4, which does not exist")
                                     .arg(QLatin1String(list.table), row.value(0).toString(), QLatin1String(list.target), row.value(1).toString()));
        });
        for (const QString &problem : found.problems)
            addProblem(result, problem);
    }
    if (!hasSearchIndex(connection))
        return result;
    // A full-text row is keyed `source seq * 8 + type code` (Migrations.cpp); its source row must be there and live.
    struct IndexedTable
    {
        const char *table;
        int code;
    };
    static constexpr IndexedTable kIndexed[] = {{"incidents", 1}, {"reframes", 2}, {"wins", 3},   {"strengths", 4},
                                                {"check_ins", 5}, {"people", 6},   {"circles", 7}};
    QString known;
    for (const IndexedTable &indexed : kIndexed) {
        if (!known.isEmpty())
            known += QStringLiteral(" UNION ALL ");
        known += QStringLiteral("SELECT seq * 8 + %1 FROM %2 WHERE deleted_at IS NULL").arg(indexed.code).arg(QLatin1String(indexed.table));
    }
    const JournalCheckResult index =
        runRows(JournalCheckKind::Orphans, connection, QStringLiteral("SELECT rowid FROM search_index WHERE rowid NOT IN (%1)").arg(known),
                [](const QSqlQuery &row) { return std::optional(QStringLiteral("search index row %1 has no record").arg(row.value(0).toString())); });
    for (const QString &problem : index.problems)
        addProblem(result, problem);
    return result;
}

} // namespace

bool JournalCheckReport::healthy() const
{
    return std::all_of(results.cbegin(), results.cend(), [](const JournalCheckResult &result) { return result.passed(); });
}

QString journalCheckName(JournalCheckKind kind)
{
    switch (kind) {
    case JournalCheckKind::Integrity:
        return QStringLiteral("integrity");
    case JournalCheckKind::ForeignKeys:
        return QStringLiteral("foreign-keys");
    case JournalCheckKind::SearchIndex:
        return QStringLiteral("search-index");
    case JournalCheckKind::Orphans:
        return QStringLiteral("orphans");
    }
    return {};
}

Result<JournalCheckReport> checkJournal(const QSqlDatabase &connection)
{
    if (!connection.isOpen())
        return Failure::operation(QCoreApplication::translate("mosaic::JournalCheck", "The journal is not open."));
    JournalCheckReport report;
    report.results.append(integrity(connection));
    report.results.append(foreignKeys(connection));
    report.results.append(searchIndex(connection));
    report.results.append(orphans(connection));
    return report;
}

Result<JournalCheckReport> checkJournal(const Database &journal)
{
    return checkJournal(journal.connection());
}

} // namespace mosaic
