// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

class CircleStore;
class Database;

/// Deletes a circle at `at` with what belongs to it: its memberships, and the contacts logged with the whole circle
/// (docs/data-rules.md, "Deleted parents"). Inside the caller's write transaction, which rolls back on failure.
/// Failure::badInput when the circle is not in the journal or already deleted.
Status deleteCircle(const QSqlDatabase &connection, CircleStore &circles, const QString &circleId, const QDateTime &at);

/// Deletes a person at `at` with their memberships and their contact log, as deleteCircle() does.
Status deletePerson(const QSqlDatabase &connection, CircleStore &circles, const QString &personId, const QDateTime &at);

/// The same on the journal's own connection.
Status deleteCircle(const Database &journal, CircleStore &circles, const QString &circleId, const QDateTime &at);
Status deletePerson(const Database &journal, CircleStore &circles, const QString &personId, const QDateTime &at);

} // namespace mosaic
