// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incidents/CustomDistortionStore.h"
#include "incidents/ReflectionDraftStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

class Database;

/// What the Reflect page reads besides the incident and its reframes (the stores read those): this computer's own
/// state of the flow.

/// The draft of one reflection (the step it stopped at), or none when it is finished.
Result<std::optional<ReflectionDraft>> findReflectionDraft(const Database &database, const QString &incidentId);
/// The thinking patterns the person added, in the order they were added.
Result<QList<CustomDistortion>> customDistortions(const Database &database);

} // namespace mosaic
