// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mosaic {

/// The identity and history every record carries so that two copies of a journal can merge record by record.
/// Instants are UTC with millisecond precision.
struct RecordStamps
{
    QString id; ///< Lowercase UUID, e.g. "d27c3a5b-4e28-4100-925c-806205221a0f".
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt; ///< A tombstone: set when the record was deleted.

    bool isDeleted() const { return deletedAt.has_value(); }
    friend bool operator==(const RecordStamps &, const RecordStamps &) = default;
};

} // namespace mosaic
