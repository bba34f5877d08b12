// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace mosaic {

namespace {

// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::StorageLocation)
};

#ifdef Q_OS_LINUX
// statfs f_type of file systems whose locking SQLite cannot rely on (linux/magic.h and the kernel's fs sources).
bool isNetworkOrFuse(const QString &folder)
{
    struct statfs status
    { };
    if (::statfs(QFile::encodeName(folder).constData(), &status) != 0)
        return false;
    switch (static_cast<unsigned long>(status.f_type)) {
    case 0x6969UL: // NFS
    case 0x517BUL: // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x65735546UL: // FUSE (sshfs, rclone, gvfs, cloud drives)
    case 0x01021997UL: // 9P (shared folders of virtual machines)
    case 0x00C36400UL: // Ceph
    case 0x5346414FUL: // AFS
    case 0x786F4256UL: // VirtualBox shared folders (vboxsf)
        return true;
    default:
        return false;
    }
}
#endif

// The marker a sync client leaves at the root of what it syncs.
bool isInsideSyncedFolder(const QString &folder)
{
    static const QStringList markers{QStringLiteral(".stfolder"), QStringLiteral(".dropbox"), QStringLiteral(".dropbox.cache"),
                                     QStringLiteral(".owncloudsync.log"), QStringLiteral(".nextcloudsync.log")};
    QDir dir(folder);
    for (int depth = 0; depth < 64; ++depth) {
        for (const QString &marker : markers) {
            if (QFileInfo::exists(dir.filePath(marker)))
                return true;
        }
        if (dir.isRoot() || !dir.cdUp())
            return false;
    }
    return false;
}

} // namespace

QString sharedFolderWarning(const QString &folder)
{
    bool shared = isInsideSyncedFolder(folder);
#ifdef Q_OS_LINUX
    shared = shared || isNetworkOrFuse(folder);
#endif
    if (!shared)
        return {};
    //: %1 is the data folder. Keep "mosaic export" and "mosaic import" as they are.
    return Text::tr("The data folder %1 is on a network, FUSE or synced folder, where the journal can be damaged when two computers use it. "
                    "Keep it on a local disk, and move a journal between computers with export and import (mosaic export, mosaic import).")
        .arg(QDir::toNativeSeparators(folder));
}

} // namespace mosaic
