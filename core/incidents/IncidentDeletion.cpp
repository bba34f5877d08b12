// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentDeletion.h"

#include "common/TimeFormat.h"
#include "incidents/IncidentStore.h"
#include "storage/Database.h"
#include "storage/PreparedQuery.h"
#include "strengths/StrengthStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

// Clears one tombstone, but only the one `deletedAt` set: a record deleted again or changed by an import since is
// not ours to bring back.
Status clearTombstone(
    const QSqlDatabase &connection, QStringView table, const QString &id, const QDateTime &deletedAt, const QDateTime &stamp, const QString &whatFailed)
{
    QSqlQuery query(connection);
    query.prepare(u"UPDATE " + table + u" SET deleted_at = NULL, updated_at = " + SqlText::forwardUpdatedAtFromValue() + u" WHERE id = ? AND deleted_at = ?");
    query.addBindValue(TimeFormat::storageInstant(stamp));
    query.addBindValue(id);
    query.addBindValue(TimeFormat::storageInstant(deletedAt));
    if (!query.exec())
        return sqlFailure(query.lastError(), whatFailed);
    if (query.numRowsAffected() < 1)
        return Failure::badInput(QCoreApplication::translate("mosaic::IncidentDeletion", "It was changed since it was deleted, so it cannot be brought back."));
    return success();
}

} // namespace

QDateTime restoredStamp(const QDateTime &deletedAt, const QDateTime &now)
{
    const QDateTime justAfter = deletedAt.addMSecs(1);
    return (now > deletedAt ? now : justAfter).toUTC();
}

Result<IncidentDeletion> deleteIncident(const QSqlDatabase &connection, IncidentStore &incidents, const QString &incidentId, const QDateTime &at)
{
    const auto found = incidents.findIncident(incidentId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::IncidentDeletion", "This reflection is no longer in the journal."));

    IncidentDeletion deletion{incidentId, {}, std::nullopt, at.toUTC()};
    const auto reframes = incidents.reframesFor(incidentId, IncludeDeleted::No);
    if (!reframes)
        return reframes.failure();
    for (const Reframe &reframe : *reframes) {
        if (Status deleted = incidents.markReframeDeleted(reframe.stamps.id, deletion.deletedAt); !deleted)
            return deleted.failure();
        deletion.reframeIds.append(reframe.stamps.id);
    }
    if (Status deleted = incidents.markIncidentDeleted(incidentId, deletion.deletedAt); !deleted)
        return deleted.failure();

    ReflectionDraftStore drafts(connection);
    const auto draft = drafts.findDraft(incidentId);
    if (!draft)
        return draft.failure();
    if (draft->has_value()) {
        deletion.draft = **draft;
        if (Status removed = drafts.remove(incidentId); !removed)
            return removed.failure();
    }
    return deletion;
}

Status restoreIncident(const QSqlDatabase &connection, const IncidentDeletion &deletion, const QDateTime &now)
{
    const QDateTime stamp = restoredStamp(deletion.deletedAt, now);
    const QString whatFailed = QCoreApplication::translate("mosaic::IncidentDeletion", "Bringing the reflection back");
    if (Status restored = clearTombstone(connection, u"incidents", deletion.incidentId, deletion.deletedAt, stamp, whatFailed); !restored)
        return restored;
    for (const QString &reframeId : deletion.reframeIds) {
        if (Status restored = clearTombstone(connection, u"reframes", reframeId, deletion.deletedAt, stamp, whatFailed); !restored)
            return restored;
    }
    if (deletion.draft)
        return ReflectionDraftStore(connection).save(*deletion.draft);
    return success();
}

Result<WinDeletion> deleteWin(StrengthStore &strengths, const QString &winId, const QDateTime &at)
{
    const auto found = strengths.findWin(winId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::IncidentDeletion", "This win is no longer in the journal."));
    WinDeletion deletion{winId, at.toUTC()};
    if (Status deleted = strengths.markWinDeleted(winId, deletion.deletedAt); !deleted)
        return deleted.failure();
    return deletion;
}

Status restoreWin(const QSqlDatabase &connection, const WinDeletion &deletion, const QDateTime &now)
{
    return clearTombstone(connection, u"wins", deletion.winId, deletion.deletedAt, restoredStamp(deletion.deletedAt, now),
                          QCoreApplication::translate("mosaic::IncidentDeletion", "Bringing the win back"));
}

} // namespace mosaic
