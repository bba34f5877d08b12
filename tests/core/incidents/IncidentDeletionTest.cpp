// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentDeletion.h"

#include "QtPrinters.h"
#include "StoreFixtures.h"
#include "incidents/ReflectionDraftStore.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;

namespace {

/// A journal with one incident (two living reframes, one reframe deleted earlier, a draft) and another incident with
/// a reframe of its own, which deleting the first must leave alone.
struct DeletionJournal : TestJournal
{
    const QString circleId = id('c', 1);
    const QString personId = id('b', 1);
    const QString incidentId = id('1', 1);
    const QString otherIncidentId = id('1', 2);
    const QString reframeA = id('2', 1);
    const QString reframeB = id('2', 2);
    const QString oldReframe = id('2', 3);
    const QString otherReframe = id('2', 4);
    const QDateTime earlier = at(20, 8);

    DeletionJournal()
    {
        requireOk(circles.save(fullCircle(circleId)));
        requireOk(circles.save(fullPerson(personId)));
        requireOk(incidents.save(fullIncident(incidentId, circleId, personId)));
        requireOk(incidents.save(fullIncident(otherIncidentId, circleId, personId)));
        requireOk(incidents.save(fullReframe(reframeA, incidentId)));
        requireOk(incidents.save(fullReframe(reframeB, incidentId)));
        requireOk(incidents.save(fullReframe(oldReframe, incidentId)));
        requireOk(incidents.markReframeDeleted(oldReframe, earlier));
        requireOk(incidents.save(fullReframe(otherReframe, otherIncidentId)));
        requireOk(ReflectionDraftStore(connection).save(ReflectionDraft{incidentId, 4, at(21)}));
    }

    Incident incident(const QString &incidentIdToRead) { return require(incidents.findIncident(incidentIdToRead)).value(); }
    Reframe reframe(const QString &reframeId) { return require(incidents.findReframe(reframeId)).value(); }
    std::optional<ReflectionDraft> draft() { return require(ReflectionDraftStore(connection).findDraft(incidentId)); }
    qsizetype searchHits(const QString &word) { return searchRowIds(connection, word).size(); }
};

} // namespace

TEST_CASE("restoredStamp is now, and always later than the tombstone", "[incidents][deletion]")
{
    const QDateTime deleted = at(22, 10, 0);
    CHECK(restoredStamp(deleted, at(22, 11, 0)) == at(22, 11, 0));
    // A clock that stands still (or went back) still yields a stamp after the tombstone, so a merge keeps the restore.
    CHECK(restoredStamp(deleted, deleted) == deleted.addMSecs(1));
    CHECK(restoredStamp(deleted, at(21, 10, 0)) == deleted.addMSecs(1));
}

TEST_CASE("Deleting an incident tombstones it and its living reframes, and forgets its draft", "[incidents][deletion]")
{
    DeletionJournal journal;
    const QDateTime deletedAt = at(25, 12);
    const qsizetype hitsBefore = journal.searchHits(QStringLiteral("barbecue"));
    REQUIRE(hitsBefore == 2);

    auto transaction = require(WriteTransaction::begin(journal.connection));
    const IncidentDeletion deletion = require(deleteIncident(journal.connection, journal.incidents, journal.incidentId, deletedAt));
    requireOk(transaction.commit());

    CHECK(deletion.incidentId == journal.incidentId);
    CHECK(deletion.reframeIds == QStringList{journal.reframeA, journal.reframeB});
    REQUIRE(deletion.draft.has_value());
    CHECK(deletion.draft->step == 4);
    CHECK(deletion.deletedAt == deletedAt);

    CHECK(journal.incident(journal.incidentId).stamps.deletedAt == deletedAt);
    CHECK(journal.incident(journal.incidentId).stamps.updatedAt == deletedAt);
    CHECK(journal.reframe(journal.reframeA).stamps.deletedAt == deletedAt);
    CHECK(journal.reframe(journal.reframeB).stamps.deletedAt == deletedAt);
    // Deleted before: keeps its own tombstone.
    CHECK(journal.reframe(journal.oldReframe).stamps.deletedAt == journal.earlier);
    // The other incident and its reframe are untouched.
    CHECK_FALSE(journal.incident(journal.otherIncidentId).stamps.isDeleted());
    CHECK_FALSE(journal.reframe(journal.otherReframe).stamps.isDeleted());
    CHECK_FALSE(journal.draft().has_value());
    CHECK(journal.searchHits(QStringLiteral("barbecue")) == hitsBefore - 1);
}

TEST_CASE("Undo restores exactly what the deletion took away", "[incidents][deletion]")
{
    DeletionJournal journal;
    const Incident before = journal.incident(journal.incidentId);
    const QDateTime deletedAt = at(25, 12);
    const QDateTime undoneAt = at(25, 13);

    auto deleting = require(WriteTransaction::begin(journal.connection));
    const IncidentDeletion deletion = require(deleteIncident(journal.connection, journal.incidents, journal.incidentId, deletedAt));
    requireOk(deleting.commit());

    auto undoing = require(WriteTransaction::begin(journal.connection));
    requireOk(restoreIncident(journal.connection, deletion, undoneAt));
    requireOk(undoing.commit());

    Incident after = journal.incident(journal.incidentId);
    CHECK_FALSE(after.stamps.isDeleted());
    CHECK(after.stamps.updatedAt == undoneAt);
    after.stamps.updatedAt = before.stamps.updatedAt;
    CHECK(after == before);
    for (const QString &reframeId : {journal.reframeA, journal.reframeB}) {
        CHECK_FALSE(journal.reframe(reframeId).stamps.isDeleted());
        CHECK(journal.reframe(reframeId).stamps.updatedAt == undoneAt);
    }
    CHECK(journal.reframe(journal.oldReframe).stamps.deletedAt == journal.earlier);
    REQUIRE(journal.draft().has_value());
    CHECK(journal.draft()->step == 4);
    CHECK(journal.searchHits(QStringLiteral("barbecue")) == 2);
}

TEST_CASE("Undo refuses a record that changed since, and the caller's rollback keeps the journal as it was", "[incidents][deletion]")
{
    DeletionJournal journal;
    auto deleting = require(WriteTransaction::begin(journal.connection));
    const IncidentDeletion deletion = require(deleteIncident(journal.connection, journal.incidents, journal.incidentId, at(25, 12)));
    requireOk(deleting.commit());

    // An import brings a newer tombstone of one reframe in the meantime.
    requireOk(journal.incidents.markReframeDeleted(journal.reframeB, at(26, 9)));

    {
        auto undoing = require(WriteTransaction::begin(journal.connection));
        const Status restored = restoreIncident(journal.connection, deletion, at(26, 10));
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.failure().kind == FailureKind::BadInput);
        // Leaving the scope uncommitted rolls back the incident that had already been brought back.
    }
    CHECK(journal.incident(journal.incidentId).stamps.isDeleted());
    CHECK(journal.reframe(journal.reframeA).stamps.isDeleted());
    CHECK_FALSE(journal.draft().has_value());
}

TEST_CASE("Deleting what is not in the journal fails and changes nothing", "[incidents][deletion]")
{
    DeletionJournal journal;
    const auto missing = deleteIncident(journal.connection, journal.incidents, id('1', 99), at(25));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.failure().kind == FailureKind::BadInput);

    requireOk(journal.incidents.markIncidentDeleted(journal.otherIncidentId, at(24)));
    const auto again = deleteIncident(journal.connection, journal.incidents, journal.otherIncidentId, at(25));
    REQUIRE_FALSE(again.ok());
    CHECK(journal.incident(journal.otherIncidentId).stamps.deletedAt == at(24));
    // Its reframe was not touched by the refused deletion.
    CHECK_FALSE(journal.reframe(journal.otherReframe).stamps.isDeleted());
}

TEST_CASE("A win is deleted and brought back", "[incidents][deletion]")
{
    DeletionJournal journal;
    const QString strengthId = id('5', 1);
    const QString winId = id('6', 1);
    requireOk(journal.strengths.save(fullStrength(strengthId)));
    requireOk(journal.strengths.save(fullWin(winId, strengthId, journal.incidentId)));
    const Win before = require(journal.strengths.findWin(winId)).value();

    const WinDeletion deletion = require(deleteWin(journal.strengths, winId, at(25, 12)));
    CHECK(require(journal.strengths.findWin(winId))->stamps.deletedAt == at(25, 12));
    CHECK(journal.searchHits(QStringLiteral("meeting")) == 0);
    CHECK_FALSE(deleteWin(journal.strengths, winId, at(25, 13)).ok());

    requireOk(restoreWin(journal.connection, deletion, at(25, 12)));
    Win after = require(journal.strengths.findWin(winId)).value();
    CHECK_FALSE(after.stamps.isDeleted());
    CHECK(after.stamps.updatedAt == at(25, 12).addMSecs(1));
    after.stamps.updatedAt = before.stamps.updatedAt;
    CHECK(after == before);
    CHECK(journal.searchHits(QStringLiteral("meeting")) == 1);
    // A second undo finds nothing to bring back.
    CHECK_FALSE(restoreWin(journal.connection, deletion, at(25, 14)).ok());
}
