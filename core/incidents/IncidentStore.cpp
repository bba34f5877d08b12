// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentStore.h"

#include <QCoreApplication>
#include <array>

namespace mosaic {

namespace {

// The order of the columns is the order in which bindIncident() binds and readIncident() reads.
constexpr auto kIncidentColumns = std::to_array<QStringView>({
    u"id",           u"created_at",    u"updated_at",   u"deleted_at",         u"occurred_at",    u"kind",
    u"title",        u"situation",     u"circle_id",    u"person_ids_json",    u"emotions_json",  u"thought",
    u"belief",       u"belief_before", u"belief_after", u"distortions_json",   u"evidence_for",   u"evidence_against",
    u"factors_json", u"learned",       u"adjustment",   u"feedback_from_json", u"next_step_json", u"exposure_json",
    u"notes",        u"tags_json",
});

constexpr auto kReframeColumns = std::to_array<QStringView>({
    u"id",
    u"created_at",
    u"updated_at",
    u"deleted_at",
    u"incident_id",
    u"text",
    u"kind",
    u"believability",
});

constexpr auto kIdColumn = std::to_array<QStringView>({u"id"});

void bindIncident(SqlBinder &bind, const Incident &incident)
{
    bind << incident.stamps << incident.occurredAt << incident.kind << incident.title << incident.situation << incident.circleId << incident.personIds
         << incident.emotions << incident.thought << incident.belief << incident.beliefBefore << incident.beliefAfter << incident.distortions
         << incident.evidenceFor << incident.evidenceAgainst << incident.factors << incident.learned << incident.adjustment << incident.feedbackFrom
         << incident.nextStep << incident.exposure << incident.notes << incident.tags;
}

Incident readIncident(SqlRowReader &row)
{
    Incident incident;
    incident.stamps = row.stamps();
    incident.occurredAt = row.instant();
    incident.kind = row.enumValue<IncidentKind>();
    incident.title = row.text();
    incident.situation = row.text();
    incident.circleId = row.optionalText();
    incident.personIds = row.stringList();
    incident.emotions = row.emotions();
    incident.thought = row.text();
    incident.belief = row.text();
    incident.beliefBefore = row.optionalInteger();
    incident.beliefAfter = row.optionalInteger();
    incident.distortions = row.enumList<Distortion>();
    incident.evidenceFor = row.text();
    incident.evidenceAgainst = row.text();
    incident.factors = row.enumList<SituationalFactor>();
    incident.learned = row.text();
    incident.adjustment = row.text();
    incident.feedbackFrom = row.stringList();
    incident.nextStep = row.nextStep();
    incident.exposure = row.exposure();
    incident.notes = row.text();
    incident.tags = row.stringList();
    return incident;
}

void bindReframe(SqlBinder &bind, const Reframe &reframe)
{
    bind << reframe.stamps << reframe.incidentId << reframe.text << reframe.kind << reframe.believability;
}

Reframe readReframe(SqlRowReader &row)
{
    Reframe reframe;
    reframe.stamps = row.stamps();
    reframe.incidentId = row.text();
    reframe.text = row.text();
    reframe.kind = row.enumValue<ReframeKind>();
    reframe.believability = row.optionalInteger();
    return reframe;
}

} // namespace

IncidentStore::IncidentStore(const QSqlDatabase &connection)
    : m_saveIncident(connection, SqlText::upsert(u"incidents", kIncidentColumns, 1))
    , m_saveIncidentBatch(connection, SqlText::upsert(u"incidents", kIncidentColumns, 1, kSaveBatchRows))
    , m_findIncident(connection, SqlText::select(u"incidents", kIncidentColumns, u"WHERE id = ?"))
    , m_allIncidents(connection, SqlText::select(u"incidents", kIncidentColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markIncidentDeleted(connection, SqlText::markDeleted(u"incidents", kIdColumn))
    , m_saveReframe(connection, SqlText::upsert(u"reframes", kReframeColumns, 1))
    , m_saveReframeBatch(connection, SqlText::upsert(u"reframes", kReframeColumns, 1, kSaveBatchRows))
    , m_findReframe(connection, SqlText::select(u"reframes", kReframeColumns, u"WHERE id = ?"))
    , m_allReframes(connection, SqlText::select(u"reframes", kReframeColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_reframesFor(connection, SqlText::select(u"reframes", kReframeColumns, u"WHERE incident_id = ? AND (deleted_at IS NULL OR ?) ORDER BY created_at, id"))
    , m_markReframeDeleted(connection, SqlText::markDeleted(u"reframes", kIdColumn))
{ }

Status IncidentStore::save(const Incident &incident)
{
    return saveRow(m_saveIncident, QCoreApplication::translate("mosaic::IncidentStore", "Saving the reflection"),
                   [&](SqlBinder &bind) { bindIncident(bind, incident); });
}

Status IncidentStore::saveAll(const QList<Incident> &records)
{
    return saveRowsInBatches(m_saveIncidentBatch, m_saveIncident, records, QCoreApplication::translate("mosaic::IncidentStore", "Saving the reflections"),
                             bindIncident);
}

Result<std::optional<Incident>> IncidentStore::findIncident(const QString &id)
{
    return readOptionalRow(m_findIncident, QCoreApplication::translate("mosaic::IncidentStore", "Reading the reflection"), readIncident, id);
}

Result<QList<Incident>> IncidentStore::allIncidents(IncludeDeleted includeDeleted)
{
    return readRows(m_allIncidents, QCoreApplication::translate("mosaic::IncidentStore", "Reading the reflections"), readIncident,
                    includeDeleted == IncludeDeleted::Yes);
}

Status IncidentStore::markIncidentDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markIncidentDeleted, QCoreApplication::translate("mosaic::IncidentStore", "Deleting the reflection"), at, id);
}

Status IncidentStore::save(const Reframe &reframe)
{
    return saveRow(m_saveReframe, QCoreApplication::translate("mosaic::IncidentStore", "Saving the reframe"),
                   [&](SqlBinder &bind) { bindReframe(bind, reframe); });
}

Status IncidentStore::saveAll(const QList<Reframe> &records)
{
    return saveRowsInBatches(m_saveReframeBatch, m_saveReframe, records, QCoreApplication::translate("mosaic::IncidentStore", "Saving the reframes"),
                             bindReframe);
}

Result<std::optional<Reframe>> IncidentStore::findReframe(const QString &id)
{
    return readOptionalRow(m_findReframe, QCoreApplication::translate("mosaic::IncidentStore", "Reading the reframe"), readReframe, id);
}

Result<QList<Reframe>> IncidentStore::allReframes(IncludeDeleted includeDeleted)
{
    return readRows(m_allReframes, QCoreApplication::translate("mosaic::IncidentStore", "Reading the reframes"), readReframe,
                    includeDeleted == IncludeDeleted::Yes);
}

Result<QList<Reframe>> IncidentStore::reframesFor(const QString &incidentId, IncludeDeleted includeDeleted)
{
    return readRows(m_reframesFor, QCoreApplication::translate("mosaic::IncidentStore", "Reading the reflection's reframes"), readReframe, incidentId,
                    includeDeleted == IncludeDeleted::Yes);
}

Status IncidentStore::markReframeDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markReframeDeleted, QCoreApplication::translate("mosaic::IncidentStore", "Deleting the reframe"), at, id);
}

} // namespace mosaic
