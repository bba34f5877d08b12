// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalEntryActions.h"

#include "common/TimeFormat.h"
#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include <QCoreApplication>

namespace mosaic {

Result<JournalEntryDeletion> deleteReflectionEntry(const Database &database, IncidentStore &incidents, const QString &incidentId, const QDateTime &now)
{
    Result<IncidentDeletion> deleted = deleteIncident(database.connection(), incidents, incidentId, now);
    if (!deleted)
        return deleted.failure();
    return JournalEntryDeletion(*deleted);
}

Result<JournalEntryDeletion> deleteWinEntry(StrengthStore &strengths, const QString &winId, const QDateTime &now)
{
    Result<WinDeletion> deleted = deleteWin(strengths, winId, now);
    if (!deleted)
        return deleted.failure();
    return JournalEntryDeletion(*deleted);
}

Result<QString> undoJournalEntryDeletion(const Database &database, const JournalEntryDeletion &deletion, const QDateTime &now)
{
    if (const auto *incident = std::get_if<IncidentDeletion>(&deletion)) {
        if (Status status = restoreIncident(database.connection(), *incident, now); !status)
            return status.failure();
        return incident->incidentId;
    }
    const auto &win = std::get<WinDeletion>(deletion);
    if (Status status = restoreWin(database.connection(), win, now); !status)
        return status.failure();
    return win.winId;
}

// The words moved here from the Journal entry's view-model keep its translation context.
Result<bool> changeWinEntry(StrengthStore &strengths, const QString &winId, const QString &text, const QString &date, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Failure::badInput(QCoreApplication::translate("mosaic::JournalEntry", "A win needs a few words. Nothing was changed."));
    const auto day = TimeFormat::parseDate(date.trimmed());
    if (!day)
        return Failure::badInput(
            QCoreApplication::translate("mosaic::JournalEntry", "\"%1\" is not a date Mosaic understands; write it as 2026-11-20. Nothing was changed.")
                .arg(date));
    const auto found = strengths.findWin(winId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return Failure::badInput(QCoreApplication::translate("mosaic::JournalEntry", "This win is no longer in the journal."));
    Win win = **found;
    if (win.text == trimmed && win.date == *day)
        return false;
    win.text = trimmed;
    win.date = *day;
    win.stamps.updatedAt = now;
    if (Status status = strengths.save(win); !status)
        return status.failure();
    return true;
}

} // namespace mosaic
