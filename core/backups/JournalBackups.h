// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups/BackupRotation.h"
#include "backups/JournalFile.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

class Database;

/// The automatic backups of the journal at `journalPath`: the folder `backups` beside it (docs/backups.md).
QString backupFolderFor(const QString &journalPath);

/// The backups in `folder`, newest first, with their sizes; an absent folder has none.
QList<BackupEntry> listBackups(const QString &folder);

/// What became of a call to makeAutomaticBackup().
struct AutomaticBackupOutcome
{
    QString madePath; ///< The new backup; empty when none was due.
    QStringList removed; ///< File names the rotation removed.
};

/// Takes today's backup of `journal` when one is due (backupDue()): a VACUUM INTO copy (Database::backupTo), then
/// the checks of `mosaic check` on the copy. A copy that fails them is deleted, the older backups stay, and the
/// failure says the journal needs attention. Then applies the rotation of `limits`. The folder is made 0700 and
/// each backup 0600. Another process taking or restoring a backup at the same time makes this one skip.
Result<AutomaticBackupOutcome> makeAutomaticBackup(const Database &journal, QDate today, const BackupLimits &limits = {});

/// Today's backup now, due or not (replacing one taken earlier today), checked and rotated as an automatic one is.
Result<AutomaticBackupOutcome> makeBackupNow(const Database &journal, QDate today, const BackupLimits &limits = {});

/// A backup being restored over the journal at `journalPath`: first a verified copy of it beside the journal
/// (prepare), which a person can be shown and asked about, then the swap (commit). Dropped uncommitted, the copy
/// goes and nothing changed.
class JournalRestore
{
public:
    /// Copies `backupPath` next to the journal and checks the copy. Failure::badInput, with nothing changed, when the
    /// file is not a Mosaic journal, is of a newer schema, or fails a check.
    static Result<JournalRestore> prepare(const QString &journalPath, const QString &backupPath);

    JournalRestore(JournalRestore &&other) noexcept;
    JournalRestore &operator=(JournalRestore &&) = delete;
    JournalRestore(const JournalRestore &) = delete;
    ~JournalRestore();

    const JournalFileSummary &summary() const { return m_summary; }

    /// Keeps the current journal in the backups folder (a "before-restore" copy; a journal too damaged to open is
    /// copied as it is), then renames the checked copy over the journal and syncs the folder. Every connection to the
    /// journal must be closed: the window closes its own; a journal still open elsewhere is refused, unchanged.
    /// Returns the path of the kept copy (empty when there was no journal).
    Result<QString> commit(const QDateTime &localNow, const BackupLimits &limits = {});

private:
    JournalRestore(QString journalPath, QString stagedPath, JournalFileSummary summary);
    QString m_journalPath;
    QString m_stagedPath;
    JournalFileSummary m_summary;
};

} // namespace mosaic
