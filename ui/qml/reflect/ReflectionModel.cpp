// SPDX-License-Identifier: GPL-3.0-or-later
#include "reflect/ReflectionModel.h"

#include "common/TimeFormat.h"
#include "incidents/CustomDistortionStore.h"
#include "incidents/DistortionCatalogue.h"
#include "incidents/EmotionCatalogue.h"
#include "incidents/ReflectionActions.h"
#include "incidents/ReflectionEdits.h"
#include "incidents/ReflectionQueries.h"
#include "journal/JournalSession.h"
#include "journal/JournalTextField.h"
#include "vocabulary/Labels.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace mosaic {
namespace {

const QStringList &reflectionSteps()
{
    static const QStringList keys{u"pause"_s,    u"happened"_s, u"feelings"_s, u"thought"_s, u"distortions"_s,
                                  u"evidence"_s, u"factors"_s,  u"reframes"_s, u"learn"_s,   u"rerate"_s};
    return keys;
}

const QStringList &exposureSteps()
{
    static const QStringList keys{u"plan"_s, u"exit"_s, u"prediction"_s, u"outcome"_s, u"helped"_s};
    return keys;
}

constexpr int kExposurePlanSteps = 3;

QVariantMap choice(const QString &key, const QString &label, const QString &hint = {})
{
    return {{u"key"_s, key}, {u"label"_s, label}, {u"hint"_s, hint}};
}

} // namespace

ReflectionModel::ReflectionModel(QObject *parent)
    : QObject(parent)
    , m_emotions(new ReflectionEmotions(this))
    , m_reframes(new ReflectionReframes(this))
{
    startNew(false);
}

ReflectionModel::~ReflectionModel() = default;

void ReflectionModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        m_session->follow(this, JournalSession::Everything, [this](int areas) {
            // This model's own writes have already been shown.
            if (!m_writing)
                reload(areas);
        });
        // Another journal: whatever was shown belongs to the old one.
        connect(m_session, &JournalSession::openChanged, this, [this] {
            startNew(false);
            reload(JournalSession::Everything);
        });
    }
    Q_EMIT sessionChanged();
    reload(JournalSession::Everything);
}

// ---- The flow -------------------------------------------------------------------------------------------------

QStringList ReflectionModel::stepKeys() const
{
    return exposure() ? exposureSteps() : reflectionSteps();
}

QVariantList ReflectionModel::steps() const
{
    QVariantList list;
    for (const QString &key : stepKeys()) {
        QString title;
        if (key == u"pause")
            title = tr("Pause");
        else if (key == u"happened")
            title = tr("The facts");
        else if (key == u"feelings")
            title = tr("Feelings");
        else if (key == u"thought")
            title = tr("The thought");
        else if (key == u"distortions")
            title = tr("Patterns");
        else if (key == u"evidence")
            title = tr("Evidence");
        else if (key == u"factors")
            title = tr("What else");
        else if (key == u"reframes")
            title = tr("Reframes");
        else if (key == u"learn")
            title = tr("Learn");
        else if (key == u"rerate")
            title = tr("Now");
        else if (key == u"plan")
            title = tr("The plan");
        else if (key == u"exit")
            title = tr("A way out");
        else if (key == u"prediction")
            title = tr("Prediction");
        else if (key == u"outcome")
            title = tr("How it went");
        else if (key == u"helped")
            title = tr("What helped");
        list.append(QVariantMap{{u"key"_s, key}, {u"title"_s, title}});
    }
    return list;
}

int ReflectionModel::planStepCount() const
{
    return exposure() ? kExposurePlanSteps : int(stepKeys().size());
}

QString ReflectionModel::stepKey() const
{
    const QStringList keys = stepKeys();
    return keys.value(m_step);
}

void ReflectionModel::setStep(int step)
{
    step = std::clamp(step, 0, int(stepKeys().size()) - 1);
    const bool wasFinished = m_finished;
    m_finished = false;
    if (wasFinished)
        Q_EMIT finishedChanged();
    if (step == m_step)
        return;
    m_step = step;
    if (m_started && m_isDraft)
        saveDraftStep();
    Q_EMIT stepChanged();
}

bool ReflectionModel::next()
{
    if (m_step + 1 >= stepKeys().size())
        return false;
    setStep(m_step + 1);
    return true;
}

bool ReflectionModel::back()
{
    if (m_step == 0)
        return false;
    setStep(m_step - 1);
    return true;
}

void ReflectionModel::finish()
{
    if (m_started && m_isDraft && m_session && m_session->isOpen()) {
        m_writing = true;
        const bool finished = m_session->write(JournalSession::Incidents, [this] { return finishReflection(m_session->database(), m_incident.stamps.id); });
        m_writing = false;
        if (!finished)
            return;
    }
    m_isDraft = false;
    m_finished = true;
    Q_EMIT incidentChanged();
    Q_EMIT finishedChanged();
}

void ReflectionModel::activate(const QVariantMap &args)
{
    const QString incidentId = args.value(u"incidentId"_s).toString();
    if (!incidentId.isEmpty()) {
        open(incidentId);
        return;
    }
    if (args.value(u"kind"_s).toString() == u"exposure") {
        startNew(true);
        return;
    }
    // Coming back to the page (the sidebar) keeps a reflection in progress; Ctrl+N always starts afresh.
    if (args.value(u"new"_s).toBool() || !m_started || m_finished)
        startNew(false);
}

void ReflectionModel::startNew(bool exposure)
{
    Incident fresh;
    fresh.kind = exposure ? IncidentKind::Exposure : IncidentKind::Rejection;
    fresh.title = defaultReflectionTitle(fresh.kind);
    resetTo(fresh, false, true, 0);
}

bool ReflectionModel::open(const QString &incidentId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    const auto found = m_session->incidents().findIncident(incidentId);
    if (!found) {
        m_session->reportFailure(found.failure());
        return false;
    }
    if (!found->has_value() || (*found)->stamps.isDeleted()) {
        m_session->reportFailure(Failure::operation(tr("That reflection is no longer in the journal.")));
        startNew(false);
        return false;
    }
    const Incident &incident = **found;
    const auto draft = findReflectionDraft(m_session->database(), incidentId);
    if (!draft) {
        m_session->reportFailure(draft.failure());
        return false;
    }
    int step = 0;
    if (draft->has_value())
        step = (*draft)->step;
    else if (incident.kind == IncidentKind::Exposure && (!incident.exposure || incident.exposure->outcome.trimmed().isEmpty()))
        step = kExposurePlanSteps; // the plan was made: what is left is how it went
    const int stepCount = int((incident.kind == IncidentKind::Exposure ? exposureSteps() : reflectionSteps()).size());
    resetTo(incident, true, draft->has_value(), std::clamp(step, 0, stepCount - 1));
    reloadIncident();
    return true;
}

void ReflectionModel::resetTo(const Incident &incident, bool started, bool isDraft, int step)
{
    Q_EMIT aboutToReplace();
    m_incident = incident;
    m_started = started;
    m_isDraft = isDraft;
    m_finished = false;
    m_step = step;
    m_emotions->setRatings(incident.emotions);
    if (!started)
        m_reframes->setReframes({});
    Q_EMIT reflectionReplaced();
    Q_EMIT incidentChanged();
    Q_EMIT finishedChanged();
    Q_EMIT stepChanged();
    Q_EMIT titleChanged();
    Q_EMIT kindChanged();
    Q_EMIT occurredAtChanged();
    Q_EMIT circleChanged();
    Q_EMIT peopleChanged();
    Q_EMIT thoughtChanged();
    Q_EMIT beliefChanged();
    Q_EMIT distortionsChanged();
    Q_EMIT factorsChanged();
    Q_EMIT feedbackChanged();
    Q_EMIT nextStepChanged();
    Q_EMIT exposureChanged();
    Q_EMIT tagsChanged();
    Q_EMIT emotionNamesChanged();
    reloadChoices(0); // this reflection's own custom distortions among the choices
}

// ---- Reading --------------------------------------------------------------------------------------------------

void ReflectionModel::reload(int areas)
{
    if (!m_session || !m_session->isOpen())
        return;
    if (areas & JournalSession::Incidents)
        reloadIncident();
    reloadChoices(areas);
}

void ReflectionModel::reloadIncident()
{
    if (!m_started || !m_session || !m_session->isOpen())
        return;
    IncidentStore &store = m_session->incidents();
    const auto found = store.findIncident(m_incident.stamps.id);
    if (!found) {
        m_session->reportFailure(found.failure());
        return;
    }
    if (!found->has_value() || (*found)->stamps.isDeleted()) {
        // Deleted elsewhere (the journal, an import): nothing left to continue.
        startNew(exposure());
        return;
    }
    show(**found);
    const auto reframes = store.reframesFor(m_incident.stamps.id, IncludeDeleted::No);
    if (!reframes) {
        m_session->reportFailure(reframes.failure());
        return;
    }
    m_reframes->setReframes(*reframes);
}

void ReflectionModel::reloadChoices(int areas)
{
    if (!m_session || !m_session->isOpen())
        return;
    if (areas & JournalSession::Circles) {
        QVariantList circles{QVariantMap{{u"id"_s, QString()}, {u"name"_s, tr("No particular circle")}}};
        QVariantList people;
        if (const auto all = m_session->circles().allCircles(IncludeDeleted::No); all) {
            for (const Circle &circle : *all) {
                if (!circle.archived)
                    circles.append(QVariantMap{{u"id"_s, circle.stamps.id}, {u"name"_s, circle.name}});
            }
        }
        if (const auto all = m_session->circles().allPeople(IncludeDeleted::No); all) {
            QList<Person> sorted = *all;
            std::sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
            for (const Person &person : sorted)
                people.append(QVariantMap{{u"id"_s, person.stamps.id}, {u"name"_s, person.name}});
        }
        if (circles != m_circles || people != m_people) {
            m_circles = circles;
            m_people = people;
            Q_EMIT circlesChanged();
        }
    }
    if (areas & JournalSession::Strengths) {
        QStringList strengths;
        if (const auto all = m_session->strengths().allStrengths(IncludeDeleted::No); all) {
            for (const Strength &strength : *all) {
                if (!strength.archived)
                    strengths.append(strength.name);
            }
        }
        QString mission;
        QStringList values;
        if (const auto personal = m_session->strengths().personalValues(); personal && personal->has_value()) {
            mission = (*personal)->mission;
            values = (*personal)->values;
        }
        if (strengths != m_strengths || mission != m_mission || values != m_values) {
            m_strengths = strengths;
            m_mission = mission;
            m_values = values;
            Q_EMIT worthChanged();
        }
    }
    // The distortions: the catalogue, the person's own, and any this reflection names that this computer does not
    // know (it came from another journal).
    QVariantList choices;
    for (const DistortionInfo &info : distortionCatalogue()) {
        choices.append(QVariantMap{
            {u"key"_s, enumName(info.id)}, {u"name"_s, info.name}, {u"explanation"_s, info.explanation}, {u"example"_s, info.example}, {u"custom"_s, false}});
    }
    QStringList own;
    if (const auto all = customDistortions(m_session->database()); all) {
        for (const CustomDistortion &distortion : *all) {
            own.append(distortion.name.toCaseFolded());
            choices.append(QVariantMap{{u"key"_s, customDistortionTag(distortion.name)},
                                       {u"name"_s, distortion.name},
                                       {u"explanation"_s, distortion.explanation},
                                       {u"example"_s, QString()},
                                       {u"custom"_s, true}});
        }
    }
    for (const QString &name : customDistortionsInTags(m_incident.tags)) {
        if (own.contains(name.toCaseFolded()))
            continue;
        own.append(name.toCaseFolded());
        choices.append(QVariantMap{
            {u"key"_s, customDistortionTag(name)}, {u"name"_s, name}, {u"explanation"_s, QString()}, {u"example"_s, QString()}, {u"custom"_s, true}});
    }
    if (choices != m_distortionChoices) {
        m_distortionChoices = choices;
        Q_EMIT distortionChoicesChanged();
    }
}

void ReflectionModel::show(const Incident &incident)
{
    const Incident old = m_incident;
    m_incident = incident;
    m_emotions->setRatings(incident.emotions);
    if (old.stamps.id != incident.stamps.id || old.kind != incident.kind)
        Q_EMIT incidentChanged();
    if (old.title != incident.title)
        Q_EMIT titleChanged();
    if (old.emotions.size() != incident.emotions.size() ||
        !std::equal(old.emotions.cbegin(), old.emotions.cend(), incident.emotions.cbegin(),
                    [](const EmotionRating &a, const EmotionRating &b) { return a.name == b.name; }))
        Q_EMIT emotionNamesChanged();
    if (old.kind != incident.kind)
        Q_EMIT kindChanged();
    if (old.occurredAt != incident.occurredAt)
        Q_EMIT occurredAtChanged();
    if (old.circleId != incident.circleId)
        Q_EMIT circleChanged();
    if (old.personIds != incident.personIds)
        Q_EMIT peopleChanged();
    if (old.thought != incident.thought)
        Q_EMIT thoughtChanged();
    if (old.beliefBefore != incident.beliefBefore || old.beliefAfter != incident.beliefAfter)
        Q_EMIT beliefChanged();
    if (old.distortions != incident.distortions || old.tags != incident.tags)
        Q_EMIT distortionsChanged();
    if (old.factors != incident.factors)
        Q_EMIT factorsChanged();
    if (old.feedbackFrom != incident.feedbackFrom)
        Q_EMIT feedbackChanged();
    if (old.nextStep != incident.nextStep)
        Q_EMIT nextStepChanged();
    if (old.exposure != incident.exposure)
        Q_EMIT exposureChanged();
    if (old.tags != incident.tags) {
        Q_EMIT tagsChanged();
        reloadChoices(0);
    }
}

QString ReflectionModel::defaultTitle() const
{
    return defaultReflectionTitle(m_incident.kind);
}

QString ReflectionModel::occurredAtText() const
{
    QDateTime at = m_incident.occurredAt;
    if (!at.isValid())
        at = m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QStringList ReflectionModel::distortions() const
{
    QStringList keys;
    for (const Distortion distortion : m_incident.distortions)
        keys.append(enumName(distortion));
    for (const QString &name : customDistortionsInTags(m_incident.tags))
        keys.append(customDistortionTag(name));
    return keys;
}

QStringList ReflectionModel::factors() const
{
    QStringList keys;
    for (const SituationalFactor factor : m_incident.factors)
        keys.append(enumName(factor));
    return keys;
}

QString ReflectionModel::nextStepDue() const
{
    if (!m_incident.nextStep || !m_incident.nextStep->due)
        return {};
    return TimeFormat::formatDate(*m_incident.nextStep->due);
}

int ReflectionModel::predictedAnxiety() const
{
    return m_incident.exposure ? m_incident.exposure->predictedAnxiety.value_or(-1) : -1;
}

int ReflectionModel::actualAnxiety() const
{
    return m_incident.exposure ? m_incident.exposure->actualAnxiety.value_or(-1) : -1;
}

bool ReflectionModel::waitingForOutcome() const
{
    return exposure() && (!m_incident.exposure || m_incident.exposure->outcome.trimmed().isEmpty());
}

QStringList ReflectionModel::emotionNames() const
{
    QStringList names;
    for (const EmotionRating &rating : m_incident.emotions)
        names.append(rating.name);
    return names;
}

QString ReflectionModel::tagsText() const
{
    QStringList tags;
    for (const QString &tag : m_incident.tags) {
        if (!reflection::isDistortionTag(tag))
            tags.append(tag);
    }
    return tags.join(u", ");
}

QVariantList ReflectionModel::kinds() const
{
    QVariantList kinds;
    for (const IncidentKind kind :
         {IncidentKind::Rejection, IncidentKind::Exclusion, IncidentKind::Criticism, IncidentKind::Conflict, IncidentKind::Ghosting, IncidentKind::Other})
        kinds.append(choice(enumName(kind), labels::incidentKind(kind)));
    return kinds;
}

QVariantList ReflectionModel::emotionFamilies() const
{
    QVariantList families;
    for (const EmotionFamily family : {EmotionFamily::Hurt, EmotionFamily::Fear, EmotionFamily::SelfConscious, EmotionFamily::Anger, EmotionFamily::Lighter}) {
        QVariantList emotions;
        for (const EmotionInfo &info : emotionCatalogue()) {
            if (info.family == family)
                emotions.append(QVariantMap{{u"key"_s, info.name}, {u"name"_s, info.name}, {u"label"_s, info.label}});
        }
        families.append(QVariantMap{{u"label"_s, emotionFamilyLabel(family)}, {u"emotions"_s, emotions}});
    }
    return families;
}

QVariantList ReflectionModel::factorChoices() const
{
    return {
        choice(u"timing"_s, labels::situationalFactor(SituationalFactor::Timing), tr("It was a busy, tired or awkward moment.")),
        choice(u"context"_s, labels::situationalFactor(SituationalFactor::Context), tr("Something about the place, the group or the occasion.")),
        choice(u"fit"_s, labels::situationalFactor(SituationalFactor::Fit), tr("A question of fit or taste, not of worth.")),
        choice(u"values-mismatch"_s, labels::situationalFactor(SituationalFactor::ValuesMismatch), tr("What matters to them is not what matters to you.")),
        choice(u"communication-style"_s, labels::situationalFactor(SituationalFactor::CommunicationStyle),
               tr("Their way of saying things, or yours, got in the way.")),
        choice(u"their-stress"_s, labels::situationalFactor(SituationalFactor::TheirStress), tr("They had their own troubles going on.")),
        choice(u"misunderstanding"_s, labels::situationalFactor(SituationalFactor::Misunderstanding),
               tr("Something may have been heard differently than it was meant.")),
        choice(u"other"_s, labels::situationalFactor(SituationalFactor::Other), tr("Another reason that has nothing to do with your worth.")),
    };
}

QVariantList ReflectionModel::reframeKinds() const
{
    // In the enum's order: ReflectionReframes' kindIndex points into this list.
    return {
        choice(u"context"_s, labels::reframeKind(ReframeKind::Context), tr("What else was going on around it?")),
        choice(u"timing"_s, labels::reframeKind(ReframeKind::Timing), tr("Could it be the moment rather than you?")),
        choice(u"fit"_s, labels::reframeKind(ReframeKind::Fit), tr("Not a match is not a verdict.")),
        choice(u"their-side"_s, labels::reframeKind(ReframeKind::TheirSide), tr("How might it have looked from where they stood?")),
        choice(u"evidence"_s, labels::reframeKind(ReframeKind::Evidence), tr("What do the facts actually say?")),
        choice(u"growth"_s, labels::reframeKind(ReframeKind::Growth), tr("What can this teach you?")),
        choice(u"self-compassion"_s, labels::reframeKind(ReframeKind::SelfCompassion), tr("What would you say to a friend in your place?")),
    };
}

QVariantList ReflectionModel::changes() const
{
    QVariantList list;
    for (const EmotionRating &rating : m_incident.emotions) {
        if (rating.after)
            list.append(QVariantMap{{u"label"_s, emotionLabel(rating.name)}, {u"before"_s, rating.before}, {u"after"_s, *rating.after}});
    }
    if (m_incident.beliefBefore && m_incident.beliefAfter)
        list.append(QVariantMap{{u"label"_s, tr("Belief in the thought")}, {u"before"_s, *m_incident.beliefBefore}, {u"after"_s, *m_incident.beliefAfter}});
    if (m_incident.exposure && m_incident.exposure->predictedAnxiety && m_incident.exposure->actualAnxiety)
        list.append(QVariantMap{{u"label"_s, tr("Anxiety, expected → felt")},
                                {u"before"_s, *m_incident.exposure->predictedAnxiety},
                                {u"after"_s, *m_incident.exposure->actualAnxiety}});
    return list;
}

// ---- Writing --------------------------------------------------------------------------------------------------

bool ReflectionModel::writeReflection(const std::function<Result<bool>(const QString &incidentId, const QDateTime &now)> &action)
{
    if (!m_session || !m_session->isOpen())
        return false;
    const bool creating = !m_started;
    QString incidentId = m_incident.stamps.id;
    // This model shows its own write itself: the change notice it causes is not for it.
    m_writing = true;
    const Result<bool> wrote = m_session->writeIfChanged(JournalSession::Incidents, [&]() -> Result<bool> {
        const QDateTime now = m_session->now();
        if (creating) {
            const Result<Incident> started =
                startReflection(m_session->database(), m_session->incidents(), m_incident, m_isDraft ? std::optional<int>(m_step) : std::nullopt, now);
            if (!started)
                return started.failure();
            incidentId = started->stamps.id;
        }
        const Result<bool> changed = action(incidentId, now);
        if (!changed)
            return changed.failure();
        return creating || *changed;
    });
    m_writing = false;
    if (!wrote)
        return false;
    if (!*wrote)
        return true; // nothing to change
    m_started = true;
    if (creating) {
        m_incident.stamps.id = incidentId;
        Q_EMIT incidentChanged(); // it has a record now
    }
    reloadIncident();
    if (creating)
        Q_EMIT incidentChanged();
    return true;
}

bool ReflectionModel::changeIncident(const ReflectionChange &change)
{
    return writeReflection(
        [this, &change](const QString &incidentId, const QDateTime &now) { return changeReflection(m_session->incidents(), incidentId, change, now); });
}

bool ReflectionModel::saveDraftStep()
{
    if (!m_session || !m_session->isOpen())
        return false;
    m_writing = true;
    const bool saved = m_session->write(JournalSession::Incidents,
                                        [this] { return saveReflectionStep(m_session->database(), m_incident.stamps.id, m_step, m_session->now()); });
    m_writing = false;
    return saved;
}

bool ReflectionModel::begin()
{
    if (m_started)
        return true;
    return changeIncident([](Incident &) { return false; });
}

bool ReflectionModel::beginWithText(int field, const QString &text)
{
    const auto kind = JournalTextRef::Kind(field);
    Incident probe;
    if (incidentText(probe, kind) == nullptr)
        return false;
    return changeIncident([kind, &text](Incident &incident) {
        QString *target = incidentText(incident, kind);
        if (*target == text)
            return false;
        *target = text;
        return true;
    });
}

bool ReflectionModel::setTitle(const QString &title)
{
    return changeIncident([&title](Incident &incident) { return reflection::setTitle(incident, title); });
}

bool ReflectionModel::setKind(const QString &kind)
{
    const auto value = enumFromName<IncidentKind>(kind);
    // The exposure variant is its own flow; a reflection does not turn into one (nor back).
    if (!value || (*value == IncidentKind::Exposure) != exposure())
        return false;
    return changeIncident([value](Incident &incident) { return reflection::setKind(incident, *value); });
}

bool ReflectionModel::setOccurredAt(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime local = QDateTime::fromString(trimmed, u"yyyy-MM-dd HH:mm"_s);
    if (!local.isValid()) {
        const QDate date = QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
        if (!date.isValid())
            return false;
        const QDateTime current = QDateTime::fromString(occurredAtText(), u"yyyy-MM-dd HH:mm"_s);
        local = QDateTime(date, current.isValid() ? current.time() : QTime(12, 0));
    }
    const QDateTime value = local.toUTC();
    return changeIncident([&value](Incident &incident) { return reflection::setOccurredAt(incident, value); });
}

bool ReflectionModel::setOccurredTime(const QString &clockTime)
{
    const QTime time = QTime::fromString(clockTime.trimmed(), u"HH:mm"_s);
    if (!time.isValid())
        return false;
    return setOccurredAt(occurredDate() + u' ' + time.toString(u"HH:mm"_s));
}

bool ReflectionModel::setCircle(const QString &circleId)
{
    return changeIncident([&circleId](Incident &incident) { return reflection::setCircle(incident, circleId); });
}

bool ReflectionModel::setPersonChosen(const QString &personId, bool chosen)
{
    if (personId.isEmpty())
        return false;
    return changeIncident([&personId, chosen](Incident &incident) { return reflection::setPersonChosen(incident, personId, chosen); });
}

bool ReflectionModel::addEmotion(const QString &name)
{
    // Nothing to add (empty, already named, no room): not even a new record.
    Incident probe = m_incident;
    if (!reflection::addEmotion(probe, name))
        return false;
    return changeIncident([&name](Incident &incident) { return reflection::addEmotion(incident, name); });
}

bool ReflectionModel::removeEmotion(const QString &name)
{
    return changeIncident([&name](Incident &incident) { return reflection::removeEmotion(incident, name); });
}

bool ReflectionModel::setEmotionBefore(const QString &name, int value)
{
    return changeIncident([&name, value](Incident &incident) { return reflection::setEmotionBefore(incident, name, value); });
}

bool ReflectionModel::setEmotionAfter(const QString &name, int value)
{
    return changeIncident([&name, value](Incident &incident) { return reflection::setEmotionAfter(incident, name, value); });
}

bool ReflectionModel::setBeliefBefore(int value)
{
    return changeIncident([value](Incident &incident) { return reflection::setBeliefBefore(incident, value); });
}

bool ReflectionModel::setBeliefAfter(int value)
{
    return changeIncident([value](Incident &incident) { return reflection::setBeliefAfter(incident, value); });
}

bool ReflectionModel::setDistortionChosen(const QString &key, bool chosen)
{
    if (const auto distortion = enumFromName<Distortion>(key))
        return changeIncident([distortion, chosen](Incident &incident) { return reflection::setDistortionChosen(incident, *distortion, chosen); });
    const QStringList names = customDistortionsInTags({key});
    if (names.size() != 1)
        return false;
    const QString name = names.constFirst();
    return changeIncident([&name, chosen](Incident &incident) { return reflection::setCustomDistortionChosen(incident, name, chosen); });
}

QString ReflectionModel::addCustomDistortion(const QString &name, const QString &explanation)
{
    if (!m_session || !m_session->isOpen())
        return tr("The journal is not open.");
    // A name that cannot be one is said beside the field, and nothing is written (not even a new reflection).
    if (const Result<QString> normalized = normalizedCustomDistortionName(name); !normalized)
        return normalized.failure().message;
    // One action: the pattern joins the list and this reflection, in one transaction.
    const bool saved = writeReflection([this, &name, &explanation](const QString &incidentId, const QDateTime &now) -> Result<bool> {
        const Result<QString> stored = mosaic::addCustomDistortion(m_session->database(), m_session->incidents(), incidentId, name, explanation, now);
        if (!stored)
            return stored.failure();
        return true;
    });
    if (!saved)
        return m_session->errorMessage();
    reloadChoices(0);
    return {};
}

bool ReflectionModel::setFactorChosen(const QString &key, bool chosen)
{
    const auto factor = enumFromName<SituationalFactor>(key);
    if (!factor)
        return false;
    return changeIncident([factor, chosen](Incident &incident) { return reflection::setFactorChosen(incident, *factor, chosen); });
}

bool ReflectionModel::setFeedbackChosen(const QString &personId, bool chosen)
{
    if (personId.isEmpty())
        return false;
    return changeIncident([&personId, chosen](Incident &incident) { return reflection::setFeedbackChosen(incident, personId, chosen); });
}

bool ReflectionModel::setNextStepText(const QString &text)
{
    return changeIncident([&text](Incident &incident) { return reflection::setNextStepText(incident, text); });
}

bool ReflectionModel::setNextStepDue(const QString &text)
{
    std::optional<QDate> due;
    if (!text.trimmed().isEmpty()) {
        due = TimeFormat::parseDate(text.trimmed());
        if (!due)
            return false;
    }
    if (!m_incident.nextStep)
        return false; // a date needs a step to belong to
    return changeIncident([&due](Incident &incident) { return reflection::setNextStepDue(incident, due); });
}

bool ReflectionModel::setPredictedAnxiety(int value)
{
    return changeIncident([value](Incident &incident) { return reflection::setPredictedAnxiety(incident, value); });
}

bool ReflectionModel::setActualAnxiety(int value)
{
    return changeIncident([value](Incident &incident) { return reflection::setActualAnxiety(incident, value); });
}

bool ReflectionModel::setTags(const QString &text)
{
    return changeIncident([&text](Incident &incident) { return reflection::setTags(incident, text); });
}

QString ReflectionModel::addReframe(const QString &kind, const QString &text, int believability)
{
    const auto reframeKind = enumFromName<ReframeKind>(kind);
    if (!reframeKind || text.trimmed().isEmpty() || !m_session || !m_session->isOpen())
        return {};
    QString reframeId;
    const bool added = writeReflection([&](const QString &incidentId, const QDateTime &now) -> Result<bool> {
        const Result<Reframe> reframe = mosaic::addReframe(m_session->incidents(), incidentId, *reframeKind, text, believability, now);
        if (!reframe)
            return reframe.failure();
        reframeId = reframe->stamps.id;
        return true;
    });
    return added ? reframeId : QString();
}

bool ReflectionModel::changeReframe(const std::function<Result<bool>(IncidentStore &store, const QDateTime &now)> &change)
{
    if (!m_session || !m_session->isOpen())
        return false;
    // This model shows its own write itself: the change notice it causes is not for it.
    m_writing = true;
    const Result<bool> changed = m_session->writeIfChanged(JournalSession::Incidents, [&] { return change(m_session->incidents(), m_session->now()); });
    m_writing = false;
    if (!changed)
        return false;
    if (*changed)
        reloadIncident();
    return true;
}

bool ReflectionModel::removeReframe(const QString &reframeId)
{
    return changeReframe([&reframeId](IncidentStore &store, const QDateTime &now) -> Result<bool> {
        if (Status status = mosaic::removeReframe(store, reframeId, now); !status)
            return status.failure();
        return true;
    });
}

bool ReflectionModel::setReframeKind(const QString &reframeId, const QString &kind)
{
    const auto value = enumFromName<ReframeKind>(kind);
    if (!value)
        return false;
    return changeReframe([&reframeId, value](IncidentStore &store, const QDateTime &now) { return mosaic::setReframeKind(store, reframeId, *value, now); });
}

bool ReflectionModel::setReframeBelievability(const QString &reframeId, int value)
{
    return changeReframe(
        [&reframeId, value](IncidentStore &store, const QDateTime &now) { return mosaic::setReframeBelievability(store, reframeId, value, now); });
}

} // namespace mosaic
