// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardOutput.h"

#include "storage/FileWriting.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mosaic::cli {

namespace {
// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::StandardOutput)
};

int descriptor()
{
    return fileno(stdout);
}
} // namespace

StandardOutput::StandardOutput()
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

Status StandardOutput::writeWhole(const QByteArray &bytes)
{
    if (m_error)
        return finish();
    return writeAllTo(descriptor(), bytes);
}

Status StandardOutput::finish()
{
#ifndef Q_OS_WIN
    struct stat status
    { };
    // A pipe or terminal cannot be synced; a file can, and a full disk may only show there.
    if (!m_error && ::fstat(descriptor(), &status) == 0 && S_ISREG(status.st_mode) && ::fsync(descriptor()) != 0 && errno != EINVAL)
        m_error = errno;
#endif
    if (!m_error)
        return success();
    //: %1 is advice on what to do, e.g. "The disk is full. Free some space and try again."
    return Failure::operation(Text::tr("Writing to standard output failed. %1").arg(fileErrorAdvice(m_error)));
}

qint64 StandardOutput::readData(char *, qint64)
{
    return -1;
}

qint64 StandardOutput::writeData(const char *data, qint64 size)
{
    if (m_error)
        return -1;
    qint64 written = 0;
    while (written < size) {
#ifdef Q_OS_WIN
        const int count = ::_write(descriptor(), data + written, unsigned(size - written));
#else
        const ssize_t count = ::write(descriptor(), data + written, size_t(size - written));
#endif
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0) {
            m_error = count < 0 ? errno : ENOSPC;
            return -1;
        }
        written += count;
    }
    return written;
}

} // namespace mosaic::cli
