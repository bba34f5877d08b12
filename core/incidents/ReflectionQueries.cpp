// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/ReflectionQueries.h"

#include "storage/Database.h"

namespace mosaic {

Result<std::optional<ReflectionDraft>> findReflectionDraft(const Database &database, const QString &incidentId)
{
    return ReflectionDraftStore(database.connection()).findDraft(incidentId);
}

Result<QList<CustomDistortion>> customDistortions(const Database &database)
{
    return CustomDistortionStore(database.connection()).all();
}

} // namespace mosaic
