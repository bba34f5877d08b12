// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace mosaic {

/// Applies the schema steps after `fromVersion` up to and including `toVersion`, in order, on `connection`.
/// The caller holds the write transaction and records the new PRAGMA user_version.
/// The steps are history: once released, a step never changes; a new schema is a new step.
Status applyMigrations(const QSqlDatabase &connection, int fromVersion, int toVersion);

} // namespace mosaic
