// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"

#include <QByteArray>

class QIODevice;

namespace mosaic {

/// The whole journal as an interchange document ("mosaic-journal", version 1), UTF-8 and pretty-printed.
///
/// Keys follow the schema's order; every record starts with id, createdAt, updatedAt and (for a
/// tombstone) deletedAt. Empty text, empty lists and absent optionals are left out; fields with a
/// schema default (importance, archived, kind, ritual, target, value, enabled, quality, done) are
/// always written so that the file says what it means. Tombstoned records are written too: a merge
/// needs them. Instants are written in UTC ("…Z"), dates as YYYY-MM-DD, reminder times as HH:mm.
QByteArray writeJournalJson(const Journal &journal);

/// The same document, streamed to an open, writable `device`. Fails when the device refuses a write.
Status writeJournalJson(const Journal &journal, QIODevice &device);

} // namespace mosaic
