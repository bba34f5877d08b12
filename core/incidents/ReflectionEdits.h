// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mosaic::reflection {

/// The rules of a reflection's fields, as the Reflect page sets them one at a time: each changes one field of
/// `incident` and answers whether it changed anything, so that it serves as the ReflectionChange of
/// changeReflection() (an unchanged value writes nothing). Limits: core/common/RecordLimits.h. Ratings are 0–100;
/// a negative one means "not rated" where a rating may be absent.

/// The title, simplified and cut to the name length; blank gives the default title (defaultReflectionTitle()).
bool setTitle(Incident &incident, const QString &title);
/// A reflection does not turn into an exposure, nor an exposure into a reflection: false for such a kind.
bool setKind(Incident &incident, IncidentKind kind);
bool setOccurredAt(Incident &incident, const QDateTime &at);
/// Empty for none.
bool setCircle(Incident &incident, const QString &circleId);
bool setPersonChosen(Incident &incident, const QString &personId, bool chosen);
bool setFeedbackChosen(Incident &incident, const QString &personId, bool chosen);

/// A feeling of the catalogue (by its name or label, without case: stored as the catalogue's name) or one typed
/// (simplified, cut to the name length). False when empty, already named (without case) or when there are as many
/// as a reflection may have. It starts rated 50.
bool addEmotion(Incident &incident, const QString &name);
bool removeEmotion(Incident &incident, const QString &name);
/// Clamped to 0–100.
bool setEmotionBefore(Incident &incident, const QString &name, int value);
/// Clamped to 0–100; negative: not re-rated.
bool setEmotionAfter(Incident &incident, const QString &name, int value);
bool setBeliefBefore(Incident &incident, int value);
bool setBeliefAfter(Incident &incident, int value);

bool setDistortionChosen(Incident &incident, Distortion distortion, bool chosen);
/// A distortion of the person's own, recorded as the tag "distortion:NAME"; false to choose it without room for a tag.
bool setCustomDistortionChosen(Incident &incident, const QString &name, bool chosen);
bool setFactorChosen(Incident &incident, SituationalFactor factor, bool chosen);

/// The next step's text, simplified and cut to the name length; empty removes the step (and its date).
bool setNextStepText(Incident &incident, const QString &text);
/// The next step's date; false when there is no step for it to belong to.
bool setNextStepDue(Incident &incident, const std::optional<QDate> &due);
/// An exposure's anxiety, expected and felt (the plan is created when it has none).
bool setPredictedAnxiety(Incident &incident, int value);
bool setActualAnxiety(Incident &incident, int value);

/// Whether a tag records a distortion of the person's own ("distortion:NAME"): such tags are not typed as tags.
bool isDistortionTag(const QString &tag);
/// The tags as typed ("work, #family", parseTags()); the tags that record custom distortions stay as they are (after
/// the typed ones) and typed ones of that form are left out; at most as many as a record may have.
bool setTags(Incident &incident, const QString &text);

} // namespace mosaic::reflection
