// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"

#include <QList>
#include <QString>

namespace mosaic {

class Database;

/// What a merge did (or, in a dry run, would do) to one collection.
struct CollectionCounts
{
    QString collection; ///< The interchange name: "incidents", "checkIns", "values", …
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    friend bool operator==(const CollectionCounts &, const CollectionCounts &) = default;
};

struct ImportSummary
{
    QList<CollectionCounts> collections; ///< In the interchange file's order.
    bool dryRun = false;
    CollectionCounts total() const;
};

enum class ImportMode
{
    Apply,
    DryRun
};

/// Merges a validated interchange journal into the database, all or nothing: first the integrity checks
/// (unique ids and keys, every reference names a record in the file or in the journal), then, in one write
/// transaction, each record is added when new, replaces the stored one only when its updatedAt is newer,
/// and is otherwise left alone. Tombstones merge like any other change. A dry run writes nothing.
Result<ImportSummary> importJournal(const Database &database, const Journal &journal, ImportMode mode);

} // namespace mosaic
