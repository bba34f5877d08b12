// SPDX-License-Identifier: GPL-3.0-or-later
// Reflections left half-way: kept with the step they stopped at, moved on, finished, and forgotten with their incident.
#include "StoreFixtures.h"

#include "incidents/ReflectionDraftStore.h"

using namespace StoreFixtures;

TEST_CASE("A reflection left half-way is a draft at its step until it is finished")
{
    TestJournal journal;
    ReflectionDraftStore drafts(journal.connection);
    requireOk(journal.circles.save(fullCircle(id('c', 1))));
    requireOk(journal.circles.save(fullPerson(id('p', 1))));
    requireOk(journal.incidents.save(fullIncident(id('i', 1), id('c', 1), id('p', 1))));
    requireOk(journal.incidents.save(fullIncident(id('i', 2), id('c', 1), id('p', 1))));

    CHECK(require(drafts.openDrafts()).isEmpty());
    requireOk(drafts.save({id('i', 1), 3, at(10)}));
    requireOk(drafts.save({id('i', 2), 1, at(11)}));
    // The most recently touched first.
    CHECK(require(drafts.openDrafts()) == QList<ReflectionDraft>{{id('i', 2), 1, at(11)}, {id('i', 1), 3, at(10)}});

    // Moving on updates the step of the same draft.
    requireOk(drafts.save({id('i', 1), 5, at(12)}));
    CHECK(require(drafts.findDraft(id('i', 1))) == std::optional<ReflectionDraft>(ReflectionDraft{id('i', 1), 5, at(12)}));
    CHECK(require(drafts.openDrafts()).size() == 2);

    requireOk(drafts.remove(id('i', 1)));
    CHECK(require(drafts.findDraft(id('i', 1))) == std::nullopt);
    CHECK(require(drafts.openDrafts()) == QList<ReflectionDraft>{{id('i', 2), 1, at(11)}});
}

TEST_CASE("The draft of a deleted incident is not offered")
{
    TestJournal journal;
    ReflectionDraftStore drafts(journal.connection);
    requireOk(journal.circles.save(fullCircle(id('c', 1))));
    requireOk(journal.circles.save(fullPerson(id('p', 1))));
    requireOk(journal.incidents.save(fullIncident(id('i', 1), id('c', 1), id('p', 1))));
    requireOk(drafts.save({id('i', 1), 2, at(10)}));
    requireOk(journal.incidents.markIncidentDeleted(id('i', 1), at(11)));
    CHECK(require(drafts.openDrafts()).isEmpty());
}
