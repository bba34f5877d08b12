// SPDX-License-Identifier: GPL-3.0-or-later
// An entry opened in the Journal, on a real journal file: deleting it takes its dependants along and Undo brings back
// exactly that; a win's inline edit refuses what cannot be stored and writes nothing when nothing changed.
#include "journal/JournalEntryActions.h"

#include "QtPrinters.h"
#include "StoreFixtures.h"
#include "TempJournalDir.h"
#include "incidents/ReflectionDraftStore.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;

namespace {

/// A journal in a temporary folder: a reflection (a draft, two living reframes, one deleted earlier) and a win.
struct EntryJournal
{
    TempJournalDir dir;
    std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
    QSqlDatabase connection = database->connection();
    IncidentStore incidents{connection};
    StrengthStore strengths{connection};
    const QString incidentId = id('1', 1);
    const QString reframeA = id('2', 1);
    const QString reframeB = id('2', 2);
    const QString oldReframe = id('2', 3);
    const QString strengthId = id('5', 1);
    const QString winId = id('6', 1);

    EntryJournal()
    {
        Incident incident = fullIncident(incidentId, {}, {});
        incident.circleId.reset();
        incident.personIds.clear();
        incident.feedbackFrom.clear();
        requireOk(incidents.save(incident));
        requireOk(incidents.save(fullReframe(reframeA, incidentId)));
        requireOk(incidents.save(fullReframe(reframeB, incidentId)));
        requireOk(incidents.save(fullReframe(oldReframe, incidentId)));
        requireOk(incidents.markReframeDeleted(oldReframe, at(15)));
        requireOk(ReflectionDraftStore(connection).save({incidentId, 4, at(16)}));
        requireOk(strengths.save(fullStrength(strengthId)));
        Win win = fullWin(winId, strengthId, incidentId);
        win.strengthIds = {strengthId};
        requireOk(strengths.save(win));
    }

    /// Runs `action` as a user action does: in one write transaction, committed when it succeeds.
    template <typename Action>
    auto write(Action action)
    {
        auto transaction = require(WriteTransaction::begin(*database));
        auto result = action();
        if (result)
            requireOk(transaction.commit());
        return result;
    }

    Incident incident() { return require(incidents.findIncident(incidentId)).value(); }
    Reframe reframe(const QString &which) { return require(incidents.findReframe(which)).value(); }
    Win win() { return require(strengths.findWin(winId)).value(); }
    std::optional<ReflectionDraft> draft() { return require(ReflectionDraftStore(connection).findDraft(incidentId)); }
};

} // namespace

TEST_CASE("Deleting a reflection from the Journal tombstones its reframes and forgets its draft; Undo revives them", "[journal][entry]")
{
    EntryJournal journal;
    const Incident before = journal.incident();
    const QDateTime deletedAt = at(20, 12);
    const QDateTime undoneAt = at(20, 13);

    const JournalEntryDeletion deletion =
        require(journal.write([&] { return deleteReflectionEntry(*journal.database, journal.incidents, journal.incidentId, deletedAt); }));
    REQUIRE(std::holds_alternative<IncidentDeletion>(deletion));
    CHECK(journal.incident().stamps.deletedAt == deletedAt);
    CHECK(journal.reframe(journal.reframeA).stamps.deletedAt == deletedAt);
    CHECK(journal.reframe(journal.reframeB).stamps.deletedAt == deletedAt);
    CHECK(journal.reframe(journal.oldReframe).stamps.deletedAt == at(15));
    CHECK_FALSE(journal.draft().has_value());

    const QString restored = require(journal.write([&] { return undoJournalEntryDeletion(*journal.database, deletion, undoneAt); }));
    CHECK(restored == journal.incidentId);
    Incident after = journal.incident();
    CHECK_FALSE(after.stamps.isDeleted());
    CHECK(after.stamps.updatedAt == undoneAt);
    after.stamps.updatedAt = before.stamps.updatedAt;
    CHECK(after == before);
    CHECK_FALSE(journal.reframe(journal.reframeA).stamps.isDeleted());
    CHECK_FALSE(journal.reframe(journal.reframeB).stamps.isDeleted());
    CHECK(journal.reframe(journal.oldReframe).stamps.deletedAt == at(15)); // deleted before: stays deleted
    REQUIRE(journal.draft().has_value());
    CHECK(journal.draft()->step == 4);
}

TEST_CASE("Deleting a win from the Journal, then Undo", "[journal][entry]")
{
    EntryJournal journal;
    const Win before = journal.win();
    const JournalEntryDeletion deletion = require(journal.write([&] { return deleteWinEntry(journal.strengths, journal.winId, at(20, 12)); }));
    REQUIRE(std::holds_alternative<WinDeletion>(deletion));
    CHECK(journal.win().stamps.deletedAt == at(20, 12));
    // Deleting it again is refused.
    const Result<JournalEntryDeletion> again = journal.write([&] { return deleteWinEntry(journal.strengths, journal.winId, at(20, 14)); });
    REQUIRE_FALSE(again.ok());
    CHECK(again.failure().kind == FailureKind::BadInput);

    CHECK(require(journal.write([&] { return undoJournalEntryDeletion(*journal.database, deletion, at(20, 13)); })) == journal.winId);
    Win after = journal.win();
    CHECK_FALSE(after.stamps.isDeleted());
    CHECK(after.stamps.updatedAt == at(20, 13));
    after.stamps.updatedAt = before.stamps.updatedAt;
    CHECK(after == before);
}

TEST_CASE("A win's edit stores its trimmed text and date, stamped", "[journal][entry][win]")
{
    EntryJournal journal;
    CHECK(require(journal.write(
        [&] { return changeWinEntry(journal.strengths, journal.winId, QStringLiteral("  Asked for help.  "), QStringLiteral("2026-03-11"), at(20)); })));
    const Win win = journal.win();
    CHECK(win.text == QStringLiteral("Asked for help."));
    CHECK(win.date == QDate(2026, 3, 11));
    CHECK(win.stamps.updatedAt == at(20));
    CHECK(win.strengthIds == QStringList{journal.strengthId});
}

TEST_CASE("A win's edit that changes nothing writes nothing", "[journal][entry][win]")
{
    EntryJournal journal;
    const Win before = journal.win();
    CHECK_FALSE(require(journal.write(
        [&] { return changeWinEntry(journal.strengths, journal.winId, before.text + QStringLiteral(" "), before.date.toString(Qt::ISODate), at(20)); })));
    CHECK(journal.win() == before);
}

TEST_CASE("A win's edit with no words, an impossible date, or for a deleted win is refused and writes nothing", "[journal][entry][win]")
{
    EntryJournal journal;
    const Win before = journal.win();
    const auto refused = [&](const QString &text, const QString &date) {
        const Result<bool> changed = journal.write([&] { return changeWinEntry(journal.strengths, journal.winId, text, date, at(20)); });
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.failure().kind == FailureKind::BadInput);
        return changed.failure().message;
    };
    CHECK(refused(QStringLiteral("   "), QStringLiteral("2026-03-11")) == QStringLiteral("A win needs a few words. Nothing was changed."));
    CHECK(refused(QStringLiteral("Words"), QStringLiteral("2026-02-30")) ==
          QStringLiteral("\"2026-02-30\" is not a date Mosaic understands; write it as 2026-11-20. Nothing was changed."));
    CHECK(journal.win() == before);

    requireOk(journal.strengths.markWinDeleted(journal.winId, at(19)));
    const Win deleted = journal.win();
    CHECK(refused(QStringLiteral("Words"), QStringLiteral("2026-03-11")) == QStringLiteral("This win is no longer in the journal."));
    CHECK(journal.win() == deleted);
}
