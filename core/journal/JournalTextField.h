// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "strengths/StrengthStore.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace mosaic {

class Database;

/// Which long text of the journal an editor shows.
struct JournalTextRef
{
    enum class Kind
    {
        IncidentSituation,
        IncidentThought,
        IncidentBelief,
        IncidentEvidenceFor,
        IncidentEvidenceAgainst,
        IncidentLearned,
        IncidentAdjustment,
        IncidentNotes,
        ReframeText,
        CheckInNote,
        Mission,
        // An exposure's texts (incident kind "exposure"); its plan is created on the first save.
        ExposurePlan,
        ExposureExitStrategy,
        ExposurePrediction,
        ExposureOutcome,
        ExposureWhatHelped,
    };

    Kind kind = Kind::IncidentSituation;
    QString recordId; ///< The incident's or reframe's id; the habit's id for a check-in note; empty for the mission.
    QDate date; ///< The check-in's date.

    static JournalTextRef incident(const QString &incidentId, Kind field) { return {field, incidentId, {}}; }
    static JournalTextRef reframe(const QString &reframeId) { return {Kind::ReframeText, reframeId, {}}; }
    static JournalTextRef checkInNote(const QString &habitId, QDate date) { return {Kind::CheckInNote, habitId, date}; }
    static JournalTextRef mission() { return {Kind::Mission, {}, {}}; }

    friend bool operator==(const JournalTextRef &, const JournalTextRef &) = default;
};

/// The text of `incident` that `kind` names (an exposure text creates the incident's plan when it has none);
/// nullptr for the kinds that are not an incident's (a reframe, a check-in note, the mission).
QString *incidentText(Incident &incident, JournalTextRef::Kind kind);

/// One editable text of one record: loads it, and saves a new version in one write transaction that reads the
/// record, changes that text and its updatedAt, and writes it back — so a save never overwrites another field
/// with a stale copy. Plain C++; the QML view model wraps it.
class JournalTextField
{
public:
    using Clock = std::function<QDateTime()>;

    /// `database` must outlive the field. `now` stamps updatedAt (UTC, milliseconds); tests inject it.
    JournalTextField(const Database &database, JournalTextRef ref, Clock now = {});
    JournalTextField(const JournalTextField &) = delete;
    JournalTextField &operator=(const JournalTextField &) = delete;

    const JournalTextRef &ref() const { return m_ref; }

    /// The stored text. The mission is empty until first written; a missing or deleted record is a failure.
    Result<QString> load();
    /// Writes `text` unless it is already stored (then nothing changes, not even updatedAt).
    Status save(const QString &text);

private:
    Status saveInTransaction(const QString &text);

    const Database &m_database;
    JournalTextRef m_ref;
    Clock m_now;
    IncidentStore m_incidents;
    StrengthStore m_strengths;
    HabitStore m_habits;
};

} // namespace mosaic
