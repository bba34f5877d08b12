// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incidents/Incident.h"
#include "incidents/Reframe.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace mosaic {

class Database;
class IncidentStore;

/// The writes of the reflection flow (the Reflect page), the same wherever a reflection is written. Each runs inside
/// the caller's write transaction (one user action); on failure the caller rolls back. None reads the clock: `now`
/// stamps what is written.

/// The title a reflection has until one is typed (the journal needs one): "A hard moment", for an exposure
/// "A small challenge".
QString defaultReflectionTitle(IncidentKind kind);

/// A change to a reflection's fields; answers whether it changed anything.
using ReflectionChange = std::function<bool(Incident &)>;

/// Starts a reflection: stores `shown` (what the page shows before the first input) as a new incident with a new id,
/// createdAt = updatedAt = `now`, occurredAt = `now` when it has none and the default title when its title is blank.
/// With `draftStep`, the reflection is a draft stopped at that step (docs/data-rules.md, "What stays on this computer"). Returns the
/// stored incident.
Result<Incident> startReflection(const Database &database, IncidentStore &incidents, Incident shown, std::optional<int> draftStep, const QDateTime &now);

/// Changes a reflection: `change` is applied to the record in the journal now (not to a copy shown earlier, so fields
/// changed elsewhere meanwhile are kept), which gets updatedAt = `now` and is saved. Answers whether it wrote: a change
/// that changes nothing writes nothing. Failure::badInput when the reflection was deleted meanwhile.
Result<bool> changeReflection(IncidentStore &incidents, const QString &incidentId, const ReflectionChange &change, const QDateTime &now);

/// Remembers the step a draft reached.
Status saveReflectionStep(const Database &database, const QString &incidentId, int step, const QDateTime &now);
/// Done: the reflection is no longer a draft (its incident stays as it is).
Status finishReflection(const Database &database, const QString &incidentId);

/// A believability or rating as stored: 0–100, or none for a negative value (not rated).
std::optional<int> percentOrNone(int value);

/// A new reframe of the reflection, with its first words: a new id, createdAt = updatedAt = `now`, believability
/// clamped to 0–100 (none when negative). Failure::badInput for blank text (a reframe says something) or a reflection
/// that is not in the journal. Returns the stored reframe.
Result<Reframe> addReframe(IncidentStore &incidents, const QString &incidentId, ReframeKind kind, const QString &text, int believability, const QDateTime &now);
/// Changes a living reframe as changeReflection() changes a reflection. Failure::badInput when it was deleted.
Result<bool> changeReframe(IncidentStore &incidents, const QString &reframeId, const std::function<bool(Reframe &)> &change, const QDateTime &now);
Result<bool> setReframeKind(IncidentStore &incidents, const QString &reframeId, ReframeKind kind, const QDateTime &now);
/// `value` as percentOrNone().
Result<bool> setReframeBelievability(IncidentStore &incidents, const QString &reframeId, int value, const QDateTime &now);
/// Tombstones the reframe at `now`.
Status removeReframe(IncidentStore &incidents, const QString &reframeId, const QDateTime &now);

/// Adds a thinking pattern of the person's own to this computer's list (or gives the one of that name a new
/// explanation) and chooses it for the reflection: its tag "distortion:NAME" is added when it is not there yet and
/// the tags have room (the pattern is kept in the list either way). Failure::badInput, with the words of
/// normalizedCustomDistortionName(), for a name that cannot be one. Returns the name as stored.
Result<QString> addCustomDistortion(
    const Database &database, IncidentStore &incidents, const QString &incidentId, const QString &name, const QString &explanation, const QDateTime &now);

} // namespace mosaic
