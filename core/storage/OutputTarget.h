// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace mosaic {

/// The files Mosaic manages, which no output may replace: the open journal with its `-wal`, `-shm` and `-journal`,
/// and, in the data folder, every file named after the journal (migration copies…), the settings and the backups folder.
struct ManagedFiles
{
    QString journalPath;
    /// Empty: only the journal and its companions are protected (what Database::backupTo checks itself).
    QString dataDirectory;
    /// Managed files outside the data folder (the window's settings file).
    QStringList otherFiles;

    /// Everything in the data folder of the journal at `journalPath`.
    static ManagedFiles inDataFolderOf(const QString &journalPath);
};

/// The names in a data folder that belong to Mosaic besides the journal's own (one list, for every check).
QStringList managedNamesInDataFolder();

/// The one rule for every file Mosaic writes where a person asks (backup, export, automatic backups, restore):
/// `path` is resolved to the file it really is — through links to it or to a folder above it, by canonical path and
/// by device and inode (of the file, or of its folder when it does not exist yet) — and refused as bad input when it
/// is or leads to a managed file, is a folder, or its folder does not exist. Nothing is written either way.
/// Returns the absolute path to write to.
Result<QString> checkOutputTarget(const QString &path, const ManagedFiles &managed);

/// The same rule for an output the shell opened before Mosaic started (`mosaic export > FILE`): fails as bad input
/// when the open file `descriptor` is a managed file. The shell has emptied that file already, so the message says
/// so and how to restore a backup; the caller must not open the journal then.
Status checkOpenOutput(int descriptor, const ManagedFiles &managed);

} // namespace mosaic
