// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/PreparedQuery.h"
#include "storage/StorageTypes.h"
#include "strengths/Strength.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <span>

namespace mosaic {

/// Strengths, wins and the personal values (mission and values) in the journal.
///
/// Each statement is prepared on first use and reused. The store never opens a transaction: the caller wraps each
/// user action (or a whole import) in one WriteTransaction. The connection must outlive the store.
class StrengthStore
{
public:
    explicit StrengthStore(const QSqlDatabase &connection);
    StrengthStore(const StrengthStore &) = delete;
    StrengthStore &operator=(const StrengthStore &) = delete;

    /// Inserts the strength, or updates every field of the one with its id.
    Status save(const Strength &strength);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Strength> &strengths);
    Result<std::optional<Strength>> findStrength(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Strength>> allStrengths(IncludeDeleted includeDeleted);
    /// Tombstones the strength: deletedAt = updatedAt = `at`.
    Status markStrengthDeleted(const QString &id, const QDateTime &at);

    /// Inserts the win, or updates every field of the one with its id. Its incident, if any, must be in the journal.
    Status save(const Win &win);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Win> &wins);
    Result<std::optional<Win>> findWin(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Win>> allWins(IncludeDeleted includeDeleted);
    Status markWinDeleted(const QString &id, const QDateTime &at);

    /// Writes the journal's one set of personal values, replacing the previous one.
    Status save(const PersonalValues &values);
    /// nullopt until they were first saved.
    Result<std::optional<PersonalValues>> personalValues();

private:
    PreparedQuery m_saveStrength;
    PreparedQuery m_saveStrengthBatch;
    PreparedQuery m_findStrength;
    PreparedQuery m_allStrengths;
    PreparedQuery m_markStrengthDeleted;
    PreparedQuery m_saveWin;
    PreparedQuery m_saveWinBatch;
    PreparedQuery m_findWin;
    PreparedQuery m_allWins;
    PreparedQuery m_markWinDeleted;
    PreparedQuery m_saveValues;
    PreparedQuery m_loadValues;
};

/// How the store reads a win: its columns, in order, and one row of them as a Win, for every other read of wins
/// (core/strengths/WinQueries) to select and read them the same way.
std::span<const QStringView> winColumns();
Win readWinRow(SqlRowReader &row);

} // namespace mosaic
