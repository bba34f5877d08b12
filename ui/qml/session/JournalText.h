// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/AutosaveController.h"
#include "journal/JournalTextField.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

#include <memory>

namespace mosaic {

class JournalSession;

/// One long text of the journal, loaded and autosaved as it is typed: the view-model behind a JournalEditor.
/// Wraps a JournalTextField (the write) and an AutosaveController (when to write): at most about a second behind
/// the typing, flushed when the text changes hands, when focus leaves, and when destroyed.
class JournalText : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY refChanged)
    Q_PROPERTY(Field field READ field WRITE setField NOTIFY refChanged)
    /// The incident's or reframe's id; the habit's id for a check-in note; empty for the mission.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY refChanged)
    /// The check-in's date ("YYYY-MM-DD"), for a check-in note.
    Q_PROPERTY(QString date READ dateText WRITE setDateText NOTIFY refChanged)
    /// The stored text, as loaded; edits go through edit().
    Q_PROPERTY(QString text READ text NOTIFY loaded)
    Q_PROPERTY(bool isLoaded READ isLoaded NOTIFY loaded)
    Q_PROPERTY(bool hasUnsavedChanges READ hasUnsavedChanges NOTIFY hasUnsavedChangesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Field
    {
        IncidentSituation = int(JournalTextRef::Kind::IncidentSituation),
        IncidentThought = int(JournalTextRef::Kind::IncidentThought),
        IncidentBelief = int(JournalTextRef::Kind::IncidentBelief),
        IncidentEvidenceFor = int(JournalTextRef::Kind::IncidentEvidenceFor),
        IncidentEvidenceAgainst = int(JournalTextRef::Kind::IncidentEvidenceAgainst),
        IncidentLearned = int(JournalTextRef::Kind::IncidentLearned),
        IncidentAdjustment = int(JournalTextRef::Kind::IncidentAdjustment),
        IncidentNotes = int(JournalTextRef::Kind::IncidentNotes),
        ReframeText = int(JournalTextRef::Kind::ReframeText),
        CheckInNote = int(JournalTextRef::Kind::CheckInNote),
        Mission = int(JournalTextRef::Kind::Mission),
        ExposurePlan = int(JournalTextRef::Kind::ExposurePlan),
        ExposureExitStrategy = int(JournalTextRef::Kind::ExposureExitStrategy),
        ExposurePrediction = int(JournalTextRef::Kind::ExposurePrediction),
        ExposureOutcome = int(JournalTextRef::Kind::ExposureOutcome),
        ExposureWhatHelped = int(JournalTextRef::Kind::ExposureWhatHelped),
    };
    Q_ENUM(Field)

    explicit JournalText(QObject *parent = nullptr);
    ~JournalText() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    Field field() const { return m_field; }
    void setField(Field field);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);
    QDate date() const { return m_date; }
    void setDate(QDate date);
    QString dateText() const { return m_date.toString(Qt::ISODate); }
    void setDateText(const QString &date) { setDate(QDate::fromString(date, Qt::ISODate)); }

    QString text() const { return m_text; }
    bool isLoaded() const { return m_autosave != nullptr; }
    bool hasUnsavedChanges() const { return m_autosave && m_autosave->hasUnsavedChanges(); }
    QString errorMessage() const;

    /// The text as typed; saved within about a second.
    Q_INVOKABLE void edit(const QString &text);
    /// Saves now; returns false (and shows the message) when the save failed.
    Q_INVOKABLE bool flush();
    /// Loads the stored text again (after another part of the window changed it).
    Q_INVOKABLE void reload();

    void classBegin() override { }
    void componentComplete() override;

Q_SIGNALS:
    void refChanged();
    void loaded();
    void hasUnsavedChangesChanged();
    void errorMessageChanged();
    /// A version of the text reached the journal.
    void saved();

private:
    void attach();
    void detach();
    int changedArea() const;

    QPointer<JournalSession> m_session;
    Field m_field = IncidentSituation;
    QString m_recordId;
    QDate m_date;
    QString m_text;
    QString m_loadError;
    bool m_complete = false;
    QtAutosaveScheduler m_scheduler;
    std::unique_ptr<JournalTextField> m_store;
    std::unique_ptr<AutosaveController> m_autosave;
};

} // namespace mosaic
