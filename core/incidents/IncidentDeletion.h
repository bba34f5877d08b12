// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incidents/ReflectionDraftStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

class IncidentStore;
class StrengthStore;

/// What deleting one reflection took away, so that Undo puts back exactly that and nothing more: reframes that were
/// already deleted before stay deleted.
struct IncidentDeletion
{
    QString incidentId;
    QStringList reframeIds; ///< The reframes that were alive and were tombstoned with it.
    std::optional<ReflectionDraft> draft; ///< Its draft, when it was an unfinished reflection.
    QDateTime deletedAt;
    friend bool operator==(const IncidentDeletion &, const IncidentDeletion &) = default;
};

/// A deleted win, for Undo.
struct WinDeletion
{
    QString winId;
    QDateTime deletedAt;
    friend bool operator==(const WinDeletion &, const WinDeletion &) = default;
};

/// The updatedAt a restored record gets: `now`, but always later than its tombstone, so that merging this journal
/// with a copy that still has the tombstone keeps the restored record (last updatedAt wins).
QDateTime restoredStamp(const QDateTime &deletedAt, const QDateTime &now);

/// Tombstones the incident and its living reframes at `at` and forgets its draft. Runs inside the caller's write
/// transaction (one user action); on failure the caller rolls back. Failure::badInput when the incident is not in the
/// journal or already deleted.
Result<IncidentDeletion> deleteIncident(const QSqlDatabase &connection, IncidentStore &incidents, const QString &incidentId, const QDateTime &at);

/// Undoes `deletion` at `now`: clears the tombstones it set (deletedAt = NULL, updatedAt = restoredStamp) and keeps
/// the draft again. Inside the caller's write transaction. Failure::badInput, and the caller rolls back, when a
/// record no longer carries that tombstone (it was changed since, by an import for instance).
Status restoreIncident(const QSqlDatabase &connection, const IncidentDeletion &deletion, const QDateTime &now);

/// Tombstones a win at `at`; Failure::badInput when it is not in the journal or already deleted.
Result<WinDeletion> deleteWin(StrengthStore &strengths, const QString &winId, const QDateTime &at);

/// Undoes `deletion` at `now`, as restoreIncident does.
Status restoreWin(const QSqlDatabase &connection, const WinDeletion &deletion, const QDateTime &now);

} // namespace mosaic
