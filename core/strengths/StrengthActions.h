// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mosaic {

class StrengthStore;

/// The user actions on strengths, wins and the personal values, the same wherever they are done. Each runs inside the
/// caller's write transaction (one user action; on failure the caller rolls back), stamps with the `now` it is given
/// and refuses what the interchange format could not hold (core/common/RecordLimits.h) as Failure::badInput.
/// Deleting a win is deleteWin() in core/incidents/IncidentDeletion.h, which Undo pairs with.

/// What a person writes for a strength: a name (trimmed; 1 to RecordLimits::kNameLength characters) and a
/// description (trimmed).
struct StrengthFields
{
    QString name;
    QString description;
};

/// A new strength with a fresh id, created and updated `now`. Returns its id.
Result<QString> addStrength(StrengthStore &store, const StrengthFields &fields, const QDateTime &now);

/// Renames or redescribes the strength. Returns whether it changed (an edit to the text already there writes
/// nothing); Failure::badInput when it is not in the journal or was deleted.
Result<bool> editStrength(StrengthStore &store, const QString &strengthId, const StrengthFields &fields, const QDateTime &now);

/// Puts the strength away (or back). Its wins keep their link. Returns whether it changed.
Result<bool> setStrengthArchived(StrengthStore &store, const QString &strengthId, bool archived, const QDateTime &now);

/// Tombstones the strength at `now`. Wins linked to it keep the link (so merges stay whole) but no longer show it
/// (docs/data-rules.md, "Deleted parents"). Failure::badInput when it is not in the journal or already deleted.
Status deleteStrength(StrengthStore &store, const QString &strengthId, const QDateTime &now);

/// What a person writes for a win: the text (trimmed; 1 to RecordLimits::kStatementLength characters), the date as
/// YYYY-MM-DD (empty: `today`), the kind's interchange name (empty: "win") and the strengths it shows, each of which
/// must be in the journal (archived or not); an id given twice or empty counts once or not at all.
struct WinFields
{
    QString text;
    QString date;
    QString kind;
    QStringList strengthIds;
};

/// A new win with a fresh id, created and updated `now`. Returns its id.
Result<QString> addWin(StrengthStore &store, const WinFields &fields, QDate today, const QDateTime &now);

/// The journal's values (names of RecordLimits::kNameLength characters at most, RecordLimits::kValues of them at most,
/// none twice ignoring case), edited one at a time; the mission beside them is kept as it is. Each returns whether it
/// changed the values: a value already there, an index out of range or a rename to the same text change nothing.
Result<bool> addPersonalValue(StrengthStore &store, const QString &value, const QDateTime &now);
Result<bool> renamePersonalValue(StrengthStore &store, qsizetype index, const QString &value, const QDateTime &now);
Result<bool> removePersonalValue(StrengthStore &store, qsizetype index, const QDateTime &now);

} // namespace mosaic
