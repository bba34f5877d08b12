// SPDX-License-Identifier: GPL-3.0-or-later
// Today's "Done" on a next step, as a core action on a journal file: it marks the step and stamps the reflection once;
// a reflection that is gone, or has no step, is refused and left as it was.
#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "incidents/NextStepActions.h"

using namespace StoreFixtures;

namespace {

struct FileJournal
{
    TempJournalDir dir;
    std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
    IncidentStore incidents{database->connection()};
};

Incident withOpenStep(const QString &incidentId)
{
    Incident incident = fullIncident(incidentId, QString(), QString());
    incident.circleId.reset();
    incident.personIds.clear();
    incident.feedbackFrom.clear();
    incident.nextStep = NextStep{QStringLiteral("Ask Sam about Saturday"), QDate(2026, 3, 22), false};
    return incident;
}

} // namespace

TEST_CASE("Marking a next step done stamps the reflection once", "[next-step]")
{
    FileJournal journal;
    requireOk(journal.incidents.save(withOpenStep(id('i', 1))));
    CHECK(require(markNextStepDone(journal.incidents, id('i', 1), at(20))));
    const Incident done = *require(journal.incidents.findIncident(id('i', 1)));
    REQUIRE(done.nextStep.has_value());
    CHECK(done.nextStep->done);
    CHECK(done.nextStep->text == QStringLiteral("Ask Sam about Saturday"));
    CHECK(done.stamps.updatedAt == at(20));

    // Done already: nothing to write, and updatedAt stays.
    CHECK_FALSE(require(markNextStepDone(journal.incidents, id('i', 1), at(21))));
    CHECK(require(journal.incidents.findIncident(id('i', 1)))->stamps.updatedAt == at(20));
}

TEST_CASE("A step on a deleted reflection, or a reflection without one, is refused", "[next-step]")
{
    FileJournal journal;
    requireOk(journal.incidents.save(withOpenStep(id('i', 1))));
    requireOk(journal.incidents.markIncidentDeleted(id('i', 1), at(20)));
    Incident noStep = withOpenStep(id('i', 2));
    noStep.nextStep.reset();
    requireOk(journal.incidents.save(noStep));

    for (const QString &incidentId : {id('i', 1), id('i', 2), id('i', 9)}) {
        const Result<bool> marked = markNextStepDone(journal.incidents, incidentId, at(21));
        REQUIRE_FALSE(marked.ok());
        CHECK(marked.failure().kind == FailureKind::BadInput);
    }
    const Incident deleted = *require(journal.incidents.findIncident(id('i', 1)));
    CHECK_FALSE(deleted.nextStep->done);
    CHECK(deleted.stamps.updatedAt == at(20)); // as the deletion left it
}
