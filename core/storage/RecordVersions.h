// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace mosaic {

/// The journal's record collections, in the order of the interchange format.
/// Memberships and check-ins have no id of their own: they are keyed by membershipKey() and checkInKey().
enum class RecordTable
{
    Circles,
    People,
    Memberships,
    Contacts,
    Incidents,
    Reframes,
    Strengths,
    Wins,
    Habits,
    CheckIns,
    Reminders
};

/// The interchange names of the collections ("checkIns"), also the keys of `mosaic stats --json` counts.
template <>
struct EnumNames<RecordTable>
{
    static constexpr std::array<QStringView, 11> names{u"circles",   u"people", u"memberships", u"contacts", u"incidents", u"reframes",
                                                       u"strengths", u"wins",   u"habits",      u"checkIns", u"reminders"};
};

/// "personId/circleId": how loadRecordVersions() names a membership.
QString membershipKey(QStringView personId, QStringView circleId);

/// "habitId/YYYY-MM-DD": how loadRecordVersions() and search results name a check-in.
QString checkInKey(QStringView habitId, QDate date);

/// Every record of `table`, tombstones included: its id (or key) → its updated_at as stored
/// (TimeFormat::storageInstant text, so two versions compare as text; empty for a membership without one).
/// The importer decides added / updated / unchanged with it and checks that references resolve.
Result<QHash<QString, QString>> loadRecordVersions(const QSqlDatabase &connection, RecordTable table);

/// How many records of `table` are not tombstoned.
Result<qint64> countLiveRecords(const QSqlDatabase &connection, RecordTable table);

} // namespace mosaic
