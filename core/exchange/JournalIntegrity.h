// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"

#include <QSet>
#include <QString>

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

} // namespace mosaic
