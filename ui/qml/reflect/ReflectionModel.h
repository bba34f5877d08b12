// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"
#include "incidents/ReflectionActions.h"
#include "journal/JournalSession.h"
#include "reflect/ReflectionLists.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace mosaic {

/// The reflection the Reflect page walks through, one step at a time: a new one, a draft continued, a finished one
/// edited, or an exposure (a planned small challenge, and afterwards what happened).
///
/// Nothing is written until the first real input (or Begin): then the incident is created in the same write
/// transaction as that input, and a draft remembers the step reached until Done. Every structured field is saved
/// as it changes (one transaction each); long texts are the JournalEditors' (field enums of JournalText).
class ReflectionModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)

    /// Empty until the reflection has a record.
    Q_PROPERTY(QString incidentId READ incidentId NOTIFY incidentChanged)
    Q_PROPERTY(bool started READ started NOTIFY incidentChanged)
    /// The exposure variant (kind "exposure").
    Q_PROPERTY(bool exposure READ exposure NOTIFY incidentChanged)
    /// An already finished reflection opened to edit it (its steps are not a draft).
    Q_PROPERTY(bool editing READ editing NOTIFY incidentChanged)
    /// Done was chosen: the page shows the closing view.
    Q_PROPERTY(bool finished READ finished NOTIFY finishedChanged)

    /// [{key, title}] of the flow's steps.
    Q_PROPERTY(QVariantList steps READ steps NOTIFY incidentChanged)
    /// For an exposure, the steps of the plan come first (plan, exit, prediction); the others are for afterwards.
    Q_PROPERTY(int planStepCount READ planStepCount NOTIFY incidentChanged)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    Q_PROPERTY(QString stepKey READ stepKey NOTIFY stepChanged)
    Q_PROPERTY(bool lastStep READ lastStep NOTIFY stepChanged)

    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    /// The title a reflection has until one is typed (the journal needs one).
    Q_PROPERTY(QString defaultTitle READ defaultTitle NOTIFY incidentChanged)
    /// The title typed, empty while it is the default one.
    Q_PROPERTY(QString ownTitle READ ownTitle NOTIFY titleChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY kindChanged)
    /// When it happened, local "yyyy-MM-dd HH:mm"; the time of the first input for a new one.
    Q_PROPERTY(QString occurredAtText READ occurredAtText NOTIFY occurredAtChanged)
    /// The local day and time of the moment apart, for the date field and the time field: "yyyy-MM-dd" and "HH:mm".
    Q_PROPERTY(QString occurredDate READ occurredDate NOTIFY occurredAtChanged)
    Q_PROPERTY(QString occurredTime READ occurredTime NOTIFY occurredAtChanged)
    Q_PROPERTY(QString circleId READ circleId NOTIFY circleChanged)
    Q_PROPERTY(QStringList personIds READ personIds NOTIFY peopleChanged)
    /// The automatic thought, for the steps that test it to keep it in sight.
    Q_PROPERTY(QString thought READ thought NOTIFY thoughtChanged)
    /// 0–100, or -1 while not rated.
    Q_PROPERTY(int beliefBefore READ beliefBefore NOTIFY beliefChanged)
    Q_PROPERTY(int beliefAfter READ beliefAfter NOTIFY beliefChanged)
    /// The distortions chosen, as the keys of distortionChoices.
    Q_PROPERTY(QStringList distortions READ distortions NOTIFY distortionsChanged)
    Q_PROPERTY(QStringList factors READ factors NOTIFY factorsChanged)
    Q_PROPERTY(QStringList feedbackFrom READ feedbackFrom NOTIFY feedbackChanged)
    Q_PROPERTY(QString nextStepText READ nextStepText NOTIFY nextStepChanged)
    /// "yyyy-MM-dd" or empty.
    Q_PROPERTY(QString nextStepDue READ nextStepDue NOTIFY nextStepChanged)
    Q_PROPERTY(int predictedAnxiety READ predictedAnxiety NOTIFY exposureChanged)
    Q_PROPERTY(int actualAnxiety READ actualAnxiety NOTIFY exposureChanged)
    /// An exposure whose outcome is not written yet: the part for afterwards is still open.
    Q_PROPERTY(bool waitingForOutcome READ waitingForOutcome NOTIFY exposureChanged)
    /// The names of the feelings named so far (as in `emotions`), to show which are chosen.
    Q_PROPERTY(QStringList emotionNames READ emotionNames NOTIFY emotionNamesChanged)
    /// The tags typed, comma-separated (the tags that record custom distortions are left out).
    Q_PROPERTY(QString tagsText READ tagsText NOTIFY tagsChanged)

    Q_PROPERTY(mosaic::ReflectionEmotions *emotions READ emotions CONSTANT)
    Q_PROPERTY(mosaic::ReflectionReframes *reframes READ reframes CONSTANT)

    // What there is to choose from.
    /// [{key, label}]: the incident kinds a reflection may have (not "exposure").
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    /// [{label, emotions: [{name, label}]}]
    Q_PROPERTY(QVariantList emotionFamilies READ emotionFamilies CONSTANT)
    /// [{key, name, explanation, example, custom}]: the twelve of the catalogue, then the person's own.
    Q_PROPERTY(QVariantList distortionChoices READ distortionChoices NOTIFY distortionChoicesChanged)
    /// [{key, label, hint}]
    Q_PROPERTY(QVariantList factorChoices READ factorChoices CONSTANT)
    /// [{key, label, hint}], in the order of ReflectionReframes' kindIndex.
    Q_PROPERTY(QVariantList reframeKinds READ reframeKinds CONSTANT)
    /// [{id, name}] of the living circles (the first entry, with an empty id, stands for none) and people.
    Q_PROPERTY(QVariantList circles READ circles NOTIFY circlesChanged)
    Q_PROPERTY(QVariantList people READ people NOTIFY circlesChanged)
    /// The names of the living strengths, and the mission statement, shown at the belief step.
    Q_PROPERTY(QStringList strengths READ strengths NOTIFY worthChanged)
    Q_PROPERTY(QString mission READ mission NOTIFY worthChanged)
    Q_PROPERTY(QStringList values READ values NOTIFY worthChanged)
    /// The values as one line, e.g. "Curiosity, Kindness".
    Q_PROPERTY(QString valuesText READ valuesText NOTIFY worthChanged)

public:
    explicit ReflectionModel(QObject *parent = nullptr);
    ~ReflectionModel() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);

    QString incidentId() const { return m_started ? m_incident.stamps.id : QString(); }
    bool started() const { return m_started; }
    bool exposure() const { return m_incident.kind == IncidentKind::Exposure; }
    bool editing() const { return m_started && !m_isDraft; }
    bool finished() const { return m_finished; }
    QVariantList steps() const;
    int planStepCount() const;
    int step() const { return m_step; }
    void setStep(int step);
    QString stepKey() const;
    bool lastStep() const { return m_step == stepKeys().size() - 1; }

    QString title() const { return m_incident.title; }
    QString defaultTitle() const;
    QString ownTitle() const { return m_incident.title == defaultTitle() ? QString() : m_incident.title; }
    QString kind() const { return enumName(m_incident.kind); }
    QString occurredAtText() const;
    QString occurredDate() const { return occurredAtText().left(10); }
    QString occurredTime() const { return occurredAtText().mid(11); }
    QString circleId() const { return m_incident.circleId.value_or(QString()); }
    QStringList personIds() const { return m_incident.personIds; }
    QString thought() const { return m_incident.thought; }
    int beliefBefore() const { return m_incident.beliefBefore.value_or(-1); }
    int beliefAfter() const { return m_incident.beliefAfter.value_or(-1); }
    QStringList distortions() const;
    QStringList factors() const;
    QStringList feedbackFrom() const { return m_incident.feedbackFrom; }
    QString nextStepText() const { return m_incident.nextStep ? m_incident.nextStep->text : QString(); }
    QString nextStepDue() const;
    int predictedAnxiety() const;
    int actualAnxiety() const;
    bool waitingForOutcome() const;
    QStringList emotionNames() const;
    QString tagsText() const;

    ReflectionEmotions *emotions() const { return m_emotions; }
    ReflectionReframes *reframes() const { return m_reframes; }

    QVariantList kinds() const;
    QVariantList emotionFamilies() const;
    QVariantList distortionChoices() const { return m_distortionChoices; }
    QVariantList factorChoices() const;
    QVariantList reframeKinds() const;
    QVariantList circles() const { return m_circles; }
    QVariantList people() const { return m_people; }
    QStringList strengths() const { return m_strengths; }
    QString mission() const { return m_mission; }
    QStringList values() const { return m_values; }
    QString valuesText() const { return QLocale().createSeparatedList(m_values); }

    /// What the page was opened with: {incidentId} continues that reflection at its draft step (a finished one opens
    /// at the start, an exposure still waiting for its outcome at the part for afterwards); {kind: "exposure"} plans
    /// a new exposure; {new: true} starts a new reflection; {} keeps the one in progress, or starts a new one.
    Q_INVOKABLE void activate(const QVariantMap &args);
    Q_INVOKABLE void startNew(bool exposure);
    /// Opens a living incident; false (and a message) when it is not in the journal.
    Q_INVOKABLE bool open(const QString &incidentId);

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    /// Done: the reflection is no longer a draft. For an exposure, "Save the plan" ends the first part the same way.
    Q_INVOKABLE void finish();

    /// Creates the record now (Begin), when it has none yet.
    Q_INVOKABLE bool begin();
    /// The first words typed into a long text (a JournalText field) before the record exists: creates the record
    /// with that text in it, so the editor, now bound to the record, loads what was typed.
    Q_INVOKABLE bool beginWithText(int field, const QString &text);

    Q_INVOKABLE bool setTitle(const QString &title);
    Q_INVOKABLE bool setKind(const QString &kind);
    /// Local "yyyy-MM-dd HH:mm" or "yyyy-MM-dd"; false for anything else.
    Q_INVOKABLE bool setOccurredAt(const QString &text);
    /// A local time of day "HH:mm" on the moment's own day; false for anything else.
    Q_INVOKABLE bool setOccurredTime(const QString &clockTime);
    /// Empty for none.
    Q_INVOKABLE bool setCircle(const QString &circleId);
    Q_INVOKABLE bool setPersonChosen(const QString &personId, bool chosen);

    /// A feeling from the catalogue (by its name) or one typed; false when it is already there or empty.
    Q_INVOKABLE bool addEmotion(const QString &name);
    Q_INVOKABLE bool removeEmotion(const QString &name);
    Q_INVOKABLE bool setEmotionBefore(const QString &name, int value);
    Q_INVOKABLE bool setEmotionAfter(const QString &name, int value);
    Q_INVOKABLE bool setBeliefBefore(int value);
    Q_INVOKABLE bool setBeliefAfter(int value);

    /// `key`: a key of distortionChoices.
    Q_INVOKABLE bool setDistortionChosen(const QString &key, bool chosen);
    /// Adds a distortion of the person's own and chooses it for this reflection. Returns an empty string, or why
    /// the name cannot be used.
    Q_INVOKABLE QString addCustomDistortion(const QString &name, const QString &explanation);
    Q_INVOKABLE bool setFactorChosen(const QString &key, bool chosen);
    Q_INVOKABLE bool setFeedbackChosen(const QString &personId, bool chosen);
    Q_INVOKABLE bool setNextStepText(const QString &text);
    /// "yyyy-MM-dd" or empty; false for anything else.
    Q_INVOKABLE bool setNextStepDue(const QString &text);
    Q_INVOKABLE bool setPredictedAnxiety(int value);
    Q_INVOKABLE bool setActualAnxiety(int value);
    Q_INVOKABLE bool setTags(const QString &text);

    /// A new reframe with its first words; returns its id (empty on failure or blank text: a reframe has text).
    Q_INVOKABLE QString addReframe(const QString &kind, const QString &text, int believability);
    Q_INVOKABLE bool removeReframe(const QString &reframeId);
    Q_INVOKABLE bool setReframeKind(const QString &reframeId, const QString &kind);
    Q_INVOKABLE bool setReframeBelievability(const QString &reframeId, int value);

    /// A short line for the closing view: the feelings and the belief, before → after.
    Q_INVOKABLE QVariantList changes() const;

Q_SIGNALS:
    void sessionChanged();
    void incidentChanged();
    /// Another reflection is about to be shown: what is being typed should reach the one shown now.
    void aboutToReplace();
    /// Another reflection is shown (a new one, or one opened): its steps start afresh.
    void reflectionReplaced();
    void finishedChanged();
    void stepChanged();
    void titleChanged();
    void kindChanged();
    void occurredAtChanged();
    void circleChanged();
    void peopleChanged();
    void thoughtChanged();
    void beliefChanged();
    void distortionsChanged();
    void factorsChanged();
    void feedbackChanged();
    void nextStepChanged();
    void exposureChanged();
    void tagsChanged();
    void emotionNamesChanged();
    void distortionChoicesChanged();
    void circlesChanged();
    void worthChanged();

private:
    QStringList stepKeys() const;
    /// Reads the journal's state into the model: the incident and its reframes, the choices.
    void reload(int areas);
    void reloadIncident();
    void reloadChoices(int areas);
    /// Shows `incident`, emitting only what changed.
    void show(const Incident &incident);
    void resetTo(const Incident &incident, bool started, bool isDraft, int step);

    /// One user action on the reflection, in one write transaction: creates the record first when it has none yet
    /// (with its draft: startReflection), then runs `action` on it, which answers whether it wrote. Shows the result.
    bool writeReflection(const std::function<Result<bool>(const QString &incidentId, const QDateTime &now)> &action);
    /// writeReflection() of changeReflection(): `change` is applied to the stored record (false: nothing to change).
    bool changeIncident(const ReflectionChange &change);
    /// One user action on a reframe: `change` runs in a write transaction and answers whether it wrote.
    bool changeReframe(const std::function<Result<bool>(IncidentStore &store, const QDateTime &now)> &change);
    bool saveDraftStep();

    QPointer<JournalSession> m_session;
    Incident m_incident; ///< The record shown; a template with defaults until started.
    bool m_started = false;
    bool m_isDraft = true;
    bool m_finished = false;
    int m_step = 0;
    bool m_writing = false;
    ReflectionEmotions *m_emotions;
    ReflectionReframes *m_reframes;
    QVariantList m_distortionChoices;
    QVariantList m_circles;
    QVariantList m_people;
    QStringList m_strengths;
    QString m_mission;
    QStringList m_values;
};

} // namespace mosaic
