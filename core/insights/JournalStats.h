// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/BelongingBalance.h"
#include "common/Result.h"
#include "habits/StreakCalculator.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mosaic {

class Database;

/// One habit's standing on a date.
struct HabitStats
{
    QString id;
    QString name;
    bool archived = false;
    StreakSummary streaks;
    int strength = 0; ///< 0–100.
};

/// Live (not tombstoned) records per collection, by interchange name, in the interchange order.
struct RecordCount
{
    QString collection;
    qint64 count = 0;
};

/// What `mosaic stats` reports: counts, each habit's streaks and strength, and the belonging balance.
struct JournalStats
{
    QDate asOf;
    QList<RecordCount> counts;
    QList<HabitStats> habits; ///< Every habit that is not deleted, archived ones included.
    BelongingBalance belonging;
};

/// Reads what the statistics need from one snapshot of the journal and computes them as of `today`.
Result<JournalStats> collectJournalStats(const Database &database, QDate today);

} // namespace mosaic
