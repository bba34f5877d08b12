// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordVersions.h"

#include "common/TimeFormat.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

QString tableName(RecordTable table)
{
    switch (table) {
    case RecordTable::Circles:
        return QStringLiteral("circles");
    case RecordTable::People:
        return QStringLiteral("people");
    case RecordTable::Memberships:
        return QStringLiteral("memberships");
    case RecordTable::Contacts:
        return QStringLiteral("contacts");
    case RecordTable::Incidents:
        return QStringLiteral("incidents");
    case RecordTable::Reframes:
        return QStringLiteral("reframes");
    case RecordTable::Strengths:
        return QStringLiteral("strengths");
    case RecordTable::Wins:
        return QStringLiteral("wins");
    case RecordTable::Habits:
        return QStringLiteral("habits");
    case RecordTable::CheckIns:
        return QStringLiteral("check_ins");
    case RecordTable::Reminders:
        return QStringLiteral("reminders");
    }
    Q_UNREACHABLE();
    return {};
}

// The columns that make up a row's key, then updated_at.
QString keyAndVersionColumns(RecordTable table)
{
    switch (table) {
    case RecordTable::Memberships:
        return QStringLiteral("person_id, circle_id, updated_at");
    case RecordTable::CheckIns:
        return QStringLiteral("habit_id, date, updated_at");
    default:
        return QStringLiteral("id, updated_at");
    }
}

// For messages: "check-ins".
QString humanName(RecordTable table)
{
    return tableName(table).replace(u'_', u'-');
}

QString joinKey(const QString &first, const QString &second)
{
    return first + u'/' + second;
}

} // namespace

QString membershipKey(QStringView personId, QStringView circleId)
{
    return personId + u'/' + circleId;
}

QString checkInKey(QStringView habitId, QDate date)
{
    return habitId + u'/' + TimeFormat::formatDate(date);
}

Result<QHash<QString, QString>> loadRecordVersions(const QSqlDatabase &connection, RecordTable table)
{
    //: %1 is the name of a kind of record as stored, e.g. "check-ins" or "circles"; it stays in English.
    const QString whatFailed = QCoreApplication::translate("mosaic::RecordVersions", "Reading the journal's %1").arg(humanName(table));
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(keyAndVersionColumns(table), tableName(table))))
        return sqlFailure(query.lastError(), whatFailed);
    const bool compositeKey = table == RecordTable::Memberships || table == RecordTable::CheckIns;
    QHash<QString, QString> versions;
    while (query.next()) {
        if (compositeKey)
            versions.insert(joinKey(query.value(0).toString(), query.value(1).toString()), query.value(2).toString());
        else
            versions.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (query.lastError().isValid())
        return sqlFailure(query.lastError(), whatFailed);
    return versions;
}

Result<qint64> countLiveRecords(const QSqlDatabase &connection, RecordTable table)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(tableName(table))) || !query.next())
        //: %1 is the name of a kind of record as stored, e.g. "check-ins" or "circles"; it stays in English.
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::RecordVersions", "Counting the journal's %1").arg(humanName(table)));
    return query.value(0).toLongLong();
}

} // namespace mosaic
