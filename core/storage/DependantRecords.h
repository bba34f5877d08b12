// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace mosaic {

/// Deleted means gone, everywhere (docs/data-rules.md, "Deleted parents"): a record that belongs to another — a
/// reframe to its reflection, a membership to its person and its circle, a contact to its person (or, without one,
/// its circle), a check-in and a reminder to their habit — is deleted with it.
///
/// The statements that tombstone every live dependant of a deleted parent, in the same step for any journal: the
/// dependant's deletedAt is the parent's, and its updatedAt that instant moved forward past its own (as every edit
/// is, see SqlText::forwardUpdatedAt). Two computers applying the rule to the same records write the same tombstones,
/// so their exports merge without either side's version winning back a deleted record.
QStringList dependantTombstoneStatements();

/// Runs dependantTombstoneStatements() inside the caller's write transaction: after a parent is deleted, and after an
/// import, whatever the file held (an older file, a merge of two computers' changes).
Status tombstoneDependantsOfDeleted(const QSqlDatabase &connection);

/// One user's deletion: the live record `find()` returns is tombstoned by `mark()`, then everything that belonged to
/// it. Inside the caller's write transaction. Failure::badInput with `goneMessage` when the record is not in the
/// journal or already deleted.
template <typename Find, typename Mark>
Status deleteWithDependants(const QSqlDatabase &connection, Find find, Mark mark, const QString &goneMessage)
{
    const auto found = find();
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return Failure::badInput(goneMessage);
    if (Status marked = mark(); !marked)
        return marked;
    return tombstoneDependantsOfDeleted(connection);
}

} // namespace mosaic
