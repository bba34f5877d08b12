// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/ReflectionDraftStore.h"

#include "common/TimeFormat.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {
namespace {

ReflectionDraft draftFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toInt(), TimeFormat::parseInstant(query.value(2).toString()).value_or(QDateTime())};
}

} // namespace

ReflectionDraftStore::ReflectionDraftStore(const QSqlDatabase &connection)
    : m_connection(connection)
{ }

Status ReflectionDraftStore::save(const ReflectionDraft &draft)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("INSERT INTO reflection_drafts(incident_id, step, updated_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT(incident_id) DO UPDATE SET step = excluded.step, updated_at = excluded.updated_at"));
    query.addBindValue(draft.incidentId);
    query.addBindValue(draft.step);
    query.addBindValue(TimeFormat::storageInstant(draft.updatedAt));
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::ReflectionDraftStore", "Keeping the reflection as a draft"));
    return success();
}

Status ReflectionDraftStore::remove(const QString &incidentId)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("DELETE FROM reflection_drafts WHERE incident_id = ?"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::ReflectionDraftStore", "Finishing the reflection"));
    return success();
}

Result<QList<ReflectionDraft>> ReflectionDraftStore::openDrafts()
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT d.incident_id, d.step, d.updated_at FROM reflection_drafts d JOIN incidents i ON i.id = d.incident_id"
                                   " WHERE i.deleted_at IS NULL ORDER BY d.updated_at DESC")))
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::ReflectionDraftStore", "Reading the unfinished reflections"));
    QList<ReflectionDraft> drafts;
    while (query.next())
        drafts.append(draftFrom(query));
    return drafts;
}

Result<std::optional<ReflectionDraft>> ReflectionDraftStore::findDraft(const QString &incidentId)
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT incident_id, step, updated_at FROM reflection_drafts WHERE incident_id = ?"));
    query.addBindValue(incidentId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("mosaic::ReflectionDraftStore", "Reading the reflection's draft"));
    if (!query.next())
        return std::optional<ReflectionDraft>();
    return std::optional<ReflectionDraft>(draftFrom(query));
}

} // namespace mosaic
