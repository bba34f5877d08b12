// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/PreparedQuery.h"
#include "storage/SearchIndex.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace mosaic {

/// One hit of the Journal page's search, with what its row shows besides the snippet.
struct JournalSearchResult
{
    SearchRecordType type = SearchRecordType::Incident;
    QString id; ///< The record's id; a check-in's is "HABITID/YYYY-MM-DD".
    QString snippet; ///< As searchJournal gives it, matches between the highlight markers.
    QString incidentId; ///< The reflection to open: an incident's own id, or a reframe's incident; empty otherwise.
    /// What the record is called: a reflection's title (a reframe's reflection's), a win's first line (titleLine), the
    /// ritual of a check-in note, a name.
    QString title;
    QDate date; ///< The record's day (a reflection's in the zone searched in); invalid for a strength, person, circle.
    friend bool operator==(const JournalSearchResult &, const JournalSearchResult &) = default;
};

/// The reads behind the Journal page's search: the full-text search, then the title and day of each record found.
/// The connection must outlive the object.
class JournalSearchQueries
{
public:
    explicit JournalSearchQueries(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit JournalSearchQueries(const Database &database)
        : JournalSearchQueries(database.connection())
    { }
    JournalSearchQueries(const JournalSearchQueries &) = delete;
    JournalSearchQueries &operator=(const JournalSearchQueries &) = delete;

    /// searchJournal(userQuery, options), best first, each hit described; its failures as searchJournal's (badInput
    /// for a query with nothing searchable in it). A reflection's day is its date in `zone`.
    Result<QList<JournalSearchResult>> search(const QString &userQuery, const SearchOptions &options, const QTimeZone &zone);

    /// The first line of a text with words in it, without Markdown's line markers, cut to about a line (90
    /// characters, the last one "…").
    static QString titleLine(const QString &text);

private:
    Status describe(JournalSearchResult &result, const QTimeZone &zone);
    Result<QString> name(PreparedQuery &statement, const QString &id);

    QSqlDatabase m_connection;
    PreparedQuery m_incident;
    PreparedQuery m_reframe;
    PreparedQuery m_win;
    PreparedQuery m_strength;
    PreparedQuery m_habit;
    PreparedQuery m_person;
    PreparedQuery m_circle;
};

} // namespace mosaic
