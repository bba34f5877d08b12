// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderFixtures.h"

#include "exchange/JournalIntegrity.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <functional>
#include <vector>

using namespace mosaic;
using namespace ReaderFixtures;
using namespace Qt::StringLiterals;

namespace {

Journal minimal()
{
    return readValid(toBytes(minimalJournal()));
}

QString integrityFailure(const Journal &journal, const KnownRecordIds &known = {})
{
    const Status status = checkJournalIntegrity(journal, known);
    REQUIRE_FALSE(status.ok());
    CHECK(status.failure().kind == FailureKind::BadInput);
    CHECK(status.failure().message.startsWith(u"the file is not a valid Mosaic journal: "_s));
    return status.failure().message;
}

QString unknownReference(QStringView noun)
{
    return u": must name "_s + noun + u" in the file or already in the journal (none has id \""_s + kUnknown + u"\")"_s;
}

} // namespace

TEST_CASE("A journal whose records hold together passes", "[exchange][integrity]")
{
    CHECK(checkJournalIntegrity(minimal(), {}).ok());
    CHECK(checkJournalIntegrity(Journal{}, {}).ok());
}

TEST_CASE("Ids are unique within each collection", "[exchange][integrity]")
{
    Journal journal = minimal();
    journal.circles.append(journal.circles[0]);
    journal.people.append(journal.people[0]);
    journal.contacts.append(journal.contacts[0]);
    journal.incidents.append(journal.incidents[0]);
    journal.reframes.append(journal.reframes[0]);
    journal.strengths.append(journal.strengths[0]);
    journal.wins.append(journal.wins[0]);
    journal.habits.append(journal.habits[0]);
    journal.reminders.append(journal.reminders[0]);
    const QString message = integrityFailure(journal);
    CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not a valid Mosaic journal: 9 problems\n"));
    CHECK_THAT(message.toStdString(), mentions(u"$.circles[1].id: must be unique among the circles (same as $.circles[0].id)"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.people[2].id: must be unique among the people (same as $.people[0].id)"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.contacts[1].id: must be unique among the contacts (same as $.contacts[0].id)"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.incidents[1].id: must be unique among the incidents"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.reframes[1].id: must be unique among the reframes"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.strengths[1].id: must be unique among the strengths"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.wins[1].id: must be unique among the wins"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.habits[2].id: must be unique among the habits (same as $.habits[0].id)"_s));
    CHECK_THAT(message.toStdString(), mentions(u"$.reminders[1].id: must be unique among the reminders"_s));
}

TEST_CASE("The same id may be used once in each of two collections", "[exchange][integrity]")
{
    // Uniqueness is per collection; a win that reuses a circle's id is not a duplicate (though odd).
    Journal journal = minimal();
    journal.wins[0].stamps.id = kCircle.toString();
    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("One check-in per habit and date", "[exchange][integrity]")
{
    Journal journal = minimal();
    CheckIn again = journal.checkIns[0];
    again.status = CheckInStatus::Skipped;
    journal.checkIns.append(again);
    CHECK_THAT(integrityFailure(journal).toStdString(),
               mentions(u"$.checkIns[1]: must be the only check-in of habit \""_s + kHabit + u"\" on 2026-01-02 (same as $.checkIns[0])"_s));

    // Another date, or another habit on the same date, is fine.
    journal.checkIns[1].date = journal.checkIns[0].date.addDays(1);
    CHECK(checkJournalIntegrity(journal, {}).ok());
    journal.checkIns[1].date = journal.checkIns[0].date;
    journal.checkIns[1].habitId = kOtherHabit.toString();
    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("One membership per person and circle", "[exchange][integrity]")
{
    Journal journal = minimal();
    Membership again = journal.memberships[0];
    again.ring = Ring::Outer;
    journal.memberships.append(again);
    CHECK_THAT(integrityFailure(journal).toStdString(),
               mentions(u"$.memberships[1]: must be the only membership of person \""_s + kPerson + u"\" in circle \""_s + kCircle +
                        u"\" (same as $.memberships[0])"_s));

    journal.memberships[1].personId = kOtherPerson.toString();
    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("Every reference names a record in the file", "[exchange][integrity]")
{
    const QString unknown = kUnknown.toString();
    struct Case
    {
        std::function<void(Journal &)> breakIt;
        QString expected;
    };
    const std::vector<Case> cases = {
        {[&](Journal &j) { j.memberships[0].personId = unknown; }, u"$.memberships[0].personId"_s + unknownReference(u"a person")},
        {[&](Journal &j) { j.memberships[0].circleId = unknown; }, u"$.memberships[0].circleId"_s + unknownReference(u"a circle")},
        {[&](Journal &j) { j.contacts[0].personId = unknown; }, u"$.contacts[0].personId"_s + unknownReference(u"a person")},
        {[&](Journal &j) { j.contacts[0].circleId = unknown; }, u"$.contacts[0].circleId"_s + unknownReference(u"a circle")},
        {[&](Journal &j) { j.incidents[0].circleId = unknown; }, u"$.incidents[0].circleId"_s + unknownReference(u"a circle")},
        {[&](Journal &j) { j.incidents[0].personIds.append(unknown); }, u"$.incidents[0].personIds[1]"_s + unknownReference(u"a person")},
        {[&](Journal &j) { j.incidents[0].feedbackFrom[0] = unknown; }, u"$.incidents[0].feedbackFrom[0]"_s + unknownReference(u"a person")},
        {[&](Journal &j) { j.reframes[0].incidentId = unknown; }, u"$.reframes[0].incidentId"_s + unknownReference(u"an incident")},
        {[&](Journal &j) { j.wins[0].strengthIds[0] = unknown; }, u"$.wins[0].strengthIds[0]"_s + unknownReference(u"a strength")},
        {[&](Journal &j) { j.wins[0].incidentId = unknown; }, u"$.wins[0].incidentId"_s + unknownReference(u"an incident")},
        {[&](Journal &j) { j.checkIns[0].habitId = unknown; }, u"$.checkIns[0].habitId"_s + unknownReference(u"a habit")},
        {[&](Journal &j) { j.reminders[0].habitId = unknown; }, u"$.reminders[0].habitId"_s + unknownReference(u"a habit")},
        // A reference to a record of another kind does not count.
        {[&](Journal &j) { j.reframes[0].incidentId = kCircle.toString(); }, u"$.reframes[0].incidentId: must name an incident"_s},
    };
    for (const Case &bad : cases) {
        INFO(bad.expected.toStdString());
        Journal journal = minimal();
        bad.breakIt(journal);
        const QString message = integrityFailure(journal);
        CHECK_THAT(message.toStdString(), Catch::Matchers::StartsWith("the file is not a valid Mosaic journal: 1 problem\n"));
        CHECK_THAT(message.toStdString(), mentions(bad.expected));
    }
}

TEST_CASE("A reference may name a record already in the journal", "[exchange][integrity]")
{
    Journal journal = minimal();
    journal.circles.clear();
    journal.people.removeAt(1);
    journal.strengths.clear();

    KnownRecordIds known;
    CHECK_THAT(integrityFailure(journal, known).toStdString(), Catch::Matchers::StartsWith("the file is not a valid Mosaic journal: 4 problems\n"));

    // Known ids of another kind do not help.
    known.people.insert(kCircle.toString());
    CHECK_FALSE(checkJournalIntegrity(journal, known).ok());

    known.circles.insert(kCircle.toString()); // tombstoned or not: the caller includes both
    known.people.insert(kOtherPerson.toString());
    known.strengths.insert(kStrength.toString());
    CHECK(checkJournalIntegrity(journal, known).ok());
}

TEST_CASE("A reference to a tombstoned record in the file is fine", "[exchange][integrity]")
{
    Journal journal = minimal();
    journal.incidents[0].stamps.deletedAt = journal.incidents[0].stamps.updatedAt;
    journal.habits[0].stamps.deletedAt = journal.habits[0].stamps.updatedAt;
    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("Absent optional references are not checked", "[exchange][integrity]")
{
    Journal journal = minimal();
    journal.incidents[0].circleId.reset();
    journal.wins[0].incidentId.reset();
    journal.reminders[0].habitId.reset();
    journal.contacts[0].personId.reset();
    journal.contacts[0].circleId = kCircle.toString();
    CHECK(checkJournalIntegrity(journal, {}).ok());
}

TEST_CASE("Integrity problems are capped like the reader's", "[exchange][integrity]")
{
    Journal journal = minimal();
    for (int i = 0; i < 50; ++i) {
        CheckIn checkIn = journal.checkIns[0];
        checkIn.habitId = kUnknown.toString();
        checkIn.date = checkIn.date.addDays(i + 1);
        journal.checkIns.append(checkIn);
    }
    const QStringList lines = integrityFailure(journal).split(u'\n');
    REQUIRE(lines.size() == 21);
    CHECK(lines[0] == u"the file is not a valid Mosaic journal: more than 20 problems; the first 20:"_s);
    CHECK(lines[1].startsWith(u"$.checkIns[1].habitId: must name a habit"_s));
}
