// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalTextField.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <utility>

namespace mosaic {

QString *incidentText(Incident &incident, JournalTextRef::Kind kind)
{
    const auto exposure = [&incident]() -> ExposurePlan & {
        if (!incident.exposure)
            incident.exposure.emplace();
        return *incident.exposure;
    };
    switch (kind) {
    case JournalTextRef::Kind::IncidentSituation:
        return &incident.situation;
    case JournalTextRef::Kind::IncidentThought:
        return &incident.thought;
    case JournalTextRef::Kind::IncidentBelief:
        return &incident.belief;
    case JournalTextRef::Kind::IncidentEvidenceFor:
        return &incident.evidenceFor;
    case JournalTextRef::Kind::IncidentEvidenceAgainst:
        return &incident.evidenceAgainst;
    case JournalTextRef::Kind::IncidentLearned:
        return &incident.learned;
    case JournalTextRef::Kind::IncidentAdjustment:
        return &incident.adjustment;
    case JournalTextRef::Kind::IncidentNotes:
        return &incident.notes;
    case JournalTextRef::Kind::ExposurePlan:
        return &exposure().plan;
    case JournalTextRef::Kind::ExposureExitStrategy:
        return &exposure().exitStrategy;
    case JournalTextRef::Kind::ExposurePrediction:
        return &exposure().prediction;
    case JournalTextRef::Kind::ExposureOutcome:
        return &exposure().outcome;
    case JournalTextRef::Kind::ExposureWhatHelped:
        return &exposure().whatHelped;
    case JournalTextRef::Kind::ReframeText:
    case JournalTextRef::Kind::CheckInNote:
    case JournalTextRef::Kind::Mission:
        break;
    }
    return nullptr;
}

namespace {

Failure gone()
{
    return Failure::operation(QCoreApplication::translate("mosaic::JournalTextField",
                                                          "This entry was deleted, so the text could not be saved. Copy it elsewhere if you want to keep it."));
}

/// Holds the text of whichever record the field belongs to, and writes it back.
template <typename Record>
Result<std::optional<Record>> liveRecord(Result<std::optional<Record>> found)
{
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return gone();
    return found;
}

} // namespace

JournalTextField::JournalTextField(const Database &database, JournalTextRef ref, Clock now)
    : m_database(database)
    , m_ref(std::move(ref))
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_incidents(database.connection())
    , m_strengths(database.connection())
    , m_habits(database.connection())
{ }

Result<QString> JournalTextField::load()
{
    switch (m_ref.kind) {
    case JournalTextRef::Kind::ReframeText: {
        auto reframe = liveRecord(m_incidents.findReframe(m_ref.recordId));
        if (!reframe)
            return reframe.failure();
        return (*reframe)->text;
    }
    case JournalTextRef::Kind::CheckInNote: {
        auto checkIn = m_habits.findCheckIn(m_ref.recordId, m_ref.date);
        if (!checkIn)
            return checkIn.failure();
        if (!checkIn->has_value() || (*checkIn)->isDeleted())
            return gone();
        return (*checkIn)->note;
    }
    case JournalTextRef::Kind::Mission: {
        auto values = m_strengths.personalValues();
        if (!values)
            return values.failure();
        return values->has_value() ? (*values)->mission : QString();
    }
    default: {
        auto incident = liveRecord(m_incidents.findIncident(m_ref.recordId));
        if (!incident)
            return incident.failure();
        return *incidentText(**incident, m_ref.kind);
    }
    }
}

Status JournalTextField::save(const QString &text)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.failure();
    // Read-modify-write inside the transaction: the record is the one in the journal now, not a copy from when
    // the editor opened, so fields edited elsewhere meanwhile are kept.
    if (Status status = saveInTransaction(text); !status)
        return status; // the transaction rolls back when destroyed
    return transaction->commit();
}

Status JournalTextField::saveInTransaction(const QString &text)
{
    const QDateTime now = m_now();
    switch (m_ref.kind) {
    case JournalTextRef::Kind::ReframeText: {
        auto reframe = liveRecord(m_incidents.findReframe(m_ref.recordId));
        if (!reframe)
            return reframe.failure();
        Reframe record = **reframe;
        if (record.text == text)
            return success();
        // The interchange format needs a reframe to say something: an emptied reframe keeps its last words.
        if (text.trimmed().isEmpty())
            return Failure::badInput(QCoreApplication::translate("mosaic::JournalTextField", "A reframe needs a few words. Write one, or remove the reframe."));
        record.text = text;
        record.stamps.updatedAt = now;
        return m_incidents.save(record);
    }
    case JournalTextRef::Kind::CheckInNote: {
        auto checkIn = m_habits.findCheckIn(m_ref.recordId, m_ref.date);
        if (!checkIn)
            return checkIn.failure();
        if (!checkIn->has_value() || (*checkIn)->isDeleted())
            return gone();
        CheckIn record = **checkIn;
        if (record.note == text)
            return success();
        record.note = text;
        record.updatedAt = now;
        return m_habits.save(record);
    }
    case JournalTextRef::Kind::Mission: {
        auto values = m_strengths.personalValues();
        if (!values)
            return values.failure();
        PersonalValues record = values->value_or(PersonalValues{});
        if (values->has_value() && record.mission == text)
            return success();
        record.mission = text;
        record.updatedAt = now;
        return m_strengths.save(record);
    }
    default: {
        auto incident = liveRecord(m_incidents.findIncident(m_ref.recordId));
        if (!incident)
            return incident.failure();
        Incident record = **incident;
        QString *field = incidentText(record, m_ref.kind);
        if (*field == text)
            return success();
        *field = text;
        record.stamps.updatedAt = now;
        return m_incidents.save(record);
    }
    }
}

} // namespace mosaic
