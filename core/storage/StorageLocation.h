// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mosaic {

/// A sentence for a data folder on a network share, a FUSE file system or inside a synced folder (Syncthing, Dropbox,
/// Nextcloud), where SQLite's locking and write-ahead log are not safe and two computers may write one journal;
/// empty for a local folder. It points at export and import for moving a journal between computers.
QString sharedFolderWarning(const QString &folder);

} // namespace mosaic
