// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayModel.h"

#include "habits/CheckInRecording.h"
#include "habits/HabitActions.h"
#include "habits/StreakCalculator.h"
#include "incidents/NextStepActions.h"
#include "incidents/ReflectionDraftStore.h"
#include "journal/JournalSession.h"
#include "today/TodayAgenda.h"
#include "today/TodayQueries.h"

#include <QHash>
#include <QLocale>

#include <utility>

#include <cmath>

namespace mosaic {

namespace {

/// "today", "yesterday", "3 days ago", or the date for anything older than a week.
/// "d MMMM" within this year, "d MMMM yyyy" otherwise; translatable, since languages order and punctuate dates differently.
QString dayMonthFormat(QDate date, QDate today)
{
    if (date.year() == today.year()) {
        //: QDate format of a day in this year (d day, MMMM month name); order and punctuate it for your language, e.g. "d. MMMM".
        return TodayModel::tr("d MMMM", "date format");
    }
    //: QDate format of a day in another year (d day, MMMM month name, yyyy year), e.g. "d. MMMM yyyy".
    return TodayModel::tr("d MMMM yyyy", "date format");
}

QString relativeDay(QDate date, QDate today)
{
    const qint64 days = date.daysTo(today);
    if (days <= 0)
        return TodayModel::tr("today");
    if (days == 1)
        return TodayModel::tr("yesterday");
    if (days < 7) {
        //: When something was written; %n is 2 to 6.
        return TodayModel::tr("%n day(s) ago", nullptr, int(days));
    }
    return QLocale().toString(date, dayMonthFormat(date, today));
}

/// A due date said gently: when it was meant for, never "late".
QString dueText(const Today::OpenStep &step, QDate today)
{
    if (!step.daysUntilDue)
        return {};
    const qint64 days = *step.daysUntilDue;
    const QDate due = today.addDays(days);
    if (days == 0)
        return TodayModel::tr("Planned for today");
    if (days == 1)
        return TodayModel::tr("Planned for tomorrow");
    if (days > 1 && days < 7)
        return TodayModel::tr("Planned for %1").arg(QLocale().dayName(due.dayOfWeek()));
    const QString when = QLocale().toString(due, dayMonthFormat(due, today));
    return days < 0 ? TodayModel::tr("Was planned for %1").arg(when) : TodayModel::tr("Planned for %1").arg(when);
}

QString yearsAgoText(int years)
{
    if (years == 1)
        return TodayModel::tr("A year ago");
    //: A memory from this day in an earlier year; %n is 2 or more.
    return TodayModel::tr("%n year(s) ago", nullptr, years);
}

QString memoryKindName(Today::MemoryKind kind)
{
    switch (kind) {
    case Today::MemoryKind::Incident:
        return QStringLiteral("incident");
    case Today::MemoryKind::Win:
        return QStringLiteral("win");
    case Today::MemoryKind::CheckInNote:
        return QStringLiteral("note");
    }
    return {};
}

/// The one-line name of a reflection: its title, else its first words.
QString reflectionLabel(const QString &title, const QString &situation)
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    const QString words = Today::firstWords(situation, 8);
    return words.isEmpty() ? TodayModel::tr("A reflection without a title yet") : words;
}

} // namespace

TodayModel::TodayModel(QObject *parent)
    : QObject(parent)
    , m_rituals(new TodayRitualsModel(this))
{
    // The greeting follows the time of day; the date itself follows session.todayChanged.
    m_clock.setInterval(5 * 60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &TodayModel::updateClock);
}

void TodayModel::setSession(JournalSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        m_session->follow(this, JournalSession::Everything, [this](int areas) { reloadAreas(areas); });
        connect(m_session, &JournalSession::todayChanged, this, &TodayModel::reload);
        connect(m_session, &JournalSession::openChanged, this, &TodayModel::reload);
        m_clock.start();
    } else {
        m_clock.stop();
    }
    Q_EMIT sessionChanged();
    reload();
}

bool TodayModel::usable() const
{
    return m_session && m_session->isOpen();
}

void TodayModel::reload()
{
    updateClock();
    reloadAreas(JournalSession::Everything);
}

void TodayModel::updateClock()
{
    QString greeting;
    QString dateText;
    if (m_session) {
        m_today = m_session->today();
        switch (Today::dayPartAt(m_session->now().toLocalTime().time())) {
        case Today::DayPart::Morning:
            greeting = tr("Good morning");
            break;
        case Today::DayPart::Afternoon:
            greeting = tr("Good afternoon");
            break;
        case Today::DayPart::Evening:
            greeting = tr("Good evening");
            break;
        case Today::DayPart::Night:
            greeting = tr("Hello, night owl");
            break;
        }
        dateText = QLocale().toString(m_today, QLocale::LongFormat);
    }
    if (greeting != m_greeting) {
        m_greeting = greeting;
        Q_EMIT greetingChanged();
    }
    if (dateText != m_dateText) {
        m_dateText = dateText;
        Q_EMIT dateChanged();
    }
}

void TodayModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_staleAreas) {
        const int stale = std::exchange(m_staleAreas, 0);
        reloadAreas(stale);
    }
}

void TodayModel::reloadAreas(int areas)
{
    if (!m_active) {
        m_staleAreas |= areas;
        return;
    }
    if (m_session)
        m_today = m_session->today();
    if (areas & JournalSession::Habits)
        loadRituals();
    if (areas & JournalSession::Incidents) {
        // Steps first: a draft waiting for its follow-up is offered as the follow-up only.
        loadSteps();
        loadDrafts();
    }
    if (areas & JournalSession::Strengths)
        loadWorthNote();
    if (areas & (JournalSession::Habits | JournalSession::Incidents | JournalSession::Strengths)) {
        loadMemories();
        loadEmptiness();
    }
}

void TodayModel::loadRituals()
{
    QList<TodayRitualsModel::Row> rows;
    int habitCount = 0;
    if (usable()) {
        HabitStore &store = m_session->habits();
        Result<QList<Habit>> habits = store.allHabits(IncludeDeleted::No);
        if (!habits) {
            m_session->reportFailure(habits.failure());
        } else {
            TodayQueries queries(m_session->connection());
            for (const Habit &habit : *habits) {
                if (habit.archived)
                    continue;
                ++habitCount;
                Result<QList<CheckIn>> week = queries.checkInsBetween(habit.stamps.id, Today::weekStart(m_today), m_today);
                if (!week) {
                    m_session->reportFailure(week.failure());
                    break;
                }
                std::optional<Today::DueRitual> ritual = Today::dueToday(habit, *week, m_today);
                if (!ritual)
                    continue;
                // Streaks read numbers only, from the covering index, however long the habit's history.
                Result<QList<CheckIn>> scoring = store.scoringCheckIns(habit.stamps.id);
                if (!scoring) {
                    m_session->reportFailure(scoring.failure());
                    break;
                }
                rows.append({std::move(*ritual), calculateStreaks(habit, *scoring, m_today)});
            }
        }
    }
    m_rituals->setRows(std::move(rows));
    if (habitCount != m_habitCount) {
        m_habitCount = habitCount;
        Q_EMIT habitCountChanged();
    }
}

void TodayModel::loadDrafts()
{
    QVariantList drafts;
    if (usable()) {
        ReflectionDraftStore store(m_session->connection());
        Result<QList<ReflectionDraft>> open = store.openDrafts();
        if (!open) {
            m_session->reportFailure(open.failure());
        } else {
            TodayQueries queries(m_session->connection());
            QStringList ids;
            QHash<QString, QDateTime> touchedAt;
            for (const ReflectionDraft &draft : *open) {
                ids.append(draft.incidentId);
                touchedAt.insert(draft.incidentId, draft.updatedAt);
            }
            for (const QString &incidentId : Today::draftsToOffer(ids, m_followUpIncidents)) {
                if (drafts.size() >= kShownDrafts)
                    break;
                Result<std::optional<IncidentHeadline>> headline = queries.headline(incidentId);
                if (!headline) {
                    m_session->reportFailure(headline.failure());
                    break;
                }
                if (!*headline)
                    continue;
                const QDateTime updatedAt = touchedAt.value(incidentId);
                const QDate touched = updatedAt.isValid() ? updatedAt.toLocalTime().date() : m_today;
                drafts.append(QVariantMap{
                    {QStringLiteral("incidentId"), incidentId},
                    {QStringLiteral("label"), reflectionLabel((*headline)->title, (*headline)->situationStart)},
                    {QStringLiteral("whenText"), tr("Last written %1").arg(relativeDay(touched, m_today))},
                });
            }
        }
    }
    m_drafts = drafts;
    Q_EMIT draftsChanged();
}

void TodayModel::loadSteps()
{
    QVariantList shown;
    QVariantList followUps;
    QList<Incident> followUpIncidents;
    int total = 0;
    if (usable()) {
        TodayQueries queries(m_session->connection());
        Result<TodayQueries::OpenSteps> candidates = queries.openSteps(m_today, kShownSteps);
        Result<QList<Incident>> exposures = queries.exposureCandidates(m_session->now());
        if (!candidates) {
            m_session->reportFailure(candidates.failure());
        } else if (!exposures) {
            m_session->reportFailure(exposures.failure());
        } else {
            const QList<Today::OpenStep> steps = Today::openNextSteps(candidates->first, m_today);
            total = candidates->total;
            for (qsizetype i = 0; i < steps.size() && i < kShownSteps; ++i) {
                const Today::OpenStep &step = steps[i];
                shown.append(QVariantMap{
                    {QStringLiteral("incidentId"), step.incidentId},
                    {QStringLiteral("text"), step.step.text},
                    {QStringLiteral("reflectionTitle"), reflectionLabel(step.incidentTitle, QString())},
                    {QStringLiteral("dueText"), dueText(step, m_today)},
                    {QStringLiteral("overdue"), step.overdue()},
                });
            }
            followUpIncidents = Today::exposureFollowUps(*exposures, m_session->now());
            for (const Incident &incident : std::as_const(followUpIncidents)) {
                if (followUps.size() >= kShownSteps)
                    break;
                followUps.append(QVariantMap{
                    {QStringLiteral("incidentId"), incident.stamps.id},
                    {QStringLiteral("title"), reflectionLabel(incident.title, QString())},
                    {QStringLiteral("whenText"), relativeDay(incident.occurredAt.toLocalTime().date(), m_today)},
                });
            }
        }
    }
    m_nextSteps = shown;
    m_nextStepCount = total;
    m_followUps = followUps;
    m_followUpIncidents = followUpIncidents;
    Q_EMIT stepsChanged();
}

void TodayModel::loadWorthNote()
{
    QVariantMap note;
    if (usable()) {
        StrengthStore &store = m_session->strengths();
        Result<std::optional<PersonalValues>> values = store.personalValues();
        Result<QList<Strength>> strengths = store.allStrengths(IncludeDeleted::No);
        if (!values) {
            m_session->reportFailure(values.failure());
        } else if (!strengths) {
            m_session->reportFailure(strengths.failure());
        } else {
            const QString mission = values->has_value() ? (*values)->mission : QString();
            if (const std::optional<Today::WorthNote> worth = Today::worthNoteFor(mission, *strengths, m_today)) {
                const bool isMission = worth->kind == Today::WorthNote::Kind::Mission;
                note = {
                    {QStringLiteral("kind"), isMission ? QStringLiteral("mission") : QStringLiteral("strength")},
                    {QStringLiteral("strengthId"), worth->strengthId},
                    {QStringLiteral("title"), worth->title},
                    {QStringLiteral("text"), worth->text},
                };
            }
        }
    }
    if (note != m_worth) {
        m_worth = note;
        Q_EMIT worthNoteChanged();
    }
}

void TodayModel::loadMemories()
{
    QVariantList shown;
    int total = 0;
    if (usable()) {
        TodayQueries queries(m_session->connection());
        Result<QList<Today::Memory>> candidates = queries.memoryCandidates(m_today);
        if (!candidates) {
            m_session->reportFailure(candidates.failure());
        } else {
            const QList<Today::Memory> memories = Today::onThisDay(*candidates, m_today);
            total = int(memories.size());
            for (qsizetype i = 0; i < memories.size() && i < kShownMemories; ++i) {
                const Today::Memory &memory = memories[i];
                shown.append(QVariantMap{
                    {QStringLiteral("kind"), memoryKindName(memory.kind)},
                    {QStringLiteral("id"), memory.id},
                    {QStringLiteral("title"), memory.title},
                    {QStringLiteral("text"), Today::firstWords(memory.text, 40)},
                    {QStringLiteral("yearsAgoText"), yearsAgoText(memory.yearsAgo)},
                });
            }
        }
    }
    if (shown != m_memories || total != m_memoryCount) {
        m_memories = shown;
        m_memoryCount = total;
        Q_EMIT memoriesChanged();
    }
}

void TodayModel::loadEmptiness()
{
    bool empty = false;
    if (usable()) {
        TodayQueries queries(m_session->connection());
        Result<bool> isEmpty = queries.journalIsEmpty();
        if (!isEmpty)
            m_session->reportFailure(isEmpty.failure());
        else
            empty = *isEmpty;
    }
    if (empty != m_journalEmpty) {
        m_journalEmpty = empty;
        Q_EMIT journalEmptyChanged();
    }
}

bool TodayModel::checkIn(const QString &habitId, double value)
{
    return saveCheckIn(habitId, value, false);
}

bool TodayModel::setCheckInValue(const QString &habitId, double value)
{
    return saveCheckIn(habitId, value, true);
}

bool TodayModel::saveCheckIn(const QString &habitId, double value, bool mustExist)
{
    if (!usable())
        return false;
    const QDate today = m_session->today();
    return m_session->write(JournalSession::Habits, [&]() -> Status {
        // Changing the number of a count ritual is for a day already checked off.
        if (mustExist)
            return changeCheckInValue(m_session->habits(), habitId, today, value, m_session->now());
        return recordCheckIn(m_session->habits(), habitId, today, CheckInStatus::Done, value, m_session->now());
    });
}

bool TodayModel::undoCheckIn(const QString &habitId)
{
    if (!usable())
        return false;
    return m_session->write(JournalSession::Habits, [&] { return takeBackCheckIn(m_session->habits(), habitId, m_session->today(), m_session->now()); });
}

bool TodayModel::markStepDone(const QString &incidentId)
{
    if (!usable())
        return false;
    // A step already done writes nothing and still counts as done.
    return m_session->writeIfChanged(JournalSession::Incidents, [&] { return markNextStepDone(m_session->incidents(), incidentId, m_session->now()); }).ok();
}

} // namespace mosaic
