// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incidents/Incident.h"
#include "incidents/Reframe.h"
#include "storage/PreparedQuery.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// Incidents (reflections) and their reframes in the journal.
///
/// Each statement is prepared on first use and reused. The store never opens a transaction: the caller wraps each
/// user action (or a whole import) in one WriteTransaction. The connection must outlive the store.
class IncidentStore
{
public:
    explicit IncidentStore(const QSqlDatabase &connection);
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    /// Inserts the incident, or updates every field of the one with its id.
    Status save(const Incident &incident);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Incident> &incidents);
    Result<std::optional<Incident>> findIncident(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Incident>> allIncidents(IncludeDeleted includeDeleted);
    /// Tombstones the incident: deletedAt = updatedAt = `at`. Its reframes are left to the caller.
    Status markIncidentDeleted(const QString &id, const QDateTime &at);

    /// Inserts the reframe, or updates every field of the one with its id. Its incident must be in the journal.
    Status save(const Reframe &reframe);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Reframe> &reframes);
    Result<std::optional<Reframe>> findReframe(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Reframe>> allReframes(IncludeDeleted includeDeleted);
    /// One incident's reframes, ordered by createdAt, then id.
    Result<QList<Reframe>> reframesFor(const QString &incidentId, IncludeDeleted includeDeleted);
    Status markReframeDeleted(const QString &id, const QDateTime &at);

private:
    PreparedQuery m_saveIncident;
    PreparedQuery m_saveIncidentBatch;
    PreparedQuery m_findIncident;
    PreparedQuery m_allIncidents;
    PreparedQuery m_markIncidentDeleted;
    PreparedQuery m_saveReframe;
    PreparedQuery m_saveReframeBatch;
    PreparedQuery m_findReframe;
    PreparedQuery m_allReframes;
    PreparedQuery m_reframesFor;
    PreparedQuery m_markReframeDeleted;
};

} // namespace mosaic
