// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/NextStepActions.h"

#include "incidents/IncidentStore.h"

#include <QCoreApplication>

namespace mosaic {

Result<bool> markNextStepDone(IncidentStore &store, const QString &incidentId, const QDateTime &now)
{
    const Result<std::optional<Incident>> found = store.findIncident(incidentId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted() || !(*found)->nextStep)
        return Failure::badInput(QCoreApplication::translate("mosaic::TodayModel", "This next step is no longer in your journal."));
    Incident incident = **found;
    if (incident.nextStep->done)
        return false;
    incident.nextStep->done = true;
    incident.stamps.updatedAt = now;
    if (Status saved = store.save(incident); !saved)
        return saved.failure();
    return true;
}

} // namespace mosaic
