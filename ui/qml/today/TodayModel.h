// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"
#include "journal/JournalSession.h"
#include "today/TodayRitualsModel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace mosaic {

/// The view-model of the Today page: the greeting and the date, the rituals due (with their check-off), the unfinished
/// reflections, the open next steps and exposure follow-ups, a strength or the mission to remember, and On This Day.
/// Reads through TodayQueries and the session's stores; the rules are core's (Today::…). Reloads the parts an area
/// change touches, and everything when the day changes.
class TodayModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// "Good morning" … by the local time of session.now().
    Q_PROPERTY(QString greeting READ greeting NOTIFY greetingChanged)
    /// Today written out in the locale (Qt.locale(), QLocale's default), e.g. "Friday, 20 November 2026".
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateChanged)
    Q_PROPERTY(mosaic::TodayRitualsModel *rituals READ rituals CONSTANT)
    /// The live, unarchived habits, due today or not: tells "no rituals yet" from "none due today".
    Q_PROPERTY(int habitCount READ habitCount NOTIFY habitCountChanged)
    /// Unfinished reflections: [{incidentId, label, whenText}], the most recently touched first.
    Q_PROPERTY(QVariantList drafts READ drafts NOTIFY draftsChanged)
    /// The first few open next steps: [{incidentId, text, reflectionTitle, dueText, overdue}].
    Q_PROPERTY(QVariantList nextSteps READ nextSteps NOTIFY stepsChanged)
    /// All open next steps, shown or not.
    Q_PROPERTY(int nextStepCount READ nextStepCount NOTIFY stepsChanged)
    /// Exposures waiting to hear how they went: [{incidentId, title, whenText}].
    Q_PROPERTY(QVariantList followUps READ followUps NOTIFY stepsChanged)
    /// What to remember today: "mission", "strength", or empty when there is neither.
    Q_PROPERTY(QString worthKind READ worthKind NOTIFY worthNoteChanged)
    /// The strength's name; empty for the mission.
    Q_PROPERTY(QString worthTitle READ worthTitle NOTIFY worthNoteChanged)
    /// The mission, or the strength's description.
    Q_PROPERTY(QString worthText READ worthText NOTIFY worthNoteChanged)
    Q_PROPERTY(QString worthStrengthId READ worthStrengthId NOTIFY worthNoteChanged)
    /// The first few memories of this day: [{kind: "incident"|"win"|"note", id, title, text, yearsAgoText}].
    Q_PROPERTY(QVariantList memories READ memories NOTIFY memoriesChanged)
    Q_PROPERTY(int memoryCount READ memoryCount NOTIFY memoriesChanged)
    /// Nothing written yet: the page invites to begin.
    Q_PROPERTY(bool journalEmpty READ journalEmpty NOTIFY journalEmptyChanged)
    /// While false (the page is not shown), changes are only noted and loaded when it is shown again: typing a
    /// reflection elsewhere saves every second, and Today's reads of a large journal would otherwise follow each save.
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    /// How many next steps and memories the page shows at most; the counts tell how many more there are.
    static constexpr int kShownSteps = 5;
    static constexpr int kShownMemories = 6;
    static constexpr int kShownDrafts = 3;

    explicit TodayModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);

    QString greeting() const { return m_greeting; }
    QString dateText() const { return m_dateText; }
    TodayRitualsModel *rituals() const { return m_rituals; }
    int habitCount() const { return m_habitCount; }
    QVariantList drafts() const { return m_drafts; }
    QVariantList nextSteps() const { return m_nextSteps; }
    int nextStepCount() const { return m_nextStepCount; }
    QVariantList followUps() const { return m_followUps; }
    QString worthKind() const { return m_worth.value(QStringLiteral("kind")).toString(); }
    QString worthTitle() const { return m_worth.value(QStringLiteral("title")).toString(); }
    QString worthText() const { return m_worth.value(QStringLiteral("text")).toString(); }
    QString worthStrengthId() const { return m_worth.value(QStringLiteral("strengthId")).toString(); }
    QVariantList memories() const { return m_memories; }
    int memoryCount() const { return m_memoryCount; }
    bool journalEmpty() const { return m_journalEmpty; }

    /// Checks the ritual off for today: a done check-in, with `value` for count habits (ignored otherwise). A note
    /// written before (and a check-in undone since) is kept. Returns false, and shows why, when it failed.
    Q_INVOKABLE bool checkIn(const QString &habitId, double value = 1);
    /// Takes today's check-in back (a tombstone).
    Q_INVOKABLE bool undoCheckIn(const QString &habitId);
    /// Changes the value of today's done check-in of a count habit.
    Q_INVOKABLE bool setCheckInValue(const QString &habitId, double value);
    /// Marks the next step of a reflection done.
    Q_INVOKABLE bool markStepDone(const QString &incidentId);
    /// Reads everything again.
    Q_INVOKABLE void reload();

    bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged();
    void sessionChanged();
    void greetingChanged();
    void dateChanged();
    void habitCountChanged();
    void draftsChanged();
    void stepsChanged();
    void worthNoteChanged();
    void memoriesChanged();
    void journalEmptyChanged();

private:
    void reloadAreas(int areas);
    void updateClock();
    void loadRituals();
    void loadDrafts();
    void loadSteps();
    void loadWorthNote();
    void loadMemories();
    void loadEmptiness();
    bool usable() const;
    bool saveCheckIn(const QString &habitId, double value, bool mustExist);

    QPointer<JournalSession> m_session;
    TodayRitualsModel *m_rituals;
    QTimer m_clock;
    QDate m_today;
    QString m_greeting;
    QString m_dateText;
    int m_habitCount = 0;
    QVariantList m_drafts;
    QVariantList m_nextSteps;
    int m_nextStepCount = 0;
    QVariantList m_followUps;
    QList<Incident> m_followUpIncidents;
    QVariantMap m_worth;
    QVariantList m_memories;
    int m_memoryCount = 0;
    bool m_journalEmpty = false;
    bool m_active = true;
    int m_staleAreas = 0;
};

} // namespace mosaic
