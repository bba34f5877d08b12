// SPDX-License-Identifier: GPL-3.0-or-later
// The reflection flow's writes on a real journal file: what each one stores, what it refuses, and that a change that
// changes nothing writes nothing.
#include "incidents/ReflectionActions.h"

#include "QtPrinters.h"
#include "StoreFixtures.h"
#include "TempJournalDir.h"
#include "common/RecordLimits.h"
#include "incidents/CustomDistortionStore.h"
#include "incidents/ReflectionDraftStore.h"
#include "incidents/ReflectionQueries.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;

namespace {

const QDateTime kStart = at(20, 9);
const QDateTime kLater = at(21, 10);

/// A journal in a temporary folder with one reflection (a draft at step 2) and one of its reframes.
struct ReflectionJournal
{
    TempJournalDir dir;
    std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
    QSqlDatabase connection = database->connection();
    IncidentStore incidents{connection};
    const QString incidentId = id('1', 1);
    const QString reframeId = id('2', 1);

    ReflectionJournal()
    {
        Incident incident = fullIncident(incidentId, {}, {});
        incident.circleId.reset();
        incident.personIds.clear();
        incident.feedbackFrom.clear();
        requireOk(incidents.save(incident));
        requireOk(incidents.save(fullReframe(reframeId, incidentId)));
        requireOk(ReflectionDraftStore(connection).save({incidentId, 2, at(6)}));
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

    Incident incident(const QString &which) { return require(incidents.findIncident(which)).value(); }
    Incident incident() { return incident(incidentId); }
    Reframe reframe(const QString &which) { return require(incidents.findReframe(which)).value(); }
    std::optional<ReflectionDraft> draft(const QString &which) { return require(findReflectionDraft(*database, which)); }
};

bool setThought(Incident &incident, const QString &thought)
{
    if (incident.thought == thought)
        return false;
    incident.thought = thought;
    return true;
}

} // namespace

TEST_CASE("Starting a reflection stamps the record and its draft", "[incidents][reflection]")
{
    ReflectionJournal journal;
    Incident shown;
    shown.kind = IncidentKind::Rejection;
    shown.title = QStringLiteral("  ");
    shown.thought = QStringLiteral("Nobody called back.");

    const Incident started = require(journal.write([&] { return startReflection(*journal.database, journal.incidents, shown, 3, kStart); }));

    CHECK(started.stamps.id.size() == 36);
    CHECK(started.stamps.id != journal.incidentId);
    CHECK(started.stamps.createdAt == kStart);
    CHECK(started.stamps.updatedAt == kStart);
    CHECK_FALSE(started.stamps.isDeleted());
    CHECK(started.occurredAt == kStart); // none given: the moment of the first input
    CHECK(started.title == defaultReflectionTitle(IncidentKind::Rejection));
    CHECK(started.title == QStringLiteral("A hard moment"));
    CHECK(journal.incident(started.stamps.id) == started);
    CHECK(journal.incident(started.stamps.id).thought == QStringLiteral("Nobody called back."));
    const auto draft = journal.draft(started.stamps.id);
    REQUIRE(draft.has_value());
    CHECK(draft->step == 3);
    CHECK(draft->updatedAt == kStart);
}

TEST_CASE("A reflection started with its own moment and title keeps them, and without a draft step is no draft", "[incidents][reflection]")
{
    ReflectionJournal journal;
    Incident shown;
    shown.kind = IncidentKind::Exposure;
    shown.title = QStringLiteral("Ask to join");
    shown.occurredAt = at(3, 18);

    const Incident started = require(journal.write([&] { return startReflection(*journal.database, journal.incidents, shown, std::nullopt, kStart); }));

    CHECK(started.occurredAt == at(3, 18));
    CHECK(started.title == QStringLiteral("Ask to join"));
    CHECK_FALSE(journal.draft(started.stamps.id).has_value());
    CHECK(defaultReflectionTitle(IncidentKind::Exposure) == QStringLiteral("A small challenge"));
}

TEST_CASE("A change to a reflection is applied to the stored record and stamped", "[incidents][reflection]")
{
    ReflectionJournal journal;
    // Changed elsewhere after the page read it: the change must not bring the old title back.
    Incident elsewhere = journal.incident();
    elsewhere.title = QStringLiteral("Renamed elsewhere");
    requireOk(journal.incidents.save(elsewhere));

    const bool wrote = require(journal.write([&] {
        return changeReflection(
            journal.incidents, journal.incidentId, [](Incident &i) { return setThought(i, QStringLiteral("New")); }, kLater);
    }));

    CHECK(wrote);
    Incident expected = elsewhere;
    expected.thought = QStringLiteral("New");
    expected.stamps.updatedAt = kLater;
    CHECK(journal.incident() == expected);
}

TEST_CASE("A change that changes nothing writes nothing", "[incidents][reflection]")
{
    ReflectionJournal journal;
    const Incident before = journal.incident();
    const qint64 seq = seqOf(journal.connection, QStringLiteral("incidents"), journal.incidentId);

    const bool wrote = require(journal.write([&] {
        return changeReflection(
            journal.incidents, journal.incidentId, [&](Incident &i) { return setThought(i, before.thought); }, kLater);
    }));

    CHECK_FALSE(wrote);
    CHECK(journal.incident() == before);
    CHECK(journal.incident().stamps.updatedAt != kLater);
    CHECK(seqOf(journal.connection, QStringLiteral("incidents"), journal.incidentId) == seq);
}

TEST_CASE("A change to a reflection deleted meanwhile is refused and writes nothing", "[incidents][reflection]")
{
    ReflectionJournal journal;
    requireOk(journal.incidents.markIncidentDeleted(journal.incidentId, at(19)));
    const Incident before = journal.incident();
    bool applied = false;

    const Result<bool> changed = journal.write([&] {
        return changeReflection(
            journal.incidents, journal.incidentId,
            [&](Incident &i) {
                applied = true;
                return setThought(i, QStringLiteral("New"));
            },
            kLater);
    });

    REQUIRE_FALSE(changed.ok());
    CHECK(changed.failure().kind == FailureKind::BadInput);
    CHECK(changed.failure().message == QStringLiteral("This reflection was deleted meanwhile, so the change could not be saved."));
    CHECK_FALSE(applied);
    CHECK(journal.incident() == before);

    const Result<bool> missing = changeReflection(
        journal.incidents, id('1', 77), [](Incident &) { return true; }, kLater);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.failure().kind == FailureKind::BadInput);
}

TEST_CASE("A draft remembers its step until the reflection is finished", "[incidents][reflection]")
{
    ReflectionJournal journal;
    requireOk(journal.write([&] { return saveReflectionStep(*journal.database, journal.incidentId, 5, kLater); }));
    REQUIRE(journal.draft(journal.incidentId).has_value());
    CHECK(journal.draft(journal.incidentId)->step == 5);
    CHECK(journal.draft(journal.incidentId)->updatedAt == kLater);

    const Incident before = journal.incident();
    requireOk(journal.write([&] { return finishReflection(*journal.database, journal.incidentId); }));
    CHECK_FALSE(journal.draft(journal.incidentId).has_value());
    CHECK(journal.incident() == before); // finishing changes the draft, not the record
}

TEST_CASE("A new reframe is stamped and its believability clamped", "[incidents][reflection][reframes]")
{
    ReflectionJournal journal;
    const Reframe high = require(
        journal.write([&] { return addReframe(journal.incidents, journal.incidentId, ReframeKind::Timing, QStringLiteral("It was late."), 150, kLater); }));
    CHECK(high.stamps.id.size() == 36);
    CHECK(high.stamps.createdAt == kLater);
    CHECK(high.stamps.updatedAt == kLater);
    CHECK(high.incidentId == journal.incidentId);
    CHECK(high.kind == ReframeKind::Timing);
    CHECK(high.believability == 100);
    CHECK(journal.reframe(high.stamps.id) == high);

    const Reframe unrated =
        require(journal.write([&] { return addReframe(journal.incidents, journal.incidentId, ReframeKind::Fit, QStringLiteral("Not a match."), -1, kLater); }));
    CHECK_FALSE(unrated.believability.has_value());
    CHECK(require(journal.incidents.reframesFor(journal.incidentId, IncludeDeleted::No)).size() == 3);
}

TEST_CASE("A reframe with blank text, or for a reflection that is gone, is refused and nothing is written", "[incidents][reflection][reframes]")
{
    ReflectionJournal journal;
    const Result<Reframe> blank =
        journal.write([&] { return addReframe(journal.incidents, journal.incidentId, ReframeKind::Fit, QStringLiteral(" \n\t"), 50, kLater); });
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.failure().kind == FailureKind::BadInput);
    CHECK(blank.failure().message == QStringLiteral("A reframe needs a few words. Write one, or remove the reframe."));

    requireOk(journal.incidents.markIncidentDeleted(journal.incidentId, at(19)));
    const Result<Reframe> orphan =
        journal.write([&] { return addReframe(journal.incidents, journal.incidentId, ReframeKind::Fit, QStringLiteral("Words"), 50, kLater); });
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.failure().kind == FailureKind::BadInput);

    CHECK(require(journal.incidents.reframesFor(journal.incidentId, IncludeDeleted::Yes)).size() == 1);
}

TEST_CASE("A reframe's kind and believability change only when they differ, believability clamped", "[incidents][reflection][reframes]")
{
    ReflectionJournal journal;
    const Reframe before = journal.reframe(journal.reframeId);
    REQUIRE(before.kind == ReframeKind::SelfCompassion);

    CHECK_FALSE(require(journal.write([&] { return setReframeKind(journal.incidents, journal.reframeId, ReframeKind::SelfCompassion, kLater); })));
    CHECK(journal.reframe(journal.reframeId) == before);

    CHECK(require(journal.write([&] { return setReframeKind(journal.incidents, journal.reframeId, ReframeKind::Growth, kLater); })));
    CHECK(journal.reframe(journal.reframeId).kind == ReframeKind::Growth);
    CHECK(journal.reframe(journal.reframeId).stamps.updatedAt == kLater);

    CHECK(require(journal.write([&] { return setReframeBelievability(journal.incidents, journal.reframeId, 400, at(22)); })));
    CHECK(journal.reframe(journal.reframeId).believability == 100);
    CHECK_FALSE(require(journal.write([&] { return setReframeBelievability(journal.incidents, journal.reframeId, 100, at(23)); })));
    CHECK(journal.reframe(journal.reframeId).stamps.updatedAt == at(22));
    CHECK(require(journal.write([&] { return setReframeBelievability(journal.incidents, journal.reframeId, -3, at(23)); })));
    CHECK_FALSE(journal.reframe(journal.reframeId).believability.has_value());
}

TEST_CASE("A removed reframe is tombstoned, and a change to it is then refused", "[incidents][reflection][reframes]")
{
    ReflectionJournal journal;
    requireOk(journal.write([&] { return removeReframe(journal.incidents, journal.reframeId, kLater); }));
    CHECK(journal.reframe(journal.reframeId).stamps.deletedAt == kLater);
    CHECK(require(journal.incidents.reframesFor(journal.incidentId, IncludeDeleted::No)).isEmpty());

    const Result<bool> changed = setReframeKind(journal.incidents, journal.reframeId, ReframeKind::Growth, at(22));
    REQUIRE_FALSE(changed.ok());
    CHECK(journal.reframe(journal.reframeId).kind == ReframeKind::SelfCompassion);
}

TEST_CASE("A distortion of one's own joins the list and the reflection", "[incidents][reflection][distortions]")
{
    ReflectionJournal journal;
    const QString stored = require(journal.write([&] {
        return addCustomDistortion(*journal.database, journal.incidents, journal.incidentId, QStringLiteral("  Comparing   myself "),
                                   QStringLiteral("Measuring me against others."), kLater);
    }));
    CHECK(stored == QStringLiteral("Comparing myself"));
    const auto list = require(customDistortions(*journal.database));
    REQUIRE(list.size() == 1);
    CHECK(list.constFirst().explanation == QStringLiteral("Measuring me against others."));
    CHECK(journal.incident().tags == QStringList{QStringLiteral("friends"), QStringLiteral("summer"), customDistortionTag(stored)});
    CHECK(journal.incident().stamps.updatedAt == kLater);

    // Again, in another spelling: the list keeps one, the reflection one tag, and its record is not touched.
    CHECK(require(journal.write([&] {
              return addCustomDistortion(*journal.database, journal.incidents, journal.incidentId, QStringLiteral("comparing MYSELF"), QString(), at(22));
          })) == stored);
    CHECK(require(customDistortions(*journal.database)).size() == 1);
    CHECK(journal.incident().tags.size() == 3);
    CHECK(journal.incident().stamps.updatedAt == kLater);
}

TEST_CASE("A distortion name that cannot be one is refused and nothing is written", "[incidents][reflection][distortions]")
{
    ReflectionJournal journal;
    const Incident before = journal.incident();
    for (const QString &name : {QString(), QStringLiteral("a, b"), QStringLiteral("Mind reading")}) {
        const Result<QString> added =
            journal.write([&] { return addCustomDistortion(*journal.database, journal.incidents, journal.incidentId, name, QString(), kLater); });
        REQUIRE_FALSE(added.ok());
        CHECK(added.failure().kind == FailureKind::BadInput);
    }
    CHECK(require(customDistortions(*journal.database)).isEmpty());
    CHECK(journal.incident() == before);
}

TEST_CASE("A distortion of one's own is kept in the list when the reflection has no room for another tag", "[incidents][reflection][distortions]")
{
    ReflectionJournal journal;
    Incident full = journal.incident();
    full.tags.clear();
    for (qsizetype i = 0; i < RecordLimits::kTags; ++i)
        full.tags.append(QStringLiteral("tag %1").arg(i));
    requireOk(journal.incidents.save(full));

    require(journal.write(
        [&] { return addCustomDistortion(*journal.database, journal.incidents, journal.incidentId, QStringLiteral("Spiralling"), QString(), kLater); }));
    CHECK(require(customDistortions(*journal.database)).size() == 1);
    CHECK(journal.incident() == full);
}
