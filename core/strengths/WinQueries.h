// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/PreparedQuery.h"
#include "strengths/Strength.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

class Database;

/// The reads behind the Strengths page, for a journal of any size: the living wins a page at a time, newest first,
/// optionally only those linked to one strength; how many there are; how many living wins each strength has; and the
/// names of the living strengths. A win linked to a deleted strength (or naming a deleted reflection) is its own
/// record and stays listed; only the deleted strength's name is gone (docs/data-rules.md, "Deleted parents").
/// Reads only; the connection must outlive the object.
class WinQueries
{
public:
    explicit WinQueries(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit WinQueries(const Database &database);
    WinQueries(const WinQueries &) = delete;
    WinQueries &operator=(const WinQueries &) = delete;

    /// Up to `limit` living wins from `offset`, by date, newest first (then newest created, then id); only those linked
    /// to `strengthId` unless it is empty.
    Result<QList<Win>> page(const QString &strengthId, int offset, int limit);
    /// How many living wins page() can reach with `strengthId`.
    Result<int> count(const QString &strengthId);
    /// For each strength id named by living wins, how many of them name it. Counted by SQLite; no win's text is read.
    Result<QHash<QString, int>> countsByStrength();
    /// The living strengths (archived too): id → name.
    Result<QHash<QString, QString>> strengthNames();

private:
    PreparedQuery m_page;
    PreparedQuery m_pageOfStrength;
    PreparedQuery m_count;
    PreparedQuery m_countOfStrength;
    PreparedQuery m_countsByStrength;
    PreparedQuery m_strengthNames;
};

} // namespace mosaic
