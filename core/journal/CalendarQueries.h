// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/PreparedQuery.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QTimeZone>

namespace mosaic {

/// The read behind the Journal page's calendar: how many entries (reflections, wins, written ritual notes) each day
/// has. The connection must outlive the object.
class CalendarQueries
{
public:
    explicit CalendarQueries(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit CalendarQueries(const Database &database)
        : CalendarQueries(database.connection())
    { }
    CalendarQueries(const CalendarQueries &) = delete;
    CalendarQueries &operator=(const CalendarQueries &) = delete;

    /// The days from `first` up to `end` (not included) that have live entries, with how many. A reflection counts
    /// on its date in `zone` (the timeline shows it there); wins and notes carry a calendar date already. Notes of a
    /// deleted habit do not count.
    Result<QMap<QDate, int>> entriesPerDay(QDate first, QDate end, const QTimeZone &zone);

private:
    PreparedQuery m_entries;
};

} // namespace mosaic
