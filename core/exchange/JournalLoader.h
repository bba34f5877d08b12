// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"

#include <QDateTime>
#include <QString>

namespace mosaic {

class Database;

/// Reads the whole journal, tombstones included, from one consistent snapshot: what an export writes.
/// Records come in a stable order (creation time, then id), so two exports of the same journal are identical.
Result<Journal> loadJournal(const Database &database, const QDateTime &exportedAt, const QString &app);

} // namespace mosaic
