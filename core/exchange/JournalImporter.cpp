// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalImporter.h"

#include "circles/CircleStore.h"
#include "common/TimeFormat.h"
#include "exchange/JournalIntegrity.h"
#include "exchange/JournalJsonReader.h"
#include "exchange/ValidationReport.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "reminders/ReminderStore.h"
#include "storage/Database.h"
#include "storage/DependantRecords.h"
#include "storage/Migrations.h"
#include "storage/RecordVersions.h"
#include "strengths/StrengthStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace mosaic {

CollectionCounts ImportSummary::total() const
{
    CollectionCounts sum{QStringLiteral("total")};
    for (const CollectionCounts &counts : collections) {
        sum.added += counts.added;
        sum.updated += counts.updated;
        sum.unchanged += counts.unchanged;
    }
    return sum;
}

namespace {

enum class MergeDecision
{
    Add,
    Update,
    Keep
};

// From this many records in the file on, the indexes are built once after the rows instead of row by row.
constexpr qsizetype kBulkImportRecords = 5000;

// Last updatedAt wins; a record without one (memberships may lack it) never replaces a stored one.
MergeDecision decide(const QHash<QString, QString> &stored, const QString &key, const std::optional<QDateTime> &incomingUpdatedAt)
{
    const auto found = stored.constFind(key);
    if (found == stored.constEnd())
        return MergeDecision::Add;
    if (!incomingUpdatedAt)
        return MergeDecision::Keep;
    // Both sides are in the fixed-width storage form, whose text order is time order.
    return TimeFormat::storageInstant(*incomingUpdatedAt) > found.value() ? MergeDecision::Update : MergeDecision::Keep;
}

template <typename Record>
QString idOf(const Record &record)
{
    return record.stamps.id;
}

template <typename Record>
std::optional<QDateTime> stampedUpdatedAt(const Record &record)
{
    return record.stamps.updatedAt;
}

struct StoredVersions
{
    QHash<QString, QString> byTable[enumCount<RecordTable>()];
    const QHash<QString, QString> &operator[](RecordTable table) const { return byTable[static_cast<std::size_t>(table)]; }
};

Result<StoredVersions> loadStoredVersions(const QSqlDatabase &connection)
{
    StoredVersions versions;
    for (std::size_t i = 0; i < enumCount<RecordTable>(); ++i) {
        auto loaded = loadRecordVersions(connection, static_cast<RecordTable>(i));
        if (!loaded)
            return loaded.failure();
        versions.byTable[i] = std::move(*loaded);
    }
    return versions;
}

KnownRecordIds knownIds(const StoredVersions &versions)
{
    const auto keys = [](const QHash<QString, QString> &hash) {
        QSet<QString> set;
        set.reserve(hash.size());
        for (auto it = hash.keyBegin(); it != hash.keyEnd(); ++it)
            set.insert(*it);
        return set;
    };
    return KnownRecordIds{keys(versions[RecordTable::Circles]), keys(versions[RecordTable::People]), keys(versions[RecordTable::Incidents]),
                          keys(versions[RecordTable::Strengths]), keys(versions[RecordTable::Habits])};
}

// Records handed to a store's saveAll at once: enough to amortise each call, few enough that only a sliver of the
// file is held as values at a time.
constexpr qsizetype kBatchRecords = 256;

/// Merges records as they arrive, in dependency order, into the open write transaction (or, in a dry run, only
/// counts): checks the references and keys of each against those seen before it and the journal's, decides it by
/// updatedAt, and saves the new and newer ones in batches. After the first integrity problem it only checks.
class JournalMerger final : public JournalRecordSink
{
public:
    JournalMerger(const QSqlDatabase &connection, const StoredVersions &versions, const KnownRecordIds &known, ImportMode mode, ValidationReport &report)
        : m_connection(connection)
        , m_versions(versions)
        , m_mode(mode)
        , m_report(report)
        , m_integrity(known, report)
        , m_incidents(connection)
        , m_strengths(connection)
        , m_habits(connection)
        , m_circles(connection)
        , m_reminders(connection)
    {
        m_summary.dryRun = mode == ImportMode::DryRun;
        m_summary.collections.append(CollectionCounts{QStringLiteral("values")});
    }

    Status values(PersonalValues &&values) override
    {
        // The personal values are one record, versioned by their updatedAt.
        CollectionCounts &counts = m_summary.collections.first();
        auto stored = m_strengths.personalValues();
        if (!stored)
            return stored.failure();
        const bool add = !stored->has_value();
        const bool update = !add && TimeFormat::storageInstant(values.updatedAt) > TimeFormat::storageInstant((*stored)->updatedAt);
        (add ? counts.added : update ? counts.updated : counts.unchanged) += 1;
        if ((add || update) && writing())
            return m_strengths.save(values);
        return success();
    }

    Status add(qsizetype index, Circle &&record) override { return take(index, std::move(record), RecordTable::Circles, m_circleBatch); }
    Status add(qsizetype index, Person &&record) override { return take(index, std::move(record), RecordTable::People, m_personBatch); }
    Status add(qsizetype index, Membership &&record) override { return take(index, std::move(record), RecordTable::Memberships, m_membershipBatch); }
    Status add(qsizetype index, Contact &&record) override { return take(index, std::move(record), RecordTable::Contacts, m_contactBatch); }
    Status add(qsizetype index, Incident &&record) override { return take(index, std::move(record), RecordTable::Incidents, m_incidentBatch); }
    Status add(qsizetype index, Reframe &&record) override { return take(index, std::move(record), RecordTable::Reframes, m_reframeBatch); }
    Status add(qsizetype index, Strength &&record) override { return take(index, std::move(record), RecordTable::Strengths, m_strengthBatch); }
    Status add(qsizetype index, Win &&record) override { return take(index, std::move(record), RecordTable::Wins, m_winBatch); }
    Status add(qsizetype index, Habit &&record) override { return take(index, std::move(record), RecordTable::Habits, m_habitBatch); }
    Status add(qsizetype index, CheckIn &&record) override { return take(index, std::move(record), RecordTable::CheckIns, m_checkInBatch); }
    Status add(qsizetype index, Reminder &&record) override { return take(index, std::move(record), RecordTable::Reminders, m_reminderBatch); }

    Status endCollection(QLatin1StringView collection) override
    {
        if (Status flushed = flushAll(); !flushed)
            return flushed;
        m_counts.collection = collection;
        m_summary.collections.append(std::exchange(m_counts, {}));
        return success();
    }

    /// Before the first record, for a file of `records` records: from kBulkImportRecords on, the indexes come down,
    /// to be built once at the end. Maintaining them row by row costs a full-text flush per statement. Decided before
    /// anything is written, so that no index entry is written only to be dropped; all of it happens in the one
    /// transaction, so a failure undoes it all.
    Status start(qsizetype records)
    {
        if (m_mode != ImportMode::Apply || records < kBulkImportRecords)
            return success();
        auto begun = beginBulkLoad(m_connection);
        if (!begun)
            return begun.failure();
        m_bulk = std::move(*begun);
        return success();
    }

    /// After the last record: builds the indexes again when a bulk load took them down.
    Status finish()
    {
        if (!m_bulk)
            return success();
        return endBulkLoad(m_connection, *m_bulk);
    }

    const ImportSummary &summary() const { return m_summary; }

private:
    bool writing() const { return m_mode == ImportMode::Apply && m_report.isEmpty(); }

    static QString keyOf(const Membership &m) { return membershipKey(m.personId, m.circleId); }
    static QString keyOf(const CheckIn &c) { return checkInKey(c.habitId, c.date); }
    template <typename Record>
    static QString keyOf(const Record &record)
    {
        return record.stamps.id;
    }
    // A membership may lack an updatedAt; then it never replaces a stored one.
    static std::optional<QDateTime> updatedAtOf(const Membership &m) { return m.updatedAt; }
    static std::optional<QDateTime> updatedAtOf(const CheckIn &c) { return c.updatedAt; }
    template <typename Record>
    static std::optional<QDateTime> updatedAtOf(const Record &record)
    {
        return record.stamps.updatedAt;
    }

    template <typename Record>
    Status take(qsizetype index, Record &&record, RecordTable table, QList<Record> &batch)
    {
        if (!m_report.isFull())
            m_integrity.check(index, record);
        switch (decide(m_versions[table], keyOf(record), updatedAtOf(record))) {
        case MergeDecision::Add:
            ++m_counts.added;
            break;
        case MergeDecision::Update:
            ++m_counts.updated;
            break;
        case MergeDecision::Keep:
            ++m_counts.unchanged;
            return success();
        }
        if (!writing())
            return success();
        batch.append(std::move(record));
        if (batch.size() >= kBatchRecords)
            return flush(batch);
        return success();
    }

    template <typename Record>
    Status flush(QList<Record> &batch)
    {
        if (batch.isEmpty())
            return success();
        if (!writing()) {
            batch.clear();
            return success();
        }
        const Status saved = saveAll(batch);
        batch.clear();
        return saved;
    }

    // Only the batch of the collection being read holds records; the others are empty.
    Status flushAll()
    {
        Status status = success();
        const auto then = [&](auto &batch) {
            if (status)
                status = flush(batch);
        };
        then(m_circleBatch);
        then(m_personBatch);
        then(m_membershipBatch);
        then(m_contactBatch);
        then(m_incidentBatch);
        then(m_reframeBatch);
        then(m_strengthBatch);
        then(m_winBatch);
        then(m_habitBatch);
        then(m_checkInBatch);
        then(m_reminderBatch);
        return status;
    }

    Status saveAll(const QList<Circle> &batch) { return m_circles.saveAll(batch); }
    Status saveAll(const QList<Person> &batch) { return m_circles.saveAll(batch); }
    Status saveAll(const QList<Membership> &batch) { return m_circles.saveAll(batch); }
    Status saveAll(const QList<Contact> &batch) { return m_circles.saveAll(batch); }
    Status saveAll(const QList<Incident> &batch) { return m_incidents.saveAll(batch); }
    Status saveAll(const QList<Reframe> &batch) { return m_incidents.saveAll(batch); }
    Status saveAll(const QList<Strength> &batch) { return m_strengths.saveAll(batch); }
    Status saveAll(const QList<Win> &batch) { return m_strengths.saveAll(batch); }
    Status saveAll(const QList<Habit> &batch) { return m_habits.saveAll(batch); }
    Status saveAll(const QList<CheckIn> &batch) { return m_habits.saveAll(batch); }
    Status saveAll(const QList<Reminder> &batch) { return m_reminders.saveAll(batch); }

    QSqlDatabase m_connection;
    const StoredVersions &m_versions;
    ImportMode m_mode;
    ValidationReport &m_report;
    IntegrityTracker m_integrity;
    IncidentStore m_incidents;
    StrengthStore m_strengths;
    HabitStore m_habits;
    CircleStore m_circles;
    ReminderStore m_reminders;
    ImportSummary m_summary;
    CollectionCounts m_counts;
    std::optional<BulkLoad> m_bulk;
    QList<Circle> m_circleBatch;
    QList<Person> m_personBatch;
    QList<Membership> m_membershipBatch;
    QList<Contact> m_contactBatch;
    QList<Incident> m_incidentBatch;
    QList<Reframe> m_reframeBatch;
    QList<Strength> m_strengthBatch;
    QList<Win> m_winBatch;
    QList<Habit> m_habitBatch;
    QList<CheckIn> m_checkInBatch;
    QList<Reminder> m_reminderBatch;
};

/// Hands a Journal's records to a sink in the order the reader would.
Status feedJournal(const Journal &journal, JournalRecordSink &sink)
{
    if (Status s = sink.header(journal.exportedAt, journal.app); !s)
        return s;
    if (journal.values) {
        if (Status s = sink.values(PersonalValues(*journal.values)); !s)
            return s;
    }
    Status status = success();
    const auto feed = [&](QLatin1StringView collection, const auto &records) {
        for (qsizetype i = 0; i < records.size() && status; ++i) {
            auto copy = records[i];
            status = sink.add(i, std::move(copy));
        }
        if (status)
            status = sink.endCollection(collection);
    };
    feed("circles"_L1, journal.circles);
    feed("people"_L1, journal.people);
    feed("memberships"_L1, journal.memberships);
    feed("contacts"_L1, journal.contacts);
    feed("incidents"_L1, journal.incidents);
    feed("reframes"_L1, journal.reframes);
    feed("strengths"_L1, journal.strengths);
    feed("wins"_L1, journal.wins);
    feed("habits"_L1, journal.habits);
    feed("checkIns"_L1, journal.checkIns);
    feed("reminders"_L1, journal.reminders);
    return status;
}

// One import, all or nothing: `feed` hands the records to the merger, which writes them into one transaction.
// `bulkRecords(versions, known)` says how many records the bulk-load decision counts.
template <typename BulkRecords, typename Feed>
Result<ImportSummary> runImport(const Database &database, ImportMode mode, BulkRecords &&bulkRecords, Feed &&feed)
{
    const QSqlDatabase connection = database.connection();
    const ImportCacheLimit cacheLimit(database); // outlives the transaction: restored after commit or rollback
    // The versions are read under the write lock, so no other writer can slip in between check and merge.
    std::optional<WriteTransaction> transaction;
    if (mode == ImportMode::Apply) {
        auto begun = WriteTransaction::begin(database);
        if (!begun)
            return begun.failure();
        transaction.emplace(std::move(*begun));
    }
    const auto versions = loadStoredVersions(connection);
    if (!versions)
        return versions.failure();
    const KnownRecordIds known = knownIds(*versions); // the merger refers to it
    ValidationReport integrity;
    JournalMerger merger(connection, *versions, known, mode, integrity);
    if (Status started = merger.start(bulkRecords(*versions, known)); !started)
        return started.failure();
    if (Status fed = feed(merger); !fed)
        return fed.failure(); // the transaction rolls back
    if (!integrity.isEmpty())
        return integrity.toFailure();
    if (Status finished = merger.finish(); !finished)
        return finished.failure();
    if (transaction) {
        // Whatever the file held, a record whose parent is deleted is deleted too (docs/data-rules.md, "Deleted parents").
        if (Status dependants = tombstoneDependantsOfDeleted(connection); !dependants)
            return dependants.failure();
        if (Status committed = transaction->commit(); !committed)
            return committed.failure();
    }
    return merger.summary();
}

} // namespace

ImportCacheLimit::ImportCacheLimit(const Database &database)
    : m_connection(database.connection())
{
    QSqlQuery query(m_connection);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
        m_previous = query.value(0).toLongLong();
        query.finish();
        // Failing leaves the larger cache: slower to nothing, only bigger.
        (void)query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKibibytes));
    }
}

ImportCacheLimit::~ImportCacheLimit()
{
    if (!m_previous)
        return;
    QSqlQuery query(m_connection);
    (void)query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

Result<ImportSummary> importJournal(const Database &database, const Journal &journal, ImportMode mode)
{
    // The whole journal is at hand, so a counting pass can decide by the records that will change, as before.
    const auto changes = [&](const StoredVersions &versions, const KnownRecordIds &known) -> qsizetype {
        if (mode == ImportMode::DryRun)
            return 0;
        ValidationReport ignored;
        JournalMerger counter(database.connection(), versions, known, ImportMode::DryRun, ignored);
        if (!feedJournal(journal, counter))
            return 0;
        const CollectionCounts planned = counter.summary().total();
        return planned.added + planned.updated;
    };
    return runImport(database, mode, changes, [&](JournalRecordSink &sink) { return feedJournal(journal, sink); });
}

Result<ImportSummary> importJournalFile(const Database &database, ScannedJournal file, ImportMode mode)
{
    // Streamed, the records are known only as they come: the file's count decides, before anything is written.
    const qsizetype recordCount = file.recordCount();
    const auto records = [&](const StoredVersions &, const KnownRecordIds &) { return recordCount; };
    // The file moves into the reading step, so that its bytes are freed once the records are read, before the indexes
    // are built again.
    const auto read = [&](JournalRecordSink &sink) {
        const ScannedJournal consumed = std::move(file);
        return readJournalRecords(consumed, sink);
    };
    return runImport(database, mode, records, read);
}

} // namespace mosaic
