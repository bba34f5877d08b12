// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace mosaic {

class IncidentStore;

/// Marks the next step of a reflection done (Today's "Done" on an open step), inside the caller's write transaction,
/// stamping the reflection's updatedAt with `now`. Answers whether it wrote: a step already done is left as it is
/// (false). Failure::badInput when the reflection is not in the journal (or deleted) or has no next step.
Result<bool> markNextStepDone(IncidentStore &store, const QString &incidentId, const QDateTime &now);

} // namespace mosaic
