// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace mosaic {

/// What the Journal page's timeline narrows to; an empty field does not narrow. (Each member has an initializer so
/// that a filter can name only the fields it sets.)
struct TimelineFilter
{
    /// An incident kind's name ("rejection"), "win" or "note".
    QString kind{};
    // These four keep reflections only.
    QString circleId{};
    QString personId{};
    QString tag{};
    /// A catalogue distortion's name, or a distortion the person named: the tag "distortion:NAME".
    QString distortion{};
    /// One calendar day in the zone the timeline is read in.
    QDate day{};

    bool narrowsToReflections() const { return !circleId.isEmpty() || !personId.isEmpty() || !tag.isEmpty() || !distortion.isEmpty(); }
};

/// One line of the timeline: only the short columns, never whole texts.
struct TimelineEntry
{
    /// In the timeline's order within a sort key: a check-in note before a win before a reflection of the same key.
    enum class Type
    {
        Incident = 0,
        Win = 1,
        CheckIn = 2,
    };

    QString sortKey; ///< A reflection's UTC instant, or a win's or note's date, as stored.
    Type type = Type::Incident;
    QString id; ///< The record's id; a check-in's is "HABITID/YYYY-MM-DD".
    QString title; ///< A reflection's title, a note's habit name; empty for a win.
    QString excerpt; ///< The first line of its text with words in it, without Markdown's leading marks.
    QString kind; ///< The stored kind name; empty for a check-in.
    QDate date; ///< The calendar date it is shown on (a reflection's in the zone read in).
    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

/// The read behind the Journal page's timeline: reflections, wins and written check-in notes, newest first, a page at a
/// time. The connection must outlive the object.
class TimelineQueries
{
public:
    explicit TimelineQueries(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit TimelineQueries(const Database &database)
        : TimelineQueries(database.connection())
    { }

    /// Up to `limit` live entries that pass `filter`, in (sort key, type, id) descending order, after `after` (nullptr:
    /// from the newest). Keyset paging: a deep page costs what the first does. Fewer than `limit` means the end.
    /// Dates (the day filter, a reflection's date) are days in `zone`.
    Result<QList<TimelineEntry>> page(const TimelineFilter &filter, const TimelineEntry *after, int limit, const QTimeZone &zone);

    /// The opening of an entry's text as a line shows it (see TimelineEntry::excerpt).
    static QString firstLine(const QString &text);

private:
    QSqlDatabase m_connection;
};

} // namespace mosaic
