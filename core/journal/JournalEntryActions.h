// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incidents/IncidentDeletion.h"

#include <QDateTime>
#include <QString>

#include <variant>

namespace mosaic {

class Database;
class IncidentStore;
class StrengthStore;

/// The actions of an entry opened in the Journal: delete with Undo, and a win's inline edit. Each runs inside the
/// caller's write transaction (one user action); on failure the caller rolls back. None reads the clock.

/// What Undo of a deletion needs: a reflection's or a win's.
using JournalEntryDeletion = std::variant<IncidentDeletion, WinDeletion>;

/// Deletes a reflection with its reframes and its draft (deleteIncident(); docs/data-rules.md, "Deleting").
/// Failure::badInput when it is not in the journal or already deleted.
Result<JournalEntryDeletion> deleteReflectionEntry(const Database &database, IncidentStore &incidents, const QString &incidentId, const QDateTime &now);
/// Deletes a win (deleteWin()). Failure::badInput when it is not in the journal or already deleted.
Result<JournalEntryDeletion> deleteWinEntry(StrengthStore &strengths, const QString &winId, const QDateTime &now);
/// Brings back exactly what `deletion` took away (restoreIncident(), restoreWin()); returns the id of the entry.
Result<QString> undoJournalEntryDeletion(const Database &database, const JournalEntryDeletion &deletion, const QDateTime &now);

/// A win's inline edit: its text (trimmed) and its date ("YYYY-MM-DD"), written through the strengths' store with
/// updatedAt = `now`. Answers whether it wrote: the text and date already stored write nothing. Failure::badInput for
/// an empty text, a date that is not one, or a win no longer in the journal.
Result<bool> changeWinEntry(StrengthStore &strengths, const QString &winId, const QString &text, const QString &date, const QDateTime &now);

} // namespace mosaic
