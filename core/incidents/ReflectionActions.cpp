// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/ReflectionActions.h"

#include "common/RecordLimits.h"
#include "common/Uuid.h"
#include "incidents/CustomDistortionStore.h"
#include "incidents/IncidentStore.h"
#include "incidents/ReflectionDraftStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace mosaic {

namespace {

// The words moved here from the Reflect page's view-model and the editor's text field keep their translation context.
Failure reflectionGone()
{
    return Failure::badInput(
        QCoreApplication::translate("mosaic::ReflectionModel", "This reflection was deleted meanwhile, so the change could not be saved."));
}

Failure blankReframe()
{
    return Failure::badInput(QCoreApplication::translate("mosaic::JournalTextField", "A reframe needs a few words. Write one, or remove the reframe."));
}

/// The living incident, or reflectionGone().
Result<Incident> liveIncident(IncidentStore &incidents, const QString &incidentId)
{
    const auto found = incidents.findIncident(incidentId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return reflectionGone();
    return **found;
}

} // namespace

QString defaultReflectionTitle(IncidentKind kind)
{
    return kind == IncidentKind::Exposure ? QCoreApplication::translate("mosaic::ReflectionModel", "A small challenge")
                                          : QCoreApplication::translate("mosaic::ReflectionModel", "A hard moment");
}

Result<Incident> startReflection(const Database &database, IncidentStore &incidents, Incident shown, std::optional<int> draftStep, const QDateTime &now)
{
    shown.stamps = RecordStamps{Uuid::create(), now, now, std::nullopt};
    if (!shown.occurredAt.isValid())
        shown.occurredAt = now;
    if (shown.title.trimmed().isEmpty())
        shown.title = defaultReflectionTitle(shown.kind);
    if (Status status = incidents.save(shown); !status)
        return status.failure();
    if (draftStep) {
        if (Status status = ReflectionDraftStore(database.connection()).save({shown.stamps.id, *draftStep, now}); !status)
            return status.failure();
    }
    return shown;
}

Result<bool> changeReflection(IncidentStore &incidents, const QString &incidentId, const ReflectionChange &change, const QDateTime &now)
{
    Result<Incident> record = liveIncident(incidents, incidentId);
    if (!record)
        return record.failure();
    if (!change(*record))
        return false;
    record->stamps.updatedAt = now;
    if (Status status = incidents.save(*record); !status)
        return status.failure();
    return true;
}

Status saveReflectionStep(const Database &database, const QString &incidentId, int step, const QDateTime &now)
{
    return ReflectionDraftStore(database.connection()).save({incidentId, step, now});
}

Status finishReflection(const Database &database, const QString &incidentId)
{
    return ReflectionDraftStore(database.connection()).remove(incidentId);
}

std::optional<int> percentOrNone(int value)
{
    if (value < 0)
        return std::nullopt;
    return std::min(value, 100);
}

Result<Reframe> addReframe(IncidentStore &incidents, const QString &incidentId, ReframeKind kind, const QString &text, int believability, const QDateTime &now)
{
    if (text.trimmed().isEmpty())
        return blankReframe();
    if (Result<Incident> incident = liveIncident(incidents, incidentId); !incident)
        return incident.failure();
    Reframe reframe;
    reframe.stamps = RecordStamps{Uuid::create(), now, now, std::nullopt};
    reframe.incidentId = incidentId;
    reframe.text = text;
    reframe.kind = kind;
    reframe.believability = percentOrNone(believability);
    if (Status status = incidents.save(reframe); !status)
        return status.failure();
    return reframe;
}

Result<bool> changeReframe(IncidentStore &incidents, const QString &reframeId, const std::function<bool(Reframe &)> &change, const QDateTime &now)
{
    const auto found = incidents.findReframe(reframeId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return reflectionGone();
    Reframe reframe = **found;
    if (!change(reframe))
        return false;
    reframe.stamps.updatedAt = now;
    if (Status status = incidents.save(reframe); !status)
        return status.failure();
    return true;
}

Result<bool> setReframeKind(IncidentStore &incidents, const QString &reframeId, ReframeKind kind, const QDateTime &now)
{
    return changeReframe(
        incidents, reframeId,
        [kind](Reframe &reframe) {
            if (reframe.kind == kind)
                return false;
            reframe.kind = kind;
            return true;
        },
        now);
}

Result<bool> setReframeBelievability(IncidentStore &incidents, const QString &reframeId, int value, const QDateTime &now)
{
    const std::optional<int> rating = percentOrNone(value);
    return changeReframe(
        incidents, reframeId,
        [&rating](Reframe &reframe) {
            if (reframe.believability == rating)
                return false;
            reframe.believability = rating;
            return true;
        },
        now);
}

Status removeReframe(IncidentStore &incidents, const QString &reframeId, const QDateTime &now)
{
    return incidents.markReframeDeleted(reframeId, now);
}

Result<QString> addCustomDistortion(
    const Database &database, IncidentStore &incidents, const QString &incidentId, const QString &name, const QString &explanation, const QDateTime &now)
{
    // The reflection first: a pattern for a reflection that is gone is not added to the list either.
    if (Result<Incident> incident = liveIncident(incidents, incidentId); !incident)
        return incident.failure();
    const Result<QString> stored = CustomDistortionStore(database.connection()).save(name, explanation, now);
    if (!stored)
        return stored.failure();
    const auto chosen = changeReflection(
        incidents, incidentId,
        [&stored](Incident &incident) {
            // Already chosen (or no room for another tag): the pattern is still kept in the list.
            if (tagsNameCustomDistortion(incident.tags, *stored) || incident.tags.size() >= RecordLimits::kTags)
                return false;
            incident.tags = withCustomDistortion(incident.tags, *stored, true);
            return true;
        },
        now);
    if (!chosen)
        return chosen.failure();
    return *stored;
}

} // namespace mosaic
