// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependantRecords.h"

#include "storage/Database.h"
#include "storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

// One dependency: rows of `table` whose `column` names a deleted row of `parent`, when `condition` holds.
struct Dependency
{
    QStringView table;
    QStringView column;
    QStringView parent;
    QStringView condition;
};

constexpr Dependency kDependencies[] = {
    {u"reframes", u"incident_id", u"incidents", u"TRUE"},
    {u"memberships", u"person_id", u"people", u"TRUE"},
    {u"memberships", u"circle_id", u"circles", u"TRUE"},
    {u"contacts", u"person_id", u"people", u"TRUE"},
    // A contact with a whole circle, no one person in it, belongs to that circle.
    {u"contacts", u"circle_id", u"circles", u"person_id IS NULL"},
    {u"check_ins", u"habit_id", u"habits", u"TRUE"},
    {u"reminders", u"habit_id", u"habits", u"TRUE"},
};

QString tombstoneStatement(const Dependency &dependency)
{
    const QString parentDeletedAt =
        u"(SELECT p.deleted_at FROM " + dependency.parent + u" AS p WHERE p.id = " + dependency.table + u'.' + dependency.column + u')';
    return u"UPDATE " + dependency.table + u" SET deleted_at = " + parentDeletedAt + u", updated_at = " + SqlText::forwardUpdatedAt(parentDeletedAt) +
        u" WHERE deleted_at IS NULL AND " + dependency.condition + u" AND " + dependency.column + u" IN (SELECT id FROM " + dependency.parent +
        u" WHERE deleted_at IS NOT NULL)";
}

} // namespace

QStringList dependantTombstoneStatements()
{
    QStringList statements;
    for (const Dependency &dependency : kDependencies)
        statements.append(tombstoneStatement(dependency));
    return statements;
}

Status tombstoneDependantsOfDeleted(const QSqlDatabase &connection)
{
    for (const QString &statement : dependantTombstoneStatements()) {
        QSqlQuery query(connection);
        if (!query.exec(statement))
            return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::DependantRecords", "Deleting what belonged to deleted records"));
    }
    return success();
}

} // namespace mosaic
