// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of a reflection's fields: what each edit stores, and that an unchanged value is no change.
#include "incidents/ReflectionEdits.h"

#include "QtPrinters.h"
#include "common/RecordLimits.h"
#include "incidents/CustomDistortionStore.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;

namespace {

Incident reflectionOf(IncidentKind kind)
{
    Incident incident;
    incident.kind = kind;
    incident.title = QStringLiteral("Before");
    return incident;
}

} // namespace

TEST_CASE("A title is simplified, cut to the name length, and blank gives the default one", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    CHECK(reflection::setTitle(incident, QStringLiteral("  Left   out \n")));
    CHECK(incident.title == QStringLiteral("Left out"));
    CHECK_FALSE(reflection::setTitle(incident, QStringLiteral("Left out ")));
    CHECK(reflection::setTitle(incident, QString(RecordLimits::kNameLength + 20, u'x')));
    CHECK(incident.title.size() == RecordLimits::kNameLength);
    CHECK(reflection::setTitle(incident, QStringLiteral("   ")));
    CHECK(incident.title == QStringLiteral("A hard moment"));

    Incident exposure = reflectionOf(IncidentKind::Exposure);
    CHECK(reflection::setTitle(exposure, QString()));
    CHECK(exposure.title == QStringLiteral("A small challenge"));
}

TEST_CASE("A reflection does not turn into an exposure, nor back", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    CHECK_FALSE(reflection::setKind(incident, IncidentKind::Rejection));
    CHECK(reflection::setKind(incident, IncidentKind::Conflict));
    CHECK(incident.kind == IncidentKind::Conflict);
    CHECK_FALSE(reflection::setKind(incident, IncidentKind::Exposure));
    Incident exposure = reflectionOf(IncidentKind::Exposure);
    CHECK_FALSE(reflection::setKind(exposure, IncidentKind::Other));
    CHECK(exposure.kind == IncidentKind::Exposure);
}

TEST_CASE("A feeling is named once, as the catalogue names it, up to the limit", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    CHECK_FALSE(reflection::addEmotion(incident, QStringLiteral("   ")));
    CHECK(reflection::addEmotion(incident, QStringLiteral("HURT")));
    REQUIRE(incident.emotions.size() == 1);
    CHECK(incident.emotions.constFirst().name == QStringLiteral("hurt"));
    CHECK(incident.emotions.constFirst().before == 50);
    CHECK_FALSE(incident.emotions.constFirst().after.has_value());
    CHECK_FALSE(reflection::addEmotion(incident, QStringLiteral("Hurt")));
    CHECK(reflection::addEmotion(incident, QStringLiteral("  a  feeling of my own ")));
    CHECK(incident.emotions.constLast().name == QStringLiteral("a feeling of my own"));
    while (incident.emotions.size() < RecordLimits::kEmotions)
        REQUIRE(reflection::addEmotion(incident, QStringLiteral("feeling %1").arg(incident.emotions.size())));
    CHECK_FALSE(reflection::addEmotion(incident, QStringLiteral("one more")));

    CHECK(reflection::removeEmotion(incident, QStringLiteral("hurt")));
    CHECK_FALSE(reflection::removeEmotion(incident, QStringLiteral("hurt")));
}

TEST_CASE("Ratings are clamped to 0–100, and a negative one is no rating where none may be", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    REQUIRE(reflection::addEmotion(incident, QStringLiteral("hurt")));
    CHECK(reflection::setEmotionBefore(incident, QStringLiteral("hurt"), 140));
    CHECK(incident.emotions.constFirst().before == 100);
    CHECK(reflection::setEmotionBefore(incident, QStringLiteral("hurt"), -5));
    CHECK(incident.emotions.constFirst().before == 0);
    CHECK_FALSE(reflection::setEmotionBefore(incident, QStringLiteral("hurt"), -1));
    CHECK_FALSE(reflection::setEmotionBefore(incident, QStringLiteral("absent"), 30));
    CHECK(reflection::setEmotionAfter(incident, QStringLiteral("hurt"), 30));
    CHECK(incident.emotions.constFirst().after == 30);
    CHECK(reflection::setEmotionAfter(incident, QStringLiteral("hurt"), -1));
    CHECK_FALSE(incident.emotions.constFirst().after.has_value());

    CHECK(reflection::setBeliefBefore(incident, 101));
    CHECK(incident.beliefBefore == 100);
    CHECK_FALSE(reflection::setBeliefBefore(incident, 100));
    CHECK(reflection::setBeliefAfter(incident, 0));
    CHECK(incident.beliefAfter == 0);
    CHECK(reflection::setBeliefAfter(incident, -1));
    CHECK_FALSE(incident.beliefAfter.has_value());

    CHECK(reflection::setPredictedAnxiety(incident, 250));
    REQUIRE(incident.exposure.has_value());
    CHECK(incident.exposure->predictedAnxiety == 100);
    CHECK(reflection::setActualAnxiety(incident, 20));
    CHECK(incident.exposure->actualAnxiety == 20);
    CHECK_FALSE(reflection::setActualAnxiety(incident, 20));
}

TEST_CASE("Choices are added once and removed", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    CHECK(reflection::setDistortionChosen(incident, Distortion::MindReading, true));
    CHECK_FALSE(reflection::setDistortionChosen(incident, Distortion::MindReading, true));
    CHECK(reflection::setFactorChosen(incident, SituationalFactor::Timing, true));
    CHECK(reflection::setFactorChosen(incident, SituationalFactor::Timing, false));
    CHECK(incident.factors.isEmpty());
    CHECK_FALSE(reflection::setPersonChosen(incident, QString(), true));
    CHECK(reflection::setPersonChosen(incident, QStringLiteral("p1"), true));
    CHECK(reflection::setFeedbackChosen(incident, QStringLiteral("p1"), true));
    CHECK(incident.personIds == QStringList{QStringLiteral("p1")});
    CHECK(incident.feedbackFrom == QStringList{QStringLiteral("p1")});
    CHECK(reflection::setCircle(incident, QStringLiteral("c1")));
    CHECK(reflection::setCircle(incident, QString()));
    CHECK_FALSE(incident.circleId.has_value());
}

TEST_CASE("Typed tags keep the tags of one's own distortions", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    REQUIRE(reflection::setCustomDistortionChosen(incident, QStringLiteral("Comparing"), true));
    CHECK(reflection::setTags(incident, QStringLiteral("work, #family, distortion:sneaky")));
    CHECK(incident.tags == QStringList{QStringLiteral("work"), QStringLiteral("family"), customDistortionTag(QStringLiteral("Comparing"))});
    CHECK(reflection::isDistortionTag(incident.tags.constLast()));
    CHECK(reflection::setTags(incident, QString()));
    CHECK(incident.tags == QStringList{customDistortionTag(QStringLiteral("Comparing"))});
    CHECK_FALSE(reflection::setTags(incident, QStringLiteral(" , ")));

    QStringList many;
    for (int i = 0; i < RecordLimits::kTags; ++i)
        many.append(QStringLiteral("t%1").arg(i));
    CHECK(reflection::setTags(incident, many.join(u',')));
    CHECK(incident.tags.size() == RecordLimits::kTags);
    CHECK_FALSE(reflection::setCustomDistortionChosen(incident, QStringLiteral("Spiralling"), true)); // no room
}

TEST_CASE("A next step's date belongs to a step", "[incidents][reflection][edits]")
{
    Incident incident = reflectionOf(IncidentKind::Rejection);
    CHECK_FALSE(reflection::setNextStepDue(incident, QDate(2026, 12, 1)));
    CHECK_FALSE(reflection::setNextStepText(incident, QStringLiteral("  ")));
    CHECK(reflection::setNextStepText(incident, QStringLiteral(" Call  Sam ")));
    REQUIRE(incident.nextStep.has_value());
    CHECK(incident.nextStep->text == QStringLiteral("Call Sam"));
    CHECK(reflection::setNextStepDue(incident, QDate(2026, 12, 1)));
    CHECK_FALSE(reflection::setNextStepDue(incident, QDate(2026, 12, 1)));
    CHECK(reflection::setNextStepText(incident, QStringLiteral("Call Sam today")));
    CHECK(incident.nextStep->due == QDate(2026, 12, 1)); // the date stays with the step
    CHECK(reflection::setNextStepText(incident, QString()));
    CHECK_FALSE(incident.nextStep.has_value());
}
