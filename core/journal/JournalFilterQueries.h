// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/PreparedQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mosaic {

/// One choice of a filter: the value the timeline filters on and what the list shows.
struct FilterChoice
{
    QString value;
    QString label;
    friend bool operator==(const FilterChoice &, const FilterChoice &) = default;
};

/// The choices the Journal page's filters offer that come from the journal: its live circles and people, and the tags
/// and self-named distortions its live reflections use. The connection must outlive the object.
class JournalFilterQueries
{
public:
    explicit JournalFilterQueries(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit JournalFilterQueries(const Database &database)
        : JournalFilterQueries(database.connection())
    { }
    JournalFilterQueries(const JournalFilterQueries &) = delete;
    JournalFilterQueries &operator=(const JournalFilterQueries &) = delete;

    /// Circles by name (case ignored), the archived ones after the others; value: the circle's id.
    Result<QList<FilterChoice>> circles();
    /// People by name (case ignored); value: the person's id.
    Result<QList<FilterChoice>> people();
    /// The tags in use, once each, by name (case ignored); the "distortion:NAME" tags are namedDistortions().
    Result<QStringList> tags();
    /// The distortions the person named (kept as the tag "distortion:NAME"), once each, by name (case ignored);
    /// value: the tag, label: the name.
    Result<QList<FilterChoice>> namedDistortions();

private:
    PreparedQuery m_circles;
    PreparedQuery m_people;
    PreparedQuery m_tags;
    PreparedQuery m_namedDistortions;
};

} // namespace mosaic
