// SPDX-License-Identifier: GPL-3.0-or-later
// Each editable text round-trips through the journal; a save changes that text and updatedAt, nothing else.
#include "journal/JournalTextField.h"

#include "StoreFixtures.h"

#include <catch2/generators/catch_generators.hpp>

using namespace mosaic;
using namespace StoreFixtures;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0, 123), Qt::UTC);

struct Journal
{
    std::unique_ptr<Database> database = require(Database::openInMemory());
    QString incidentId = id('4', 1);
    QString reframeId = id('4', 2);
    QString habitId = id('6', 1);
    QDate day{2026, 3, 14};

    Journal()
    {
        IncidentStore incidents(database->connection());
        HabitStore habits(database->connection());
        StrengthStore strengths(database->connection());
        Incident incident = fullIncident(incidentId, {}, {});
        // No circles or people in this journal.
        incident.circleId.reset();
        incident.personIds.clear();
        incident.feedbackFrom.clear();
        requireOk(incidents.save(incident));
        requireOk(incidents.save(fullReframe(reframeId, incidentId)));
        requireOk(habits.save(fullHabit(habitId)));
        CheckIn checkIn = fullCheckIn(habitId, day);
        checkIn.deletedAt.reset();
        requireOk(habits.save(checkIn));
    }

    JournalTextField field(const JournalTextRef &ref)
    {
        return {*database, ref, [] { return kNow; }};
    }
};

} // namespace

TEST_CASE("Every incident text round-trips and only it and updatedAt change", "[journal-text]")
{
    const auto kind = GENERATE(JournalTextRef::Kind::IncidentSituation, JournalTextRef::Kind::IncidentThought, JournalTextRef::Kind::IncidentBelief,
                               JournalTextRef::Kind::IncidentEvidenceFor, JournalTextRef::Kind::IncidentEvidenceAgainst, JournalTextRef::Kind::IncidentLearned,
                               JournalTextRef::Kind::IncidentAdjustment, JournalTextRef::Kind::IncidentNotes);
    Journal journal;
    IncidentStore store(journal.database->connection());
    const Incident before = *require(store.findIncident(journal.incidentId));
    JournalTextField field(*journal.database, JournalTextRef::incident(journal.incidentId, kind), [] { return kNow; });

    const QString text = QStringLiteral("# New text\n\n- with **Markdown**, é and 日本語 😊");
    requireOk(field.save(text));
    CHECK(require(field.load()) == text);

    Incident expected = before;
    switch (kind) {
    case JournalTextRef::Kind::IncidentSituation:
        expected.situation = text;
        break;
    case JournalTextRef::Kind::IncidentThought:
        expected.thought = text;
        break;
    case JournalTextRef::Kind::IncidentBelief:
        expected.belief = text;
        break;
    case JournalTextRef::Kind::IncidentEvidenceFor:
        expected.evidenceFor = text;
        break;
    case JournalTextRef::Kind::IncidentEvidenceAgainst:
        expected.evidenceAgainst = text;
        break;
    case JournalTextRef::Kind::IncidentLearned:
        expected.learned = text;
        break;
    case JournalTextRef::Kind::IncidentAdjustment:
        expected.adjustment = text;
        break;
    default:
        expected.notes = text;
        break;
    }
    expected.stamps.updatedAt = kNow;
    const Incident after = *require(store.findIncident(journal.incidentId));
    CHECK(after.stamps.updatedAt != before.stamps.updatedAt);
    CHECK(after == expected);
}

TEST_CASE("A reframe's text round-trips", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    const Reframe before = *require(store.findReframe(journal.reframeId));
    auto field = journal.field(JournalTextRef::reframe(journal.reframeId));
    CHECK(require(field.load()) == before.text);
    requireOk(field.save(QStringLiteral("Maybe it was *just* timing.")));
    Reframe expected = before;
    expected.text = QStringLiteral("Maybe it was *just* timing.");
    expected.stamps.updatedAt = kNow;
    CHECK(*require(store.findReframe(journal.reframeId)) == expected);
}

TEST_CASE("An emptied reframe keeps its last words and says why", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    const Reframe before = *require(store.findReframe(journal.reframeId));
    auto field = journal.field(JournalTextRef::reframe(journal.reframeId));
    for (const QString &empty : {QString(), QStringLiteral("  \n ")}) {
        const Status status = field.save(empty);
        REQUIRE_FALSE(status.ok());
        CHECK(status.failure().message.contains(QStringLiteral("reframe")));
        CHECK(*require(store.findReframe(journal.reframeId)) == before);
    }
}

TEST_CASE("A check-in's note round-trips", "[journal-text]")
{
    Journal journal;
    HabitStore store(journal.database->connection());
    const CheckIn before = *require(store.findCheckIn(journal.habitId, journal.day));
    auto field = journal.field(JournalTextRef::checkInNote(journal.habitId, journal.day));
    CHECK(require(field.load()) == before.note);
    requireOk(field.save(QStringLiteral("Walked in the rain anyway.")));
    CheckIn expected = before;
    expected.note = QStringLiteral("Walked in the rain anyway.");
    expected.updatedAt = kNow;
    CHECK(*require(store.findCheckIn(journal.habitId, journal.day)) == expected);
    // Another day has no check-in: nothing to edit.
    CHECK_FALSE(journal.field(JournalTextRef::checkInNote(journal.habitId, journal.day.addDays(1))).load().ok());
}

TEST_CASE("The mission round-trips, created on first save and keeping the values", "[journal-text]")
{
    Journal journal;
    StrengthStore store(journal.database->connection());
    auto field = journal.field(JournalTextRef::mission());
    CHECK(require(field.load()).isEmpty());
    requireOk(field.save(QStringLiteral("Be kind, be brave.")));
    CHECK(require(field.load()) == QStringLiteral("Be kind, be brave."));

    PersonalValues values = *require(store.personalValues());
    values.values = {QStringLiteral("kindness"), QStringLiteral("courage")};
    values.updatedAt = at(1);
    requireOk(store.save(values));
    requireOk(field.save(QStringLiteral("Be kind.")));
    PersonalValues expected = values;
    expected.mission = QStringLiteral("Be kind.");
    // The values were saved with a stamp older than the mission's first save (kNow), so time only moved forward:
    // that save was stored at kNow + 1 ms and the mission's second save 1 ms after it.
    expected.updatedAt = kNow.addMSecs(2);
    CHECK(*require(store.personalValues()) == expected);
}

TEST_CASE("Saving the stored text again writes nothing", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    const Incident before = *require(store.findIncident(journal.incidentId));
    auto field = journal.field(JournalTextRef::incident(journal.incidentId, JournalTextRef::Kind::IncidentThought));
    requireOk(field.save(before.thought));
    CHECK(*require(store.findIncident(journal.incidentId)) == before);
}

TEST_CASE("A save keeps fields changed elsewhere since the editor opened", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    auto field = journal.field(JournalTextRef::incident(journal.incidentId, JournalTextRef::Kind::IncidentNotes));
    REQUIRE(field.load().ok());
    Incident elsewhere = *require(store.findIncident(journal.incidentId));
    elsewhere.title = QStringLiteral("Renamed in another window");
    requireOk(store.save(elsewhere));
    requireOk(field.save(QStringLiteral("notes")));
    const Incident after = *require(store.findIncident(journal.incidentId));
    CHECK(after.title == QStringLiteral("Renamed in another window"));
    CHECK(after.notes == QStringLiteral("notes"));
}

TEST_CASE("A missing or deleted record is a failure and writes nothing", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    auto missing = journal.field(JournalTextRef::incident(id('4', 77), JournalTextRef::Kind::IncidentNotes));
    CHECK_FALSE(missing.load().ok());
    CHECK_FALSE(missing.save(QStringLiteral("x")).ok());

    requireOk(store.markReframeDeleted(journal.reframeId, at(20)));
    auto deleted = journal.field(JournalTextRef::reframe(journal.reframeId));
    CHECK_FALSE(deleted.load().ok());
    const Status status = deleted.save(QStringLiteral("x"));
    REQUIRE_FALSE(status.ok());
    CHECK_FALSE(status.failure().message.isEmpty());
    CHECK(require(store.findReframe(journal.reframeId))->text == fullReframe(journal.reframeId, journal.incidentId).text);
}

TEST_CASE("Every exposure text round-trips and only it and updatedAt change", "[journal-text]")
{
    const auto kind = GENERATE(JournalTextRef::Kind::ExposurePlan, JournalTextRef::Kind::ExposureExitStrategy, JournalTextRef::Kind::ExposurePrediction,
                               JournalTextRef::Kind::ExposureOutcome, JournalTextRef::Kind::ExposureWhatHelped);
    Journal journal;
    IncidentStore store(journal.database->connection());
    const Incident before = *require(store.findIncident(journal.incidentId));
    REQUIRE(before.exposure.has_value());
    auto field = journal.field(JournalTextRef::incident(journal.incidentId, kind));

    const QString text = QStringLiteral("Say *hello* first, é 😊");
    requireOk(field.save(text));
    CHECK(require(field.load()) == text);

    Incident expected = before;
    ExposurePlan &plan = *expected.exposure;
    switch (kind) {
    case JournalTextRef::Kind::ExposurePlan:
        plan.plan = text;
        break;
    case JournalTextRef::Kind::ExposureExitStrategy:
        plan.exitStrategy = text;
        break;
    case JournalTextRef::Kind::ExposurePrediction:
        plan.prediction = text;
        break;
    case JournalTextRef::Kind::ExposureOutcome:
        plan.outcome = text;
        break;
    default:
        plan.whatHelped = text;
        break;
    }
    expected.stamps.updatedAt = kNow;
    CHECK(*require(store.findIncident(journal.incidentId)) == expected);
}

TEST_CASE("An exposure text of an incident without a plan creates the plan on its first save", "[journal-text]")
{
    Journal journal;
    IncidentStore store(journal.database->connection());
    Incident incident = *require(store.findIncident(journal.incidentId));
    incident.exposure.reset();
    requireOk(store.save(incident));

    auto field = journal.field(JournalTextRef::incident(journal.incidentId, JournalTextRef::Kind::ExposurePrediction));
    CHECK(require(field.load()).isEmpty());
    // An empty text changes nothing: no plan appears from just opening the editor.
    requireOk(field.save(QString()));
    CHECK_FALSE(require(store.findIncident(journal.incidentId))->exposure.has_value());

    requireOk(field.save(QStringLiteral("They will say no.")));
    const Incident after = *require(store.findIncident(journal.incidentId));
    REQUIRE(after.exposure.has_value());
    CHECK(*after.exposure == ExposurePlan{{}, {}, std::nullopt, QStringLiteral("They will say no."), std::nullopt, {}, {}});
    CHECK(after.stamps.updatedAt == kNow);
}
