// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/ReflectionEdits.h"

#include "common/RecordLimits.h"
#include "incidents/CustomDistortionStore.h"
#include "incidents/EmotionCatalogue.h"
#include "incidents/ReflectionActions.h"

#include <algorithm>

namespace mosaic::reflection {

namespace {

int clampPercent(int value)
{
    return std::clamp(value, 0, 100);
}

template <typename Value>
bool assign(Value &field, const Value &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}

template <typename Item>
bool setChosen(QList<Item> &list, const Item &item, bool chosen)
{
    if (chosen == list.contains(item))
        return false;
    if (chosen)
        list.append(item);
    else
        list.removeAll(item);
    return true;
}

bool setChosenId(QStringList &list, const QString &id, bool chosen)
{
    return !id.isEmpty() && setChosen(list, id, chosen);
}

} // namespace

bool setTitle(Incident &incident, const QString &title)
{
    QString value = title.simplified().left(RecordLimits::kNameLength);
    if (value.isEmpty())
        value = defaultReflectionTitle(incident.kind);
    return assign(incident.title, value);
}

bool setKind(Incident &incident, IncidentKind kind)
{
    if ((kind == IncidentKind::Exposure) != (incident.kind == IncidentKind::Exposure))
        return false;
    return assign(incident.kind, kind);
}

bool setOccurredAt(Incident &incident, const QDateTime &at)
{
    return assign(incident.occurredAt, at);
}

bool setCircle(Incident &incident, const QString &circleId)
{
    return assign(incident.circleId, circleId.isEmpty() ? std::nullopt : std::optional<QString>(circleId));
}

bool setPersonChosen(Incident &incident, const QString &personId, bool chosen)
{
    return setChosenId(incident.personIds, personId, chosen);
}

bool setFeedbackChosen(Incident &incident, const QString &personId, bool chosen)
{
    return setChosenId(incident.feedbackFrom, personId, chosen);
}

bool addEmotion(Incident &incident, const QString &name)
{
    QString value = name.simplified().left(RecordLimits::kNameLength);
    if (value.isEmpty())
        return false;
    // A feeling typed with the catalogue's label is the catalogue's feeling.
    for (const EmotionInfo &info : emotionCatalogue()) {
        if (info.label.compare(value, Qt::CaseInsensitive) == 0 || info.name.compare(value, Qt::CaseInsensitive) == 0)
            value = info.name;
    }
    const bool present = std::any_of(incident.emotions.cbegin(), incident.emotions.cend(),
                                     [&value](const EmotionRating &r) { return r.name.compare(value, Qt::CaseInsensitive) == 0; });
    if (present || incident.emotions.size() >= RecordLimits::kEmotions)
        return false;
    incident.emotions.append({value, 50, std::nullopt});
    return true;
}

bool removeEmotion(Incident &incident, const QString &name)
{
    return incident.emotions.removeIf([&name](const EmotionRating &r) { return r.name == name; }) > 0;
}

bool setEmotionBefore(Incident &incident, const QString &name, int value)
{
    value = clampPercent(value);
    for (EmotionRating &rating : incident.emotions) {
        if (rating.name == name && rating.before != value) {
            rating.before = value;
            return true;
        }
    }
    return false;
}

bool setEmotionAfter(Incident &incident, const QString &name, int value)
{
    const std::optional<int> after = percentOrNone(value);
    for (EmotionRating &rating : incident.emotions) {
        if (rating.name == name && rating.after != after) {
            rating.after = after;
            return true;
        }
    }
    return false;
}

bool setBeliefBefore(Incident &incident, int value)
{
    return assign(incident.beliefBefore, percentOrNone(value));
}

bool setBeliefAfter(Incident &incident, int value)
{
    return assign(incident.beliefAfter, percentOrNone(value));
}

bool setDistortionChosen(Incident &incident, Distortion distortion, bool chosen)
{
    return setChosen(incident.distortions, distortion, chosen);
}

bool setCustomDistortionChosen(Incident &incident, const QString &name, bool chosen)
{
    if (tagsNameCustomDistortion(incident.tags, name) == chosen)
        return false;
    if (chosen && incident.tags.size() >= RecordLimits::kTags)
        return false;
    incident.tags = withCustomDistortion(incident.tags, name, chosen);
    return true;
}

bool setFactorChosen(Incident &incident, SituationalFactor factor, bool chosen)
{
    return setChosen(incident.factors, factor, chosen);
}

bool setNextStepText(Incident &incident, const QString &text)
{
    const QString value = text.simplified().left(RecordLimits::kNameLength);
    if (value.isEmpty()) {
        if (!incident.nextStep)
            return false;
        incident.nextStep.reset();
        return true;
    }
    if (incident.nextStep && incident.nextStep->text == value)
        return false;
    NextStep step = incident.nextStep.value_or(NextStep{});
    step.text = value;
    incident.nextStep = step;
    return true;
}

bool setNextStepDue(Incident &incident, const std::optional<QDate> &due)
{
    if (!incident.nextStep)
        return false;
    return assign(incident.nextStep->due, due);
}

bool setPredictedAnxiety(Incident &incident, int value)
{
    const std::optional<int> rating = percentOrNone(value);
    if (incident.exposure && incident.exposure->predictedAnxiety == rating)
        return false;
    incident.exposure = incident.exposure.value_or(ExposurePlan{});
    incident.exposure->predictedAnxiety = rating;
    return true;
}

bool setActualAnxiety(Incident &incident, int value)
{
    const std::optional<int> rating = percentOrNone(value);
    if (incident.exposure && incident.exposure->actualAnxiety == rating)
        return false;
    incident.exposure = incident.exposure.value_or(ExposurePlan{});
    incident.exposure->actualAnxiety = rating;
    return true;
}

bool isDistortionTag(const QString &tag)
{
    return tag.startsWith(u"distortion:", Qt::CaseInsensitive);
}

bool setTags(Incident &incident, const QString &text)
{
    QStringList tags = parseTags(text);
    tags.removeIf(isDistortionTag);
    for (const QString &tag : std::as_const(incident.tags)) {
        if (isDistortionTag(tag))
            tags.append(tag);
    }
    return assign(incident.tags, tags.mid(0, RecordLimits::kTags));
}

} // namespace mosaic::reflection
