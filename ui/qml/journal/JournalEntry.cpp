// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalEntry.h"

#include "common/TimeFormat.h"
#include "incidents/DistortionCatalogue.h"
#include "incidents/EmotionCatalogue.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"
#include "storage/Database.h"

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
    m_undo = std::monostate();
    if (m_session) {
        connect(m_session, &JournalSession::journalChanged, this, [this](int areas) {
            if (!m_type.isEmpty() && (areas & (JournalSession::Incidents | JournalSession::Strengths | JournalSession::Habits | JournalSession::Circles)))
                reload();
        });
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
    if (std::holds_alternative<IncidentDeletion>(m_undo))
        return tr("The reflection was deleted.");
    if (std::holds_alternative<WinDeletion>(m_undo))
        return tr("The win was deleted.");
    return {};
}

bool JournalEntry::deleteEntry()
{
    if (!m_session || !m_session->isOpen() || !exists())
        return false;
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return false;
    }
    const QDateTime now = m_session->now();
    std::variant<std::monostate, IncidentDeletion, WinDeletion> undo;
    int area = 0;
    if (m_type == u"incident") {
        auto deleted = deleteIncident(m_session->database().connection(), m_session->incidents(), m_id, now);
        if (!deleted) {
            m_session->reportFailure(deleted.failure());
            return false;
        }
        undo = *deleted;
        area = JournalSession::Incidents;
    } else if (m_type == u"win") {
        auto deleted = deleteWin(m_session->strengths(), m_id, now);
        if (!deleted) {
            m_session->reportFailure(deleted.failure());
            return false;
        }
        undo = *deleted;
        area = JournalSession::Strengths;
    } else {
        return false;
    }
    if (Status committed = transaction->commit(); !committed) {
        m_session->reportFailure(committed.failure());
        return false;
    }
    m_undo = std::move(undo);
    m_restoredId.clear();
    Q_EMIT undoChanged();
    m_session->notifyChanged(area);
    return true;
}

bool JournalEntry::undoDelete()
{
    if (!m_session || !m_session->isOpen() || !canUndo())
        return false;
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return false;
    }
    const QSqlDatabase connection = m_session->database().connection();
    Status restored = success();
    QString restoredId;
    int area = 0;
    if (const auto *incident = std::get_if<IncidentDeletion>(&m_undo)) {
        restored = restoreIncident(connection, *incident, m_session->now());
        restoredId = incident->incidentId;
        area = JournalSession::Incidents;
    } else if (const auto *win = std::get_if<WinDeletion>(&m_undo)) {
        restored = restoreWin(connection, *win, m_session->now());
        restoredId = win->winId;
        area = JournalSession::Strengths;
    }
    if (restored)
        restored = transaction->commit();
    if (!restored) {
        m_session->reportFailure(restored.failure());
        return false;
    }
    m_undo = std::monostate();
    m_restoredId = restoredId;
    Q_EMIT undoChanged();
    m_session->notifyChanged(area);
    return true;
}

void JournalEntry::forgetUndo()
{
    if (!canUndo())
        return;
    m_undo = std::monostate();
    Q_EMIT undoChanged();
}

bool JournalEntry::saveWin(const QString &text, const QString &date)
{
    if (!m_session || !m_session->isOpen() || m_type != u"win")
        return false;
    const QString trimmed = text.trimmed();
    const auto day = TimeFormat::parseDate(date.trimmed());
    if (trimmed.isEmpty()) {
        m_session->reportFailure(Failure::badInput(tr("A win needs a few words. Nothing was changed.")));
        return false;
    }
    if (!day) {
        m_session->reportFailure(Failure::badInput(tr("\"%1\" is not a date Mosaic understands; write it as 2026-11-20. Nothing was changed.").arg(date)));
        return false;
    }
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return false;
    }
    const auto found = m_session->strengths().findWin(m_id);
    if (!found || !found->has_value() || (*found)->stamps.isDeleted()) {
        m_session->reportFailure(found ? Failure::badInput(tr("This win is no longer in the journal.")) : found.failure());
        return false;
    }
    Win win = **found;
    if (win.text == trimmed && win.date == *day)
        return true;
    win.text = trimmed;
    win.date = *day;
    win.stamps.updatedAt = m_session->now();
    Status saved = m_session->strengths().save(win);
    if (saved)
        saved = transaction->commit();
    if (!saved) {
        m_session->reportFailure(saved.failure());
        return false;
    }
    m_session->notifyChanged(JournalSession::Strengths);
    return true;
}

} // namespace mosaic
