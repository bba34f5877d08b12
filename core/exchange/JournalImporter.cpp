// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalImporter.h"

#include "circles/CircleStore.h"
#include "common/TimeFormat.h"
#include "exchange/JournalIntegrity.h"
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

// From this many new or changed records on, the indexes are built once after the rows instead of row by row.
constexpr int kBulkImportRecords = 5000;

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

// Decides each record of one collection, then saves the new and newer ones in batches.
template <typename Record, typename KeyOf, typename UpdatedAtOf, typename Store>
Status mergeCollection(const QString &name,
                       const QList<Record> &records,
                       const QHash<QString, QString> &stored,
                       KeyOf keyOf,
                       UpdatedAtOf updatedAtOf,
                       Store &store,
                       ImportMode mode,
                       ImportSummary &summary)
{
    CollectionCounts counts{name};
    QList<Record> changed;
    for (const Record &record : records) {
        switch (decide(stored, keyOf(record), updatedAtOf(record))) {
        case MergeDecision::Add:
            ++counts.added;
            changed.append(record);
            break;
        case MergeDecision::Update:
            ++counts.updated;
            changed.append(record);
            break;
        case MergeDecision::Keep:
            ++counts.unchanged;
            break;
        }
    }
    if (mode == ImportMode::Apply && !changed.isEmpty()) {
        if (Status saved = store.saveAll(changed); !saved)
            return saved;
    }
    summary.collections.append(counts);
    return success();
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

Result<ImportSummary> merge(const QSqlDatabase &connection, const Journal &journal, const StoredVersions &versions, ImportMode mode)
{

    IncidentStore incidents(connection);
    StrengthStore strengths(connection);
    HabitStore habits(connection);
    CircleStore circles(connection);
    ReminderStore reminders(connection);

    ImportSummary summary;
    summary.dryRun = mode == ImportMode::DryRun;

    // The personal values are one record, versioned by their updatedAt.
    {
        CollectionCounts counts{QStringLiteral("values")};
        if (journal.values) {
            auto stored = strengths.personalValues();
            if (!stored)
                return stored.failure();
            const bool add = !stored->has_value();
            const bool update = !add && TimeFormat::storageInstant(journal.values->updatedAt) > TimeFormat::storageInstant((*stored)->updatedAt);
            (add ? counts.added : update ? counts.updated : counts.unchanged) += 1;
            if ((add || update) && mode == ImportMode::Apply) {
                if (Status saved = strengths.save(*journal.values); !saved)
                    return saved.failure();
            }
        }
        summary.collections.append(counts);
    }

    const auto membershipKeyOf = [](const Membership &m) { return membershipKey(m.personId, m.circleId); };
    const auto checkInKeyOf = [](const CheckIn &c) { return checkInKey(c.habitId, c.date); };
    const auto optionalUpdatedAt = [](const auto &record) { return record.updatedAt; };
    const auto requiredUpdatedAt = [](const CheckIn &c) { return std::optional<QDateTime>(c.updatedAt); };

    // Referenced collections first, so that each foreign key finds its row.
    const Status merged = [&]() -> Status {
        if (Status s = mergeCollection(QStringLiteral("circles"), journal.circles, versions[RecordTable::Circles], idOf<Circle>, stampedUpdatedAt<Circle>,
                                       circles, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("people"), journal.people, versions[RecordTable::People], idOf<Person>, stampedUpdatedAt<Person>, circles,
                                       mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("memberships"), journal.memberships, versions[RecordTable::Memberships], membershipKeyOf,
                                       optionalUpdatedAt, circles, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("contacts"), journal.contacts, versions[RecordTable::Contacts], idOf<Contact>, stampedUpdatedAt<Contact>,
                                       circles, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("incidents"), journal.incidents, versions[RecordTable::Incidents], idOf<Incident>,
                                       stampedUpdatedAt<Incident>, incidents, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("reframes"), journal.reframes, versions[RecordTable::Reframes], idOf<Reframe>, stampedUpdatedAt<Reframe>,
                                       incidents, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("strengths"), journal.strengths, versions[RecordTable::Strengths], idOf<Strength>,
                                       stampedUpdatedAt<Strength>, strengths, mode, summary);
            !s)
            return s;
        if (Status s =
                mergeCollection(QStringLiteral("wins"), journal.wins, versions[RecordTable::Wins], idOf<Win>, stampedUpdatedAt<Win>, strengths, mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("habits"), journal.habits, versions[RecordTable::Habits], idOf<Habit>, stampedUpdatedAt<Habit>, habits,
                                       mode, summary);
            !s)
            return s;
        if (Status s = mergeCollection(QStringLiteral("checkIns"), journal.checkIns, versions[RecordTable::CheckIns], checkInKeyOf, requiredUpdatedAt, habits,
                                       mode, summary);
            !s)
            return s;
        return mergeCollection(QStringLiteral("reminders"), journal.reminders, versions[RecordTable::Reminders], idOf<Reminder>, stampedUpdatedAt<Reminder>,
                               reminders, mode, summary);
    }();
    if (!merged)
        return merged.failure();
    return summary;
}

} // namespace

Result<ImportSummary> importJournal(const Database &database, const Journal &journal, ImportMode mode)
{
    const QSqlDatabase connection = database.connection();
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
    if (Status checked = checkJournalIntegrity(journal, knownIds(*versions)); !checked)
        return checked.failure();
    auto plan = merge(connection, journal, *versions, ImportMode::DryRun);
    if (!plan || mode == ImportMode::DryRun)
        return plan;

    // Maintaining the indexes row by row costs a full-text flush per statement; for a large import, building them
    // once afterwards is several times faster. All of it happens in the one transaction: a failure undoes it all.
    const CollectionCounts planned = plan->total();
    std::optional<BulkLoad> bulk;
    if (planned.added + planned.updated >= kBulkImportRecords) {
        auto begun = beginBulkLoad(connection);
        if (!begun)
            return begun.failure();
        bulk = std::move(*begun);
    }
    auto summary = merge(connection, journal, *versions, ImportMode::Apply);
    if (!summary)
        return summary; // the transaction rolls back
    if (bulk) {
        if (Status rebuilt = endBulkLoad(connection, *bulk); !rebuilt)
            return rebuilt.failure();
    }
    // Whatever the file held, a record whose parent is deleted is deleted too (docs/data-rules.md).
    if (Status dependants = tombstoneDependantsOfDeleted(connection); !dependants)
        return dependants.failure();
    if (Status committed = transaction->commit(); !committed)
        return committed.failure();
    return summary;
}

} // namespace mosaic
