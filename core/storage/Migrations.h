// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace mosaic {

/// Applies the schema steps after `fromVersion` up to and including `toVersion`, in order, on `connection`.
/// The caller holds the write transaction and records the new PRAGMA user_version.
/// The steps are history: once released, a step never changes; a new schema is a new step.
Status applyMigrations(const QSqlDatabase &connection, int fromVersion, int toVersion);

/// Drops the full-text index and the triggers that keep it in step, inside the caller's write transaction.
/// A large import then writes its rows without indexing them one statement at a time, and calls createSearchIndex().
Status dropSearchIndex(const QSqlDatabase &connection);

/// Creates the full-text index as the current schema defines it, with its triggers, and indexes every existing row.
Status createSearchIndex(const QSqlDatabase &connection);

} // namespace mosaic
