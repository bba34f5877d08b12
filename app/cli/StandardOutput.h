// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QIODevice>

namespace mosaic::cli {

/// Standard output, with every write checked: it may be a file on a full disk (`mosaic export > FILE`), where an
/// unchecked write would end with exit 0 and half a file.
class StandardOutput : public QIODevice
{
public:
    StandardOutput();

    /// Writes a whole output (an export) at once; on failure what it wrote is cut off again when it is a file.
    Status writeWhole(const QByteArray &bytes);
    /// After the last write: syncs a file, and reports the first write error since the start.
    Status finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_error = 0; ///< The errno of the first failed write.
};

} // namespace mosaic::cli
