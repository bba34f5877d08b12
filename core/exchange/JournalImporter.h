// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/Journal.h"
#include "exchange/JournalJsonReader.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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

/// The same merge, streamed: reads the scanned file record by record (readJournalRecords) and merges each as it comes,
/// in batches, into one write transaction, so that the file is never held as a whole Journal. A schema or integrity
/// problem anywhere is reported as readJournalJson() and importJournal() report it, and nothing is written; a
/// dry run reads and counts the same way and writes nothing. Takes the file so as to free its bytes once the records
/// are read, before the indexes are built again.
Result<ImportSummary> importJournalFile(const Database &database, ScannedJournal file, ImportMode mode);

/// The journal connection's page cache is sized for reading (64 MiB). An import that kept every page it writes
/// there, or a backup after it that reads every page, would take memory in proportion to the journal on top of the
/// file. While this lives, the cache is capped: changed pages spill to the write-ahead log, still inside the
/// transaction. The imports hold one; a command that backs up after importing holds one across both.
class ImportCacheLimit
{
public:
    explicit ImportCacheLimit(const Database &database);
    ~ImportCacheLimit();
    ImportCacheLimit(const ImportCacheLimit &) = delete;
    ImportCacheLimit &operator=(const ImportCacheLimit &) = delete;

private:
    static constexpr int kImportCacheKibibytes = 4096;
    QSqlDatabase m_connection;
    std::optional<qint64> m_previous;
};

} // namespace mosaic
