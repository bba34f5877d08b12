// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace mosaic {

/// Files Mosaic writes are readable by their owner only: a journal holds what people tell no one.
inline constexpr int kPrivateFileMode = 0600;
inline constexpr int kPrivateFolderMode = 0700;

/// A sentence for a failed file operation from its errno: what happened and what to do (disk full, read-only…).
QString fileErrorAdvice(int error);

/// Where a file is written before it takes its name: `target` + ".part", in the same folder.
QString partFilePath(const QString &target);

/// Creates the folder (and its parents) when missing; a folder this creates is private (0700), one that exists keeps its mode.
Status createPrivateFolder(const QString &folder);

/// A new, empty file readable by its owner only (0600), created whatever the umask; fails when `path` exists.
Status createPrivateFile(const QString &path);

/// Removes a `.part` file left by an interrupted write, unless another process is still writing it.
/// Fails (leaving it) when it is in use.
Status removeStalePart(const QString &partPath);

/// Removes every stale `*.part` file in `folder` (left by a crash during a backup or export).
void removeStalePartFiles(const QString &folder);

/// Syncs a folder's entries to disk, so that a file created or renamed in it survives a power loss.
Status syncFolder(const QString &folder);

/// Syncs a finished file's content to disk.
Status syncFile(const QString &path);

/// Moves a finished, synced temporary file over `target` in one step (rename(2)), then syncs the folder.
/// On failure the temporary file is removed and `target` is as it was.
Status moveIntoPlace(const QString &temporary, const QString &target);

/// A private (0600) `.part` file being written next to its target. It is locked while open, so that the clean-up of
/// stale parts never removes it, and removed when destroyed unless commit() moved it over the target.
/// Every file Mosaic writes goes through one (exports, backups, migration copies).
class PartFile
{
public:
    /// Removes a stale `.part` of the same target (left by a crash), then creates a new one, failing if it is in use.
    static Result<PartFile> create(const QString &target);

    PartFile(PartFile &&other) noexcept;
    PartFile &operator=(PartFile &&) = delete;
    PartFile(const PartFile &) = delete;
    ~PartFile();

    QString path() const { return m_path; }
    QString target() const { return m_target; }
    /// Appends all of `bytes`, checking every write.
    Status write(const QByteArray &bytes);
    /// Syncs and closes the file, moves it over the target (rename(2)) and syncs the folder.
    Status commit();

private:
    PartFile(QString target, QString path, int descriptor);
    void discard();
    QString m_target;
    QString m_path;
    int m_descriptor = -1;
};

/// Writes `bytes` to `target` as a whole through a PartFile.
/// A failure (a full disk…) leaves `target` as it was and no `.part` file behind.
Status writeFileAtomically(const QString &target, const QByteArray &bytes);

/// Writes all of `bytes` to an open file descriptor (standard output), checking every write, then syncs it when it
/// is a file. When it fails and the descriptor is a regular file, what this call wrote is cut off again.
Status writeAllTo(int descriptor, const QByteArray &bytes);

} // namespace mosaic
