// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>

namespace mosaic {

/// Ids already in the journal database (including tombstoned records), for reference checks during import.
struct KnownRecordIds
{
    QSet<QString> circles, people, incidents, strengths, habits;
};

/// Beyond the schema: unique ids per collection, unique (habitId, date) check-ins and (personId, circleId) memberships,
/// and every reference (incidentId, circleId, personId(s), habitId, strengthIds, feedbackFrom; in incidents, reframes,
/// wins, contacts, memberships, checkIns, reminders) names a record in the file or in `known`.
/// Failure::badInput with "$.path: rule" lines like readJournalJson()'s; paths rely on the lists keeping file order.
Status checkJournalIntegrity(const Journal &journal, const KnownRecordIds &known);

class ValidationReport;

/// The same checks, one record at a time, for records that arrive collection by collection in dependency order
/// (circles, people, memberships, contacts, incidents, reframes, strengths, wins, habits, checkIns, reminders), so
/// that every record a reference may name has been seen before the reference. Remembers only compact keys (16 bytes
/// per id), not records. Problems go to `report` with the record's index in its array.
class IntegrityTracker
{
public:
    IntegrityTracker(const KnownRecordIds &known, ValidationReport &report);
    ~IntegrityTracker();
    IntegrityTracker(const IntegrityTracker &) = delete;
    IntegrityTracker &operator=(const IntegrityTracker &) = delete;

    void check(qsizetype index, const Circle &circle);
    void check(qsizetype index, const Person &person);
    void check(qsizetype index, const Membership &membership);
    void check(qsizetype index, const Contact &contact);
    void check(qsizetype index, const Incident &incident);
    void check(qsizetype index, const Reframe &reframe);
    void check(qsizetype index, const Strength &strength);
    void check(qsizetype index, const Win &win);
    void check(qsizetype index, const Habit &habit);
    void check(qsizetype index, const CheckIn &checkIn);
    void check(qsizetype index, const Reminder &reminder);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace mosaic
