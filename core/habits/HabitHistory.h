// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/CheckIn.h"
#include "storage/PreparedQuery.h"
#include "strengths/Strength.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

/// The reads of the Habits page that HabitStore has no narrow statement for, each loading only what it shows:
/// a page of check-in notes, a habit's pause check-ins, the check-ins of a range of dates, a week's wins.
/// The connection must outlive it.
class HabitHistory
{
public:
    explicit HabitHistory(const QSqlDatabase &connection);
    HabitHistory(const HabitHistory &) = delete;
    HabitHistory &operator=(const HabitHistory &) = delete;

    /// Up to `limit` live check-ins of the habit that have a note, newest date first, after skipping `offset`.
    Result<QList<CheckIn>> notesPage(const QString &habitId, int limit, int offset);
    /// How many live check-ins of the habit have a note.
    Result<int> noteCount(const QString &habitId);
    /// The habit's live skipped check-ins of value 0 (what pauses write), with date, status, value and updatedAt;
    /// notes left empty.
    Result<QList<CheckIn>> pauseCandidates(const QString &habitId);
    /// Every check-in of the habit from `first` through `last`, tombstones included, ordered by date.
    Result<QList<CheckIn>> checkInsBetween(const QString &habitId, QDate first, QDate last);
    /// The live wins dated from `first` through `last`, by date.
    Result<QList<Win>> winsBetween(QDate first, QDate last);

private:
    PreparedQuery m_notesPage;
    PreparedQuery m_noteCount;
    PreparedQuery m_pauseCandidates;
    PreparedQuery m_checkInsBetween;
    PreparedQuery m_winsBetween;
};

} // namespace mosaic
