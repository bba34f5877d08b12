// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

enum class IncidentKind
{
    Rejection,
    Exclusion,
    Criticism,
    Conflict,
    Ghosting,
    Exposure,
    Other
};

/// The twelve cognitive distortions of the catalogue (see DistortionCatalogue for their explanations).
enum class Distortion
{
    AllOrNothing,
    Overgeneralizing,
    MentalFilter,
    DiscountingPositives,
    MindReading,
    FortuneTelling,
    Catastrophizing,
    EmotionalReasoning,
    ShouldStatements,
    Labeling,
    Personalizing,
    Blaming,
};

/// Situational factors outside the person's worth.
enum class SituationalFactor
{
    Timing,
    Context,
    Fit,
    ValuesMismatch,
    CommunicationStyle,
    TheirStress,
    Misunderstanding,
    Other
};

template <>
struct EnumNames<IncidentKind>
{
    static constexpr std::array<QStringView, 7> names{u"rejection", u"exclusion", u"criticism", u"conflict", u"ghosting", u"exposure", u"other"};
};

template <>
struct EnumNames<Distortion>
{
    static constexpr std::array<QStringView, 12> names{u"all-or-nothing",    u"overgeneralizing", u"mental-filter",   u"discounting-positives",
                                                       u"mind-reading",      u"fortune-telling",  u"catastrophizing", u"emotional-reasoning",
                                                       u"should-statements", u"labeling",         u"personalizing",   u"blaming"};
};

template <>
struct EnumNames<SituationalFactor>
{
    static constexpr std::array<QStringView, 8> names{u"timing",       u"context",          u"fit",  u"values-mismatch", u"communication-style",
                                                      u"their-stress", u"misunderstanding", u"other"};
};

/// A feeling named during a reflection, rated 0–100 before and (optionally) after reframing.
struct EmotionRating
{
    QString name;
    int before = 0;
    std::optional<int> after;
    friend bool operator==(const EmotionRating &, const EmotionRating &) = default;
};

/// The one small next step a reflection ends with.
struct NextStep
{
    QString text;
    std::optional<QDate> due;
    bool done = false;
    friend bool operator==(const NextStep &, const NextStep &) = default;
};

/// A planned small challenge (incident kind "exposure"): the plan and prediction, then what happened.
struct ExposurePlan
{
    QString plan;
    QString exitStrategy;
    std::optional<int> predictedAnxiety;
    QString prediction;
    std::optional<int> actualAnxiety;
    QString outcome;
    QString whatHelped;
    friend bool operator==(const ExposurePlan &, const ExposurePlan &) = default;
};

/// A structured reflection on one hard social moment. Empty strings stand for absent text.
struct Incident
{
    RecordStamps stamps;
    QDateTime occurredAt;
    IncidentKind kind = IncidentKind::Other;
    QString title;
    QString situation; ///< The facts only.
    std::optional<QString> circleId;
    QStringList personIds;
    QList<EmotionRating> emotions;
    QString thought; ///< The automatic thought.
    QString belief; ///< The core belief under it.
    std::optional<int> beliefBefore;
    std::optional<int> beliefAfter;
    QList<Distortion> distortions;
    QString evidenceFor;
    QString evidenceAgainst;
    QList<SituationalFactor> factors;
    QString learned;
    QString adjustment;
    QStringList feedbackFrom; ///< People to ask for perspective.
    std::optional<NextStep> nextStep;
    std::optional<ExposurePlan> exposure;
    QString notes;
    QStringList tags;
    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace mosaic
