// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalEntry.h"

#include "common/TimeFormat.h"
#include "incidents/DistortionCatalogue.h"
#include "incidents/EmotionCatalogue.h"
#include "journal/JournalEntryActions.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"

#include <QLocale>
#include <QVariantList>

namespace mosaic {

namespace {

// A tag of this form records a distortion the person named themselves (see the schema's version 3).
const QString kCustomDistortionPrefix = QStringLiteral("distortion:");

int orMinusOne(const std::optional<int> &value)
{
    return value.value_or(-1);
}

} // namespace

JournalEntry::JournalEntry(QObject *parent)
    : QObject(parent)
{ }

JournalEntry::~JournalEntry() = default;

void JournalEntry::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_undo.reset();
    if (m_session) {
        m_session->follow(
            this, JournalSession::Incidents | JournalSession::Strengths | JournalSession::Habits | JournalSession::Circles,
            [this] {
                if (!m_type.isEmpty())
                    reload();
            },
            JournalSession::OnlyOnChanges);
        connect(m_session, &JournalSession::openChanged, this, [this] {
            forgetUndo();
            reload();
        });
    }
    Q_EMIT sessionChanged();
    Q_EMIT undoChanged();
    reload();
}

void JournalEntry::open(const QString &type, const QString &id)
{
    if (type != m_type || id != m_id) {
        m_type = type;
        m_id = id;
        Q_EMIT entryChanged();
    }
    reload();
}

void JournalEntry::reload()
{
    QVariantMap details;
    if (m_session && m_session->isOpen() && !m_id.isEmpty()) {
        if (m_type == u"incident")
            details = loadIncident();
        else if (m_type == u"win")
            details = loadWin();
        else if (m_type == u"checkIn")
            details = loadCheckIn();
    }
    m_details = details;
    Q_EMIT detailsChanged();
}

QVariantMap JournalEntry::loadIncident()
{
    const auto found = m_session->incidents().findIncident(m_id);
    if (!found) {
        m_session->reportFailure(found.failure());
        return {};
    }
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return {};
    const Incident &incident = **found;
    const QDateTime local = incident.occurredAt.toLocalTime();

    QVariantMap details;
    details.insert(QStringLiteral("title"), incident.title.isEmpty() ? tr("A reflection") : incident.title);
    details.insert(QStringLiteral("kind"), enumName(incident.kind));
    details.insert(QStringLiteral("kindLabel"), journal::incidentKindLabel(incident.kind));
    details.insert(QStringLiteral("date"), TimeFormat::formatDate(local.date()));
    details.insert(QStringLiteral("dateText"), tr("%1 at %2").arg(journal::longDate(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat)));

    QVariantList sections;
    const auto section = [&](const QString &heading, const QString &text) {
        if (!text.trimmed().isEmpty())
            sections.append(QVariantMap{{QStringLiteral("heading"), heading}, {QStringLiteral("text"), text}});
    };
    section(tr("What happened"), incident.situation);
    if (incident.exposure) {
        const ExposurePlan &plan = *incident.exposure;
        section(tr("The plan"), plan.plan);
        section(tr("If it gets too much"), plan.exitStrategy);
        section(tr("What I expected"), plan.prediction);
        section(tr("How it went"), plan.outcome);
        section(tr("What helped"), plan.whatHelped);
    }
    section(tr("The thought"), incident.thought);
    section(tr("The belief underneath"), incident.belief);
    section(tr("What supports it"), incident.evidenceFor);
    section(tr("What speaks against it"), incident.evidenceAgainst);
    section(tr("What I learned"), incident.learned);
    section(tr("One adjustment"), incident.adjustment);
    section(tr("Notes"), incident.notes);
    details.insert(QStringLiteral("sections"), sections);

    QVariantList emotions;
    for (const EmotionRating &rating : incident.emotions) {
        emotions.append(QVariantMap{{QStringLiteral("label"), emotionLabel(rating.name)},
                                    {QStringLiteral("before"), rating.before},
                                    {QStringLiteral("after"), orMinusOne(rating.after)}});
    }
    details.insert(QStringLiteral("emotions"), emotions);
    details.insert(QStringLiteral("beliefBefore"), orMinusOne(incident.beliefBefore));
    details.insert(QStringLiteral("beliefAfter"), orMinusOne(incident.beliefAfter));

    QStringList distortions;
    for (const Distortion distortion : incident.distortions)
        distortions.append(distortionInfo(distortion).name);
    QStringList tags;
    for (const QString &tag : incident.tags) {
        if (tag.startsWith(kCustomDistortionPrefix))
            distortions.append(tag.mid(kCustomDistortionPrefix.size()));
        else
            tags.append(tag);
    }
    details.insert(QStringLiteral("distortions"), distortions);
    details.insert(QStringLiteral("tags"), tags);

    const auto reframes = m_session->incidents().reframesFor(m_id, IncludeDeleted::No);
    QVariantList reframeList;
    if (reframes) {
        for (const Reframe &reframe : *reframes) {
            reframeList.append(QVariantMap{{QStringLiteral("text"), reframe.text},
                                           {QStringLiteral("kindLabel"), journal::reframeKindLabel(reframe.kind)},
                                           {QStringLiteral("believability"), orMinusOne(reframe.believability)}});
        }
    } else {
        m_session->reportFailure(reframes.failure());
    }
    details.insert(QStringLiteral("reframes"), reframeList);

    if (incident.circleId) {
        if (const auto circle = m_session->circles().findCircle(*incident.circleId); circle && circle->has_value() && !(*circle)->stamps.isDeleted())
            details.insert(QStringLiteral("circleName"), (*circle)->name);
    }
    QStringList people;
    for (const QString &personId : incident.personIds) {
        if (const auto person = m_session->circles().findPerson(personId); person && person->has_value() && !(*person)->stamps.isDeleted())
            people.append((*person)->name);
    }
    details.insert(QStringLiteral("people"), QLocale().createSeparatedList(people));
    if (incident.nextStep && !incident.nextStep->text.isEmpty())
        details.insert(QStringLiteral("nextStep"), incident.nextStep->text);
    return details;
}

QVariantMap JournalEntry::loadWin()
{
    const auto found = m_session->strengths().findWin(m_id);
    if (!found) {
        m_session->reportFailure(found.failure());
        return {};
    }
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return {};
    const Win &win = **found;
    QVariantMap details;
    // A win is a sentence or two: it is its own title.
    details.insert(QStringLiteral("title"), win.text);
    details.insert(QStringLiteral("kind"), enumName(win.kind));
    details.insert(QStringLiteral("kindLabel"), journal::winKindLabel(win.kind));
    details.insert(QStringLiteral("date"), TimeFormat::formatDate(win.date));
    details.insert(QStringLiteral("dateText"), journal::longDate(win.date));
    details.insert(QStringLiteral("text"), win.text);
    QStringList strengths;
    for (const QString &strengthId : win.strengthIds) {
        if (const auto strength = m_session->strengths().findStrength(strengthId); strength && strength->has_value() && !(*strength)->stamps.isDeleted())
            strengths.append((*strength)->name);
    }
    details.insert(QStringLiteral("strengths"), strengths);
    return details;
}

QVariantMap JournalEntry::loadCheckIn()
{
    const qsizetype slash = m_id.lastIndexOf(u'/');
    const QString habitId = m_id.left(slash);
    const auto date = TimeFormat::parseDate(QStringView(m_id).sliced(slash + 1));
    if (slash < 0 || !date)
        return {};
    const auto habit = m_session->habits().findHabit(habitId);
    const auto checkIn = m_session->habits().findCheckIn(habitId, *date);
    if (!habit || !checkIn) {
        m_session->reportFailure(!habit ? habit.failure() : checkIn.failure());
        return {};
    }
    if (!habit->has_value() || (*habit)->stamps.isDeleted() || !checkIn->has_value() || (*checkIn)->isDeleted())
        return {};
    QVariantMap details;
    details.insert(QStringLiteral("title"), (*habit)->name);
    details.insert(QStringLiteral("kindLabel"), tr("Ritual note"));
    details.insert(QStringLiteral("date"), TimeFormat::formatDate(*date));
    details.insert(QStringLiteral("dateText"), journal::longDate(*date));
    details.insert(QStringLiteral("text"), (*checkIn)->note);
    details.insert(QStringLiteral("habitId"), habitId);
    details.insert(QStringLiteral("habitName"), (*habit)->name);
    return details;
}

QString JournalEntry::undoMessage() const
{
    if (!m_undo)
        return {};
    if (std::holds_alternative<IncidentDeletion>(*m_undo))
        return tr("The reflection was deleted.");
    return tr("The win was deleted.");
}

bool JournalEntry::deleteEntry()
{
    if (!m_session || !m_session->isOpen() || !exists())
        return false;
    int area = 0;
    if (m_type == u"incident")
        area = JournalSession::Incidents;
    else if (m_type == u"win")
        area = JournalSession::Strengths;
    else
        return false;
    std::optional<JournalEntryDeletion> undo;
    const bool deleted = m_session->write(area, [&]() -> Status {
        Result<JournalEntryDeletion> result = area == JournalSession::Incidents
            ? deleteReflectionEntry(m_session->database(), m_session->incidents(), m_id, m_session->now())
            : deleteWinEntry(m_session->strengths(), m_id, m_session->now());
        if (!result)
            return result.failure();
        undo = *result;
        return success();
    });
    if (!deleted)
        return false;
    m_undo = std::move(undo);
    m_restoredId.clear();
    Q_EMIT undoChanged();
    return true;
}

bool JournalEntry::undoDelete()
{
    if (!m_session || !m_session->isOpen() || !canUndo())
        return false;
    const int area = std::holds_alternative<IncidentDeletion>(*m_undo) ? JournalSession::Incidents : JournalSession::Strengths;
    QString restoredId;
    const bool restored = m_session->write(area, [&]() -> Status {
        Result<QString> result = undoJournalEntryDeletion(m_session->database(), *m_undo, m_session->now());
        if (!result)
            return result.failure();
        restoredId = *result;
        return success();
    });
    if (!restored)
        return false;
    m_undo.reset();
    m_restoredId = restoredId;
    Q_EMIT undoChanged();
    return true;
}

void JournalEntry::forgetUndo()
{
    if (!canUndo())
        return;
    m_undo.reset();
    Q_EMIT undoChanged();
}

bool JournalEntry::saveWin(const QString &text, const QString &date)
{
    if (!m_session || !m_session->isOpen() || m_type != u"win")
        return false;
    const auto saved =
        m_session->writeIfChanged(JournalSession::Strengths, [&] { return changeWinEntry(m_session->strengths(), m_id, text, date, m_session->now()); });
    return saved.ok();
}

} // namespace mosaic
