// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

class HabitStore;

/// Deletes a habit at `at` with its check-ins and its reminders (docs/data-rules.md, "Deleted parents"). Inside the
/// caller's write transaction, which rolls back on failure. Failure::badInput when the habit is not in the journal
/// or already deleted.
Status deleteHabit(const QSqlDatabase &connection, HabitStore &habits, const QString &habitId, const QDateTime &at);

} // namespace mosaic
