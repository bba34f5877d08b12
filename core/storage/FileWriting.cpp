// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileWriting.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mosaic {

namespace {

// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::FileWriting)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Failure writeFailure(const QString &path, int error)
{
    //: %1 is a file's path, %2 advice on what to do (e.g. "The disk is full. Free some space and try again.").
    return Failure::operation(Text::tr("%1 could not be written. %2").arg(native(path), fileErrorAdvice(error)));
}

// A new file that only its owner can read (0600 whatever the umask); fails when the name exists, even as a link.
int openNewPrivate(const QString &path)
{
#ifdef Q_OS_WIN
    return ::_wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, kPrivateFileMode);
    // The umask can only take bits away; fchmod makes the mode exactly 0600.
    if (fd >= 0 && ::fchmod(fd, kPrivateFileMode) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        errno = error;
        return -1;
    }
    return fd;
#endif
}

// close() reports deferred write errors (NFS, some full disks report them only there): 0 or the errno.
int closeChecked(int fd)
{
#ifdef Q_OS_WIN
    return ::_close(fd) == 0 ? 0 : errno;
#else
    return ::close(fd) == 0 ? 0 : errno;
#endif
}

int syncDescriptor(int fd)
{
#ifdef Q_OS_WIN
    return ::_commit(fd);
#else
    return ::fsync(fd);
#endif
}

int writeEverything(int fd, const char *data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
#ifdef Q_OS_WIN
        const int count = ::_write(fd, data + written, unsigned(std::min<qint64>(size - written, 1 << 30)));
#else
        const ssize_t count = ::write(fd, data + written, size_t(size - written));
#endif
        if (count < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (count == 0)
            return ENOSPC;
        written += count;
    }
    return 0;
}

} // namespace

QString fileErrorAdvice(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Text::tr("The disk is full. Free some space and try again.");
    case EROFS:
        return Text::tr("The disk or folder is read-only. Choose a writable place.");
    case EACCES:
    case EPERM:
        return Text::tr("Permission was denied. Choose a folder you can write to.");
    case ENOENT:
    case ENOTDIR:
        return Text::tr("The folder does not exist.");
    case EISDIR:
        return Text::tr("It is a folder; give a file name.");
    case EIO:
        return Text::tr("The disk reported an error. Check the drive, then try again.");
    case EFBIG:
        return Text::tr("The file is too large for this disk.");
    default:
        //: %1 is the system's own description of an error, e.g. "Broken pipe".
        return Text::tr("The system reported: %1.").arg(QString::fromLocal8Bit(std::generic_category().message(error)));
    }
}

QString partFilePath(const QString &target)
{
    return target + QStringLiteral(".part");
}

Status createPrivateFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return success();
    if (!QDir().mkpath(folder))
        return Failure::operation(Text::tr("The folder %1 cannot be created. Check its permissions.").arg(native(folder)));
    if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Failure::operation(Text::tr("The folder %1 cannot be made private.").arg(native(folder)));
    return success();
}

Status createPrivateFile(const QString &path)
{
    const int fd = openNewPrivate(path);
    if (fd < 0)
        return writeFailure(path, errno);
    const int error = closeChecked(fd);
    if (error) {
        QFile::remove(path);
        return writeFailure(path, error);
    }
    return success();
}

Status removeStalePart(const QString &partPath)
{
    const QFileInfo info(partPath);
    if (!info.exists() && !info.isSymLink()) {
        QFile::remove(partPath + QStringLiteral("-journal"));
        return success();
    }
#ifndef Q_OS_WIN
    if (!info.isSymLink()) {
        const int fd = ::open(QFile::encodeName(partPath).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        // A writer holds an exclusive lock on its part while it writes; a part nobody locks was left by a crash.
        const bool inUse = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0;
        if (fd >= 0)
            ::close(fd);
        if (inUse)
            return Failure::operation(Text::tr("%1 is being written by another Mosaic right now. Try again when it has finished.").arg(native(partPath)));
    }
#endif
    if (!QFile::remove(partPath))
        return writeFailure(partPath, EACCES);
    // The rollback journal SQLite keeps beside a backup's part while VACUUM INTO writes it.
    QFile::remove(partPath + QStringLiteral("-journal"));
    return success();
}

void removeStalePartFiles(const QString &folder)
{
    QDirIterator parts(folder, {QStringLiteral("*.part"), QStringLiteral("*.part-journal")}, QDir::Files | QDir::Hidden | QDir::System);
    while (parts.hasNext()) {
        const QString part = parts.next();
        (void)removeStalePart(part.endsWith(QStringLiteral("-journal")) ? part.chopped(8) : part);
    }
}

Status syncFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return success(); // NTFS journals a rename itself; Windows cannot open a folder to sync it.
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return writeFailure(folder, errno);
    // Some file systems cannot sync a folder (EINVAL); a rename there is as safe as they make it.
    int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    if (const int closed = closeChecked(fd); !error)
        error = closed;
    return error ? writeFailure(folder, error) : success();
#endif
}

Status syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return writeFailure(path, EACCES);
    if (syncDescriptor(file.handle()) != 0)
        return writeFailure(path, errno);
    return success();
}

Status moveIntoPlace(const QString &temporary, const QString &target)
{
    // One rename(2) replaces an existing file in a single step (QFile::rename refuses to overwrite, and removing the old
    // file first would leave nothing at all if we stopped in between).
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()), std::filesystem::path(target.toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(temporary);
        return writeFailure(target, renameError.value());
    }
    // The new name is only durable once the folder holding it is on disk.
    return syncFolder(QFileInfo(target).absolutePath());
}

Result<PartFile> PartFile::create(const QString &target)
{
    const QString part = partFilePath(target);
    if (Status cleared = removeStalePart(part); !cleared)
        return cleared.failure();
    const int fd = openNewPrivate(part);
    if (fd < 0)
        return writeFailure(target, errno);
#ifndef Q_OS_WIN
    // Held until the file is closed: removeStalePart() leaves a locked part alone.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        return writeFailure(target, error);
    }
#endif
    return PartFile(target, part, fd);
}

PartFile::PartFile(QString target, QString path, int descriptor)
    : m_target(std::move(target))
    , m_path(std::move(path))
    , m_descriptor(descriptor)
{ }

PartFile::PartFile(PartFile &&other) noexcept
    : m_target(std::move(other.m_target))
    , m_path(std::move(other.m_path))
    , m_descriptor(std::exchange(other.m_descriptor, -1))
{ }

PartFile::~PartFile()
{
    discard();
}

void PartFile::discard()
{
    if (m_descriptor < 0)
        return;
    // Removed while still locked, so that no other writer can take the name in between.
    QFile::remove(m_path);
    closeChecked(std::exchange(m_descriptor, -1));
}

Status PartFile::write(const QByteArray &bytes)
{
    if (m_descriptor < 0)
        return writeFailure(m_target, EBADF);
    if (const int error = writeEverything(m_descriptor, bytes.constData(), bytes.size())) {
        discard();
        return writeFailure(m_target, error);
    }
    return success();
}

Status PartFile::commit()
{
    if (m_descriptor < 0)
        return writeFailure(m_target, EBADF);
    // The content must be on disk before it takes the target's name, or a power loss could leave a named, empty file.
    if (syncDescriptor(m_descriptor) != 0) {
        const int error = errno;
        discard();
        return writeFailure(m_target, error);
    }
    if (const int error = closeChecked(std::exchange(m_descriptor, -1))) {
        QFile::remove(m_path);
        return writeFailure(m_target, error);
    }
    return moveIntoPlace(m_path, m_target);
}

Status writeFileAtomically(const QString &target, const QByteArray &bytes)
{
    auto part = PartFile::create(target);
    if (!part)
        return part.failure();
    if (Status written = part->write(bytes); !written)
        return written;
    return part->commit();
}

Status writeAllTo(int descriptor, const QByteArray &bytes)
{
    const QString name = Text::tr("Standard output");
#ifdef Q_OS_WIN
    if (const int error = writeEverything(descriptor, bytes.constData(), bytes.size()))
        return writeFailure(name, error);
    return success();
#else
    struct stat status
    { };
    const bool regular = ::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode);
    const off_t start = regular ? ::lseek(descriptor, 0, SEEK_CUR) : -1;
    int error = writeEverything(descriptor, bytes.constData(), bytes.size());
    // A pipe or terminal cannot be synced; a file can, and a full disk may only show there.
    if (!error && regular && ::fsync(descriptor) != 0 && errno != EINVAL)
        error = errno;
    if (error) {
        // Half an export looks like a whole one: cut off what this call wrote, so that nobody keeps it by mistake.
        if (regular && start >= 0) {
            [[maybe_unused]] const int truncated = ::ftruncate(descriptor, start); // the write's error is the one to report
        }
        return writeFailure(name, error);
    }
    return success();
#endif
}

} // namespace mosaic
