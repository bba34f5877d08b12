// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace mosaic {

/// Applies the schema steps after `fromVersion` up to and including `toVersion`, in order, on `connection`.
/// The caller holds the write transaction and records the new PRAGMA user_version.
/// The steps are history: once released, a step never changes; a new schema is a new step.
Status applyMigrations(const QSqlDatabase &connection, int fromVersion, int toVersion);

/// What a bulk load took down and must build again.
struct BulkLoad
{
    QStringList indexDefinitions; ///< CREATE INDEX statements of the secondary indexes, as the file had them.
};

/// For a large import, inside the caller's write transaction: drops the secondary indexes and the full-text index
/// with the triggers that keep it in step, so that rows are written without maintaining any of them one at a time.
/// endBulkLoad() builds them all again from the rows, each in one pass; a rollback restores them as they were.
Result<BulkLoad> beginBulkLoad(const QSqlDatabase &connection);
Status endBulkLoad(const QSqlDatabase &connection, const BulkLoad &load);

} // namespace mosaic
