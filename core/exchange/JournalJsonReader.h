// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/InputLimits.h"
#include "common/Result.h"
#include "exchange/Journal.h"

#include <QByteArray>
#include <QString>

namespace mosaic {

/// Largest file accepted (see InputLimits).
inline constexpr qint64 kMaxJournalFileBytes = InputLimits::kJournalFileBytes;

/// Parses and validates a whole interchange file against the v1 schema (mosaic-journal-v1). On failure:
/// Failure::badInput with a summary line and then one "$.json.path: rule" line per problem (at most 20).
/// Records keep their file order, so index i of a Journal list is index i of that array in the file.
/// References between records are not checked here: see checkJournalIntegrity().
Result<Journal> readJournalJson(const QByteArray &bytes);

/// Reads a file from disk (refusing missing, unreadable, empty and oversized files), then readJournalJson().
Result<Journal> readJournalFile(const QString &path);

} // namespace mosaic
