// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixtures.h"

#include "circles/BelongingBalance.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

using namespace mosaic;
using namespace StoreFixtures;

namespace {

const QString circleId = id('c', 1);
const QString personId = id('a', 1);
const QString incidentId = id('e', 1);
const QString strengthId = id('5', 1);
const QString habitId = id('b', 1);

// The records the others refer to, so that foreign keys hold.
void saveParents(TestJournal &journal)
{
    requireOk(journal.circles.save(fullCircle(circleId)));
    requireOk(journal.circles.save(fullPerson(personId)));
    requireOk(journal.incidents.save(fullIncident(incidentId, circleId, personId)));
    requireOk(journal.strengths.save(fullStrength(strengthId)));
    requireOk(journal.habits.save(fullHabit(habitId)));
}

// Saves `record`, reads it back with `find`, and checks that nothing was lost.
template <typename Record, typename Save, typename Find>
void checkRoundTrip(const Record &record, Save save, Find find)
{
    requireOk(save(record));
    const std::optional<Record> found = require(find());
    REQUIRE(found.has_value());
    CHECK(*found == record);
}

} // namespace

TEST_CASE("Every record type round-trips with every field set", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    // Tombstones round-trip too; instants carry milliseconds.
    const QDateTime deletedAt = at(25, 23, 7);

    SECTION("incident")
    {
        Incident incident = fullIncident(id('e', 2), circleId, personId);
        incident.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            incident, [&](const Incident &r) { return journal.incidents.save(r); }, [&] { return journal.incidents.findIncident(incident.stamps.id); });
    }
    SECTION("reframe")
    {
        Reframe reframe = fullReframe(id('f', 1), incidentId);
        reframe.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            reframe, [&](const Reframe &r) { return journal.incidents.save(r); }, [&] { return journal.incidents.findReframe(reframe.stamps.id); });
    }
    SECTION("strength")
    {
        Strength strength = fullStrength(id('5', 2));
        strength.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            strength, [&](const Strength &r) { return journal.strengths.save(r); }, [&] { return journal.strengths.findStrength(strength.stamps.id); });
    }
    SECTION("win")
    {
        Win win = fullWin(id('d', 1), strengthId, incidentId);
        win.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            win, [&](const Win &r) { return journal.strengths.save(r); }, [&] { return journal.strengths.findWin(win.stamps.id); });
    }
    SECTION("personal values")
    {
        const PersonalValues values{QStringLiteral("Be kind,\nkeep learning."), {QStringLiteral("honesty"), QStringLiteral("\"quoted\"")}, at(15)};
        checkRoundTrip(
            values, [&](const PersonalValues &r) { return journal.strengths.save(r); }, [&] { return journal.strengths.personalValues(); });
    }
    SECTION("habit")
    {
        Habit habit = fullHabit(id('b', 2));
        habit.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            habit, [&](const Habit &r) { return journal.habits.save(r); }, [&] { return journal.habits.findHabit(habit.stamps.id); });
    }
    SECTION("check-in")
    {
        const CheckIn checkIn = fullCheckIn(habitId, QDate(2026, 3, 10));
        checkRoundTrip(
            checkIn, [&](const CheckIn &r) { return journal.habits.save(r); }, [&] { return journal.habits.findCheckIn(habitId, QDate(2026, 3, 10)); });
    }
    SECTION("circle")
    {
        Circle circle = fullCircle(id('c', 2));
        circle.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            circle, [&](const Circle &r) { return journal.circles.save(r); }, [&] { return journal.circles.findCircle(circle.stamps.id); });
    }
    SECTION("person")
    {
        Person person = fullPerson(id('a', 2));
        person.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            person, [&](const Person &r) { return journal.circles.save(r); }, [&] { return journal.circles.findPerson(person.stamps.id); });
    }
    SECTION("membership")
    {
        const Membership membership = fullMembership(personId, circleId);
        checkRoundTrip(
            membership, [&](const Membership &r) { return journal.circles.save(r); }, [&] { return journal.circles.findMembership(personId, circleId); });
    }
    SECTION("contact")
    {
        Contact contact = fullContact(id('7', 1), personId, circleId);
        contact.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            contact, [&](const Contact &r) { return journal.circles.save(r); }, [&] { return journal.circles.findContact(contact.stamps.id); });
    }
    SECTION("reminder")
    {
        Reminder reminder = fullReminder(id('9', 1), habitId);
        reminder.stamps.deletedAt = deletedAt;
        checkRoundTrip(
            reminder, [&](const Reminder &r) { return journal.reminders.save(r); }, [&] { return journal.reminders.findReminder(reminder.stamps.id); });
    }
}

TEST_CASE("Absent optionals, empty text and empty lists round-trip", "[stores]")
{
    TestJournal journal;
    saveParents(journal);

    SECTION("incident with only its required fields")
    {
        Incident incident;
        incident.stamps = stamps(id('e', 3), 3);
        incident.occurredAt = at(3);
        incident.title = QStringLiteral("Left on read");
        checkRoundTrip(
            incident, [&](const Incident &r) { return journal.incidents.save(r); }, [&] { return journal.incidents.findIncident(incident.stamps.id); });
        const Incident found = *require(journal.incidents.findIncident(incident.stamps.id));
        CHECK_FALSE(found.circleId.has_value());
        CHECK_FALSE(found.beliefBefore.has_value());
        CHECK_FALSE(found.nextStep.has_value());
        CHECK_FALSE(found.exposure.has_value());
        CHECK(found.emotions.isEmpty());
    }
    SECTION("incident with empty nested objects")
    {
        Incident incident = fullIncident(id('e', 4), circleId, personId);
        incident.nextStep = NextStep{QStringLiteral("Call"), std::nullopt, false};
        incident.exposure = ExposurePlan{};
        incident.emotions = {EmotionRating{QStringLiteral("calm"), 0, std::nullopt}};
        checkRoundTrip(
            incident, [&](const Incident &r) { return journal.incidents.save(r); }, [&] { return journal.incidents.findIncident(incident.stamps.id); });
    }
    SECTION("reframe without believability")
    {
        Reframe reframe = fullReframe(id('f', 2), incidentId);
        reframe.believability.reset();
        checkRoundTrip(
            reframe, [&](const Reframe &r) { return journal.incidents.save(r); }, [&] { return journal.incidents.findReframe(reframe.stamps.id); });
    }
    SECTION("win without links")
    {
        const Win win{stamps(id('d', 2), 4), QDate(2026, 1, 1), QStringLiteral("Went out."), WinKind::Win, {}, std::nullopt};
        checkRoundTrip(
            win, [&](const Win &r) { return journal.strengths.save(r); }, [&] { return journal.strengths.findWin(win.stamps.id); });
    }
    SECTION("personal values, empty")
    {
        const PersonalValues values{QString(), {}, at(2)};
        checkRoundTrip(
            values, [&](const PersonalValues &r) { return journal.strengths.save(r); }, [&] { return journal.strengths.personalValues(); });
    }
    SECTION("daily check habit")
    {
        Habit habit;
        habit.stamps = stamps(id('b', 3), 3);
        habit.name = QStringLiteral("Gratitude");
        habit.startDate = QDate(2026, 1, 1);
        checkRoundTrip(
            habit, [&](const Habit &r) { return journal.habits.save(r); }, [&] { return journal.habits.findHabit(habit.stamps.id); });
    }
    SECTION("check-in without a note")
    {
        const CheckIn checkIn{habitId, QDate(2026, 3, 11), CheckInStatus::Done, 1, QString(), at(11), std::nullopt};
        checkRoundTrip(
            checkIn, [&](const CheckIn &r) { return journal.habits.save(r); }, [&] { return journal.habits.findCheckIn(habitId, QDate(2026, 3, 11)); });
    }
    SECTION("membership without instants")
    {
        const Membership membership{personId, circleId, Ring::Outer, std::nullopt, std::nullopt};
        checkRoundTrip(
            membership, [&](const Membership &r) { return journal.circles.save(r); }, [&] { return journal.circles.findMembership(personId, circleId); });
    }
    SECTION("contact with a circle only, and one with a person only")
    {
        const Contact withCircle{stamps(id('7', 2), 4), QDate(2026, 3, 4), std::nullopt, circleId, 0, QString()};
        checkRoundTrip(
            withCircle, [&](const Contact &r) { return journal.circles.save(r); }, [&] { return journal.circles.findContact(withCircle.stamps.id); });
        const Contact withPerson{stamps(id('7', 3), 4), QDate(2026, 3, 4), personId, std::nullopt, 2, QString()};
        checkRoundTrip(
            withPerson, [&](const Contact &r) { return journal.circles.save(r); }, [&] { return journal.circles.findContact(withPerson.stamps.id); });
    }
    SECTION("person without supports")
    {
        const Person person{stamps(id('a', 3), 3), QStringLiteral("Sam"), {}, QString()};
        checkRoundTrip(
            person, [&](const Person &r) { return journal.circles.save(r); }, [&] { return journal.circles.findPerson(person.stamps.id); });
    }
    SECTION("reminder for no habit, every day, never fired")
    {
        const Reminder reminder{stamps(id('9', 2), 3), std::nullopt, QStringLiteral("Breathe"), {QTime(0, 0)}, {}, true, std::nullopt, std::nullopt};
        checkRoundTrip(
            reminder, [&](const Reminder &r) { return journal.reminders.save(r); }, [&] { return journal.reminders.findReminder(reminder.stamps.id); });
    }
}

TEST_CASE("find answers nullopt for an unknown id, and personal values are absent until saved", "[stores]")
{
    TestJournal journal;
    CHECK_FALSE(require(journal.incidents.findIncident(id('e', 404))).has_value());
    CHECK_FALSE(require(journal.incidents.findReframe(id('f', 404))).has_value());
    CHECK_FALSE(require(journal.strengths.findStrength(id('5', 404))).has_value());
    CHECK_FALSE(require(journal.strengths.findWin(id('d', 404))).has_value());
    CHECK_FALSE(require(journal.strengths.personalValues()).has_value());
    CHECK_FALSE(require(journal.habits.findHabit(id('b', 404))).has_value());
    CHECK_FALSE(require(journal.habits.findCheckIn(id('b', 404), QDate(2026, 1, 1))).has_value());
    CHECK_FALSE(require(journal.circles.findCircle(id('c', 404))).has_value());
    CHECK_FALSE(require(journal.circles.findPerson(id('a', 404))).has_value());
    CHECK_FALSE(require(journal.circles.findMembership(id('a', 404), id('c', 404))).has_value());
    CHECK_FALSE(require(journal.circles.findContact(id('7', 404))).has_value());
    CHECK_FALSE(require(journal.reminders.findReminder(id('9', 404))).has_value());
}

TEST_CASE("Saving a record again updates it in place: same row, same seq, new fields", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    const qint64 seqBefore = seqOf(journal.connection, QStringLiteral("incidents"), incidentId);
    REQUIRE(seqBefore > 0);
    // A later row, so that a delete-and-insert would show as a new seq.
    requireOk(journal.incidents.save(fullIncident(id('e', 2), circleId, personId)));

    Incident changed = fullIncident(incidentId, circleId, personId);
    changed.stamps.updatedAt = at(28, 12, 1);
    changed.title = QStringLiteral("Barbecue, second thoughts");
    changed.circleId.reset();
    changed.emotions.removeLast();
    changed.exposure.reset();
    changed.beliefAfter = 20;
    requireOk(journal.incidents.save(changed));

    CHECK(seqOf(journal.connection, QStringLiteral("incidents"), incidentId) == seqBefore);
    CHECK(rowCount(journal.connection, QStringLiteral("incidents")) == 2);
    CHECK(*require(journal.incidents.findIncident(incidentId)) == changed);

    // The full-text index follows the update: one entry, with the new title.
    const qint64 searchRow = seqBefore * 8 + 1;
    CHECK(searchRowIds(journal.connection, QStringLiteral("thoughts")) == QList<qint64>{searchRow});

    SECTION("the same holds for a record keyed by something else than id")
    {
        CheckIn checkIn = fullCheckIn(habitId, QDate(2026, 3, 12));
        requireOk(journal.habits.save(checkIn));
        checkIn.note = QStringLiteral("Changed my mind");
        checkIn.status = CheckInStatus::Done;
        checkIn.deletedAt.reset();
        requireOk(journal.habits.save(checkIn));
        CHECK(rowCount(journal.connection, QStringLiteral("check_ins")) == 1);
        CHECK(*require(journal.habits.findCheckIn(habitId, QDate(2026, 3, 12))) == checkIn);
    }
}

TEST_CASE("A record's updatedAt never goes back, whatever the clock says", "[stores][clock]")
{
    TestJournal journal;
    saveParents(journal);
    const Incident stored = *require(journal.incidents.findIncident(incidentId));
    const QDateTime justAfter = stored.stamps.updatedAt.addMSecs(1);

    SECTION("an edit stamped earlier than the stored version is stored 1 ms after it")
    {
        Incident edited = stored;
        edited.title = QStringLiteral("Written while the clock was a day behind");
        edited.stamps.updatedAt = stored.stamps.updatedAt.addDays(-1);
        requireOk(journal.incidents.save(edited));
        const Incident found = *require(journal.incidents.findIncident(incidentId));
        CHECK(found.title == edited.title);
        CHECK(found.stamps.updatedAt == justAfter);
    }
    SECTION("a later stamp is kept as it is, and so is an unchanged one")
    {
        Incident edited = stored;
        edited.stamps.updatedAt = stored.stamps.updatedAt.addSecs(5);
        requireOk(journal.incidents.save(edited));
        CHECK(require(journal.incidents.findIncident(incidentId))->stamps.updatedAt == edited.stamps.updatedAt);
        requireOk(journal.incidents.save(edited));
        CHECK(require(journal.incidents.findIncident(incidentId))->stamps.updatedAt == edited.stamps.updatedAt);
    }
    SECTION("a deletion stamped earlier than the stored version")
    {
        const QDateTime behind = stored.stamps.updatedAt.addDays(-2);
        requireOk(journal.incidents.markIncidentDeleted(incidentId, behind));
        const Incident found = *require(journal.incidents.findIncident(incidentId));
        CHECK(found.stamps.deletedAt == behind);
        CHECK(found.stamps.updatedAt == justAfter);
    }
    SECTION("a check-in, keyed by habit and date")
    {
        CheckIn checkIn = fullCheckIn(habitId, QDate(2026, 3, 12));
        requireOk(journal.habits.save(checkIn));
        const QDateTime first = checkIn.updatedAt;
        checkIn.note = QStringLiteral("Changed my mind");
        checkIn.updatedAt = first.addSecs(-3600);
        requireOk(journal.habits.save(checkIn));
        const CheckIn found = *require(journal.habits.findCheckIn(habitId, QDate(2026, 3, 12)));
        CHECK(found.note == checkIn.note);
        CHECK(found.updatedAt == first.addMSecs(1));
    }
}

TEST_CASE("A tombstone hides a record from live listings but keeps it", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    const QDateTime deletedAt = at(29, 18, 42);

    SECTION("incidents")
    {
        const Incident other = fullIncident(id('e', 2), circleId, personId);
        requireOk(journal.incidents.save(other));
        requireOk(journal.incidents.markIncidentDeleted(incidentId, deletedAt));

        const QList<Incident> live = require(journal.incidents.allIncidents(IncludeDeleted::No));
        REQUIRE(live.size() == 1);
        CHECK(live.first().stamps.id == other.stamps.id);
        CHECK(require(journal.incidents.allIncidents(IncludeDeleted::Yes)).size() == 2);

        const Incident found = *require(journal.incidents.findIncident(incidentId));
        CHECK(found.stamps.deletedAt == deletedAt);
        CHECK(found.stamps.updatedAt == deletedAt);
        CHECK(found.title == QStringLiteral("Barbecue invitation"));
    }
    SECTION("every other record type")
    {
        requireOk(journal.incidents.save(fullReframe(id('f', 1), incidentId)));
        requireOk(journal.strengths.save(fullWin(id('d', 1), strengthId, incidentId)));
        requireOk(journal.habits.save(fullCheckIn(habitId, QDate(2026, 3, 1))));
        requireOk(journal.circles.save(fullMembership(personId, circleId)));
        requireOk(journal.circles.save(fullContact(id('7', 1), personId, circleId)));
        requireOk(journal.reminders.save(fullReminder(id('9', 1), habitId)));
        // fullCheckIn and fullMembership come as tombstones; revive them first.
        CheckIn checkIn = fullCheckIn(habitId, QDate(2026, 3, 1));
        checkIn.deletedAt.reset();
        requireOk(journal.habits.save(checkIn));
        Membership membership = fullMembership(personId, circleId);
        membership.deletedAt.reset();
        requireOk(journal.circles.save(membership));

        CHECK(require(journal.incidents.allReframes(IncludeDeleted::No)).size() == 1);
        CHECK(require(journal.habits.allCheckIns(IncludeDeleted::No)).size() == 1);
        CHECK(require(journal.circles.allMemberships(IncludeDeleted::No)).size() == 1);

        requireOk(journal.incidents.markReframeDeleted(id('f', 1), deletedAt));
        requireOk(journal.strengths.markStrengthDeleted(strengthId, deletedAt));
        requireOk(journal.strengths.markWinDeleted(id('d', 1), deletedAt));
        requireOk(journal.habits.markHabitDeleted(habitId, deletedAt));
        requireOk(journal.habits.markCheckInDeleted(habitId, QDate(2026, 3, 1), deletedAt));
        requireOk(journal.circles.markCircleDeleted(circleId, deletedAt));
        requireOk(journal.circles.markPersonDeleted(personId, deletedAt));
        requireOk(journal.circles.markMembershipDeleted(personId, circleId, deletedAt));
        requireOk(journal.circles.markContactDeleted(id('7', 1), deletedAt));
        requireOk(journal.reminders.markReminderDeleted(id('9', 1), deletedAt));

        CHECK(require(journal.incidents.allReframes(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.incidents.reframesFor(incidentId, IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.strengths.allStrengths(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.strengths.allWins(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.habits.allHabits(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.habits.allCheckIns(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.habits.checkInsFor(habitId, IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.circles.allCircles(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.circles.allPeople(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.circles.allMemberships(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.circles.allContacts(IncludeDeleted::No)).isEmpty());
        CHECK(require(journal.reminders.allReminders(IncludeDeleted::No)).isEmpty());

        CHECK(require(journal.incidents.allReframes(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.incidents.reframesFor(incidentId, IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.strengths.allStrengths(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.strengths.allWins(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.habits.allHabits(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.habits.allCheckIns(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.circles.allCircles(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.circles.allPeople(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.circles.allMemberships(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.circles.allContacts(IncludeDeleted::Yes)).size() == 1);
        CHECK(require(journal.reminders.allReminders(IncludeDeleted::Yes)).size() == 1);

        const CheckIn undone = *require(journal.habits.findCheckIn(habitId, QDate(2026, 3, 1)));
        CHECK(undone.deletedAt == deletedAt);
        CHECK(undone.updatedAt == deletedAt);
        const Membership left = *require(journal.circles.findMembership(personId, circleId));
        CHECK(left.deletedAt == deletedAt);
        CHECK(left.updatedAt == deletedAt);
        CHECK(require(journal.reminders.findReminder(id('9', 1)))->stamps.deletedAt == deletedAt);
    }
    SECTION("marking an unknown record fails and changes nothing")
    {
        const Status status = journal.incidents.markIncidentDeleted(id('e', 404), deletedAt);
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("Deleting the reflection"));
        CHECK_FALSE(journal.circles.markMembershipDeleted(personId, id('c', 404), deletedAt).ok());
        CHECK_FALSE(journal.habits.markCheckInDeleted(habitId, QDate(2000, 1, 1), deletedAt).ok());
        CHECK(require(journal.incidents.allIncidents(IncludeDeleted::No)).size() == 1);
    }
}

TEST_CASE("A check-in is unique per habit and date", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    const QString otherHabit = id('b', 2);
    requireOk(journal.habits.save(fullHabit(otherHabit)));

    const QDate day(2026, 3, 14);
    requireOk(journal.habits.save(CheckIn{habitId, day, CheckInStatus::Done, 1, QString(), at(14), std::nullopt}));
    requireOk(journal.habits.save(CheckIn{otherHabit, day, CheckInStatus::Done, 1, QString(), at(14), std::nullopt}));
    requireOk(journal.habits.save(CheckIn{habitId, day.addDays(-1), CheckInStatus::Done, 1, QString(), at(13), std::nullopt}));

    // The second save for (habit, day) updates the first, including reviving a tombstone.
    requireOk(journal.habits.markCheckInDeleted(habitId, day, at(14, 20)));
    const CheckIn again{habitId, day, CheckInStatus::Skipped, 2, QStringLiteral("Second thoughts"), at(14, 21), std::nullopt};
    requireOk(journal.habits.save(again));

    CHECK(rowCount(journal.connection, QStringLiteral("check_ins")) == 3);
    CHECK(*require(journal.habits.findCheckIn(habitId, day)) == again);

    const QList<CheckIn> forHabit = require(journal.habits.checkInsFor(habitId, IncludeDeleted::No));
    REQUIRE(forHabit.size() == 2);
    CHECK(forHabit[0].date == day.addDays(-1));
    CHECK(forHabit[1] == again);

    // All check-ins: by habit id, then date.
    const QList<CheckIn> all = require(journal.habits.allCheckIns(IncludeDeleted::Yes));
    REQUIRE(all.size() == 3);
    CHECK(all[0].habitId == habitId);
    CHECK(all[0].date == day.addDays(-1));
    CHECK(all[1].habitId == habitId);
    CHECK(all[1].date == day);
    CHECK(all[2].habitId == otherHabit);

    // For scoring: live check-ins only, with what the rules read and nothing else.
    const QList<CheckIn> scored = require(journal.habits.scoringCheckIns(habitId));
    REQUIRE(scored.size() == forHabit.size());
    for (qsizetype i = 0; i < scored.size(); ++i) {
        CHECK(scored[i].habitId == forHabit[i].habitId);
        CHECK(scored[i].date == forHabit[i].date);
        CHECK(scored[i].status == forHabit[i].status);
        CHECK(scored[i].value == forHabit[i].value);
        CHECK(scored[i].note.isEmpty());
    }
    const QList<CheckIn> otherScored = require(journal.habits.scoringCheckIns(otherHabit));
    REQUIRE(otherScored.size() == 1);
    CHECK(otherScored.first().date == day);
    CHECK(otherScored.first().status == CheckInStatus::Done);
}

TEST_CASE("A membership is keyed by person and circle", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    const QString otherCircle = id('c', 2);
    const QString otherPerson = id('a', 2);
    requireOk(journal.circles.save(fullCircle(otherCircle)));
    requireOk(journal.circles.save(fullPerson(otherPerson)));

    requireOk(journal.circles.save(Membership{personId, circleId, Ring::Outer, at(3), std::nullopt}));
    requireOk(journal.circles.save(Membership{personId, otherCircle, Ring::Middle, at(3), std::nullopt}));
    requireOk(journal.circles.save(Membership{otherPerson, circleId, Ring::Inner, at(3), std::nullopt}));
    // Moving a person to another ring of the same circle updates their one membership.
    const Membership moved{personId, circleId, Ring::Inner, at(4), std::nullopt};
    requireOk(journal.circles.save(moved));

    CHECK(rowCount(journal.connection, QStringLiteral("memberships")) == 3);
    CHECK(*require(journal.circles.findMembership(personId, circleId)) == moved);
    CHECK(require(journal.circles.findMembership(personId, otherCircle))->ring == Ring::Middle);

    const QList<Membership> all = require(journal.circles.allMemberships(IncludeDeleted::No));
    REQUIRE(all.size() == 3);
    // person_id, then circle_id.
    CHECK(all[0].personId == personId);
    CHECK(all[0].circleId == circleId);
    CHECK(all[1].personId == personId);
    CHECK(all[1].circleId == otherCircle);
    CHECK(all[2].personId == otherPerson);
}

TEST_CASE("The belonging balance reads the live circles and people and their memberships", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    Circle live = fullCircle(circleId);
    live.archived = false;
    requireOk(journal.circles.save(live));
    const QString archivedCircle = id('c', 2);
    const QString goneCircle = id('c', 3);
    const QString gonePerson = id('a', 2);
    Circle archived = fullCircle(archivedCircle);
    archived.archived = true;
    requireOk(journal.circles.save(archived));
    requireOk(journal.circles.save(fullCircle(goneCircle)));
    requireOk(journal.circles.markCircleDeleted(goneCircle, at(9)));
    requireOk(journal.circles.save(fullPerson(gonePerson)));
    requireOk(journal.circles.markPersonDeleted(gonePerson, at(9)));
    requireOk(journal.circles.save(Membership{personId, circleId, Ring::Inner, at(3), std::nullopt}));
    requireOk(journal.circles.save(Membership{personId, archivedCircle, Ring::Middle, at(3), std::nullopt}));
    requireOk(journal.circles.save(Membership{gonePerson, circleId, Ring::Outer, at(3), std::nullopt}));
    requireOk(journal.circles.save(Membership{personId, goneCircle, Ring::Outer, at(3), at(8)}));

    const CircleStore::BalanceInputs inputs = require(journal.circles.balanceInputs());
    // Deleted records are left out here; archived ones stay, for the balance rule to weigh.
    REQUIRE(inputs.circles.size() == 2);
    CHECK(std::any_of(inputs.circles.cbegin(), inputs.circles.cend(), [&](const Circle &c) { return c.stamps.id == archivedCircle && c.archived; }));
    REQUIRE(inputs.people.size() == 1);
    CHECK(inputs.people.first().stamps.id == personId);
    CHECK(inputs.memberships.size() == 3);
    const BelongingBalance balance = calculateBelongingBalance(inputs.circles, inputs.people, inputs.memberships);
    CHECK(balance.effectiveCircles == 1.0);
    CHECK(balance.innerCircles == 1);
}

TEST_CASE("Listings are ordered by creation, then id", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    // Saved in an order that is neither creation nor id order; two share a creation instant.
    const QString late = id('5', 9);
    const QString tieHigh = id('5', 8);
    const QString tieLow = id('5', 7);
    Strength strength = fullStrength(late);
    strength.stamps.createdAt = at(20);
    requireOk(journal.strengths.save(strength));
    strength.stamps.id = tieHigh;
    strength.stamps.createdAt = at(10);
    requireOk(journal.strengths.save(strength));
    strength.stamps.id = tieLow;
    requireOk(journal.strengths.save(strength));

    const QList<Strength> all = require(journal.strengths.allStrengths(IncludeDeleted::Yes));
    QStringList ids;
    for (const Strength &s : all)
        ids.append(s.stamps.id);
    // saveParents' strength was created on day 8.
    CHECK(ids == QStringList{strengthId, tieLow, tieHigh, late});
}

TEST_CASE("A broken reference fails with a message, not a crash", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    const QString unknown = id('0', 404);

    const Status reframe = journal.incidents.save(fullReframe(id('f', 1), unknown));
    REQUIRE_FALSE(reframe.ok());
    CHECK(reframe.failure().kind == FailureKind::Operation);
    CHECK_THAT(reframe.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("Saving the reframe"));
    CHECK_FALSE(require(journal.incidents.findReframe(id('f', 1))).has_value());

    CHECK_FALSE(journal.habits.save(fullCheckIn(unknown, QDate(2026, 3, 1))).ok());
    CHECK_FALSE(journal.circles.save(fullMembership(unknown, circleId)).ok());
    CHECK_FALSE(journal.circles.save(fullMembership(personId, unknown)).ok());
    CHECK_FALSE(journal.circles.save(fullContact(id('7', 1), personId, unknown)).ok());
    CHECK_FALSE(journal.strengths.save(fullWin(id('d', 1), strengthId, unknown)).ok());
    CHECK_FALSE(journal.reminders.save(fullReminder(id('9', 1), unknown)).ok());
    Incident incident = fullIncident(id('e', 2), unknown, personId);
    CHECK_FALSE(journal.incidents.save(incident).ok());

    // The statements are still usable after a failure.
    requireOk(journal.incidents.save(fullReframe(id('f', 1), incidentId)));
    CHECK(require(journal.incidents.findReframe(id('f', 1))).has_value());
}

TEST_CASE("A required field that is missing is refused", "[stores]")
{
    TestJournal journal;
    Incident incident;
    incident.stamps = stamps(id('e', 5), 1);
    incident.title = QStringLiteral("No time");
    // occurredAt is an invalid QDateTime: bound as NULL, refused by NOT NULL.
    const Status status = journal.incidents.save(incident);
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("Saving the reflection"));
}

TEST_CASE("A value the store cannot read is reported with its column", "[stores]")
{
    TestJournal journal;
    saveParents(journal);
    QSqlQuery damage(journal.connection);
    REQUIRE(damage.prepare(QStringLiteral("UPDATE incidents SET distortions_json = ? WHERE id = ?")));
    damage.addBindValue(QStringLiteral("[\"jumping-to-conclusions\"]"));
    damage.addBindValue(incidentId);
    REQUIRE(damage.exec());

    const auto found = journal.incidents.findIncident(incidentId);
    REQUIRE_FALSE(found.ok());
    CHECK_THAT(found.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("distortions_json"));
    CHECK_THAT(found.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("jumping-to-conclusions"));
    CHECK_FALSE(journal.incidents.allIncidents(IncludeDeleted::Yes).ok());
    // Other records still read.
    CHECK(require(journal.circles.allCircles(IncludeDeleted::Yes)).size() == 1);
}

TEST_CASE("The full-text index follows saves and tombstones", "[stores][search]")
{
    TestJournal journal;
    saveParents(journal);
    const qint64 incidentRow = seqOf(journal.connection, QStringLiteral("incidents"), incidentId) * 8 + 1;

    // Title, body text, the next step, the exposure plan and tags are all indexed.
    CHECK(searchRowIds(journal.connection, QStringLiteral("barbecue")) == QList<qint64>{incidentRow});
    CHECK(searchRowIds(journal.connection, QStringLiteral("unlikeable")) == QList<qint64>{incidentRow});
    CHECK(searchRowIds(journal.connection, QStringLiteral("walk")) == QList<qint64>{incidentRow});
    CHECK(searchRowIds(journal.connection, QStringLiteral("hour")) == QList<qint64>{incidentRow});
    CHECK(searchRowIds(journal.connection, QStringLiteral("summer")) == QList<qint64>{incidentRow});

    // A check-in with a note is indexed; "habitId/date" rows are keyed on check_ins.seq.
    CheckIn checkIn = fullCheckIn(habitId, QDate(2026, 3, 2));
    checkIn.deletedAt.reset();
    requireOk(journal.habits.save(checkIn));
    REQUIRE(searchRowIds(journal.connection, QStringLiteral("rained")).size() == 1);
    CHECK(searchRowIds(journal.connection, QStringLiteral("rained")).first() % 8 == 5);

    requireOk(journal.incidents.markIncidentDeleted(incidentId, at(30)));
    CHECK(searchRowIds(journal.connection, QStringLiteral("barbecue")).isEmpty());
    requireOk(journal.habits.markCheckInDeleted(habitId, QDate(2026, 3, 2), at(30)));
    CHECK(searchRowIds(journal.connection, QStringLiteral("rained")).isEmpty());

    // Reviving a record (an import of a newer version without the tombstone) indexes it again, under the same row.
    requireOk(journal.incidents.save(fullIncident(incidentId, circleId, personId)));
    CHECK(searchRowIds(journal.connection, QStringLiteral("barbecue")) == QList<qint64>{incidentRow});
}

TEST_CASE("Stores open no transaction of their own", "[stores]")
{
    TestJournal journal;
    {
        auto transaction = require(WriteTransaction::begin(*journal.database));
        requireOk(journal.circles.save(fullCircle(circleId)));
        requireOk(journal.circles.save(fullPerson(personId)));
        // Dropped without commit: both saves are rolled back together.
    }
    CHECK(require(journal.circles.allCircles(IncludeDeleted::Yes)).isEmpty());
    CHECK(require(journal.circles.allPeople(IncludeDeleted::Yes)).isEmpty());

    auto transaction = require(WriteTransaction::begin(*journal.database));
    requireOk(journal.circles.save(fullCircle(circleId)));
    requireOk(transaction.commit());
    CHECK(require(journal.circles.allCircles(IncludeDeleted::Yes)).size() == 1);
}

TEST_CASE("Records saved to a journal file are there when it is opened again", "[stores][disk]")
{
    TempJournalDir dir;
    REQUIRE(dir.isValid());
    const Incident incident = fullIncident(incidentId, circleId, personId);
    const Reframe reframe = fullReframe(id('f', 1), incidentId);
    {
        const std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
        CircleStore circles(database->connection());
        IncidentStore incidents(database->connection());
        auto transaction = require(WriteTransaction::begin(*database));
        requireOk(circles.save(fullCircle(circleId)));
        requireOk(circles.save(fullPerson(personId)));
        requireOk(incidents.save(incident));
        requireOk(incidents.save(reframe));
        requireOk(transaction.commit());
    }
    const std::unique_ptr<Database> reopened = require(Database::open(dir.journalPath()));
    IncidentStore incidents(reopened->connection());
    CHECK(*require(incidents.findIncident(incidentId)) == incident);
    CHECK(require(incidents.reframesFor(incidentId, IncludeDeleted::No)) == QList<Reframe>{reframe});
}

TEST_CASE("saveAll saves many records in batches, exactly as save() would", "[stores][batch]")
{
    TestJournal journal;
    saveParents(journal);
    // Two full batches and a remainder, so both statements are used.
    const qsizetype count = 2 * kSaveBatchRows + 5;
    QList<Reframe> reframes;
    QList<CheckIn> checkIns;
    for (qsizetype i = 0; i < count; ++i) {
        Reframe reframe = fullReframe(id('f', int(i) + 1), incidentId);
        reframe.text = QStringLiteral("Reframe number %1 mentions zebra").arg(i);
        reframe.stamps.createdAt = at(1).addSecs(i);
        reframes.append(reframe);
        checkIns.append(CheckIn{habitId, QDate(2026, 1, 1).addDays(i), CheckInStatus::Done, double(i), QString(), at(2), std::nullopt});
    }
    requireOk(journal.incidents.saveAll(reframes));
    requireOk(journal.habits.saveAll(checkIns));
    CHECK(require(journal.incidents.allReframes(IncludeDeleted::Yes)) == reframes);
    CHECK(require(journal.habits.checkInsFor(habitId, IncludeDeleted::Yes)) == checkIns);
    CHECK(searchRowIds(journal.connection, QStringLiteral("zebra")).size() == count);

    SECTION("saving them again updates them in place, also when a key repeats within one batch")
    {
        const qint64 firstSeq = seqOf(journal.connection, QStringLiteral("reframes"), reframes.first().stamps.id);
        for (Reframe &reframe : reframes)
            reframe.text = QStringLiteral("Now about giraffes");
        QList<Reframe> withRepeat = reframes;
        Reframe repeated = reframes[3];
        repeated.believability = 99;
        withRepeat[10] = repeated; // the later one wins, as with two save() calls
        withRepeat[10].stamps.id = reframes[3].stamps.id;
        requireOk(journal.incidents.saveAll(withRepeat));
        CHECK(seqOf(journal.connection, QStringLiteral("reframes"), reframes.first().stamps.id) == firstSeq);
        CHECK(rowCount(journal.connection, QStringLiteral("reframes")) == count);
        CHECK(require(journal.incidents.findReframe(reframes[3].stamps.id))->believability == 99);
        CHECK(searchRowIds(journal.connection, QStringLiteral("zebra")).size() == 1); // reframes[10] kept its text
        CHECK(searchRowIds(journal.connection, QStringLiteral("giraffes")).size() == count - 1);
    }
    SECTION("a broken reference anywhere in a batch fails the call")
    {
        QList<Reframe> broken;
        for (qsizetype i = 0; i < kSaveBatchRows; ++i)
            broken.append(fullReframe(id('f', 500 + int(i)), i == 7 ? id('e', 404) : incidentId));
        const Status status = journal.incidents.saveAll(broken);
        REQUIRE_FALSE(status.ok());
        CHECK_THAT(status.failure().message.toStdString(), Catch::Matchers::ContainsSubstring("Saving the reframes"));
        // The failed statement wrote nothing; the caller's transaction decides about the rest.
        CHECK_FALSE(require(journal.incidents.findReframe(id('f', 500))).has_value());
    }
    SECTION("every other record type")
    {
        TestJournal other;
        QList<Circle> circles;
        QList<Person> people;
        QList<Membership> memberships;
        QList<Contact> contacts;
        QList<Incident> incidents;
        QList<Strength> strengths;
        QList<Win> wins;
        QList<Habit> habits;
        QList<Reminder> reminders;
        for (int i = 1; i <= kSaveBatchRows + 1; ++i) {
            circles.append(fullCircle(id('c', i)));
            circles.last().stamps.createdAt = at(1).addSecs(i);
            people.append(fullPerson(id('a', i)));
            people.last().stamps.createdAt = at(1).addSecs(i);
            memberships.append(fullMembership(id('a', 1), id('c', i)));
            contacts.append(fullContact(id('7', i), id('a', i), id('c', i)));
            contacts.last().stamps.createdAt = at(1).addSecs(i);
            incidents.append(fullIncident(id('e', i), id('c', i), id('a', i)));
            incidents.last().stamps.createdAt = at(1).addSecs(i);
            strengths.append(fullStrength(id('5', i)));
            strengths.last().stamps.createdAt = at(1).addSecs(i);
            wins.append(fullWin(id('d', i), id('5', i), id('e', i)));
            wins.last().stamps.createdAt = at(1).addSecs(i);
            habits.append(fullHabit(id('b', i)));
            habits.last().stamps.createdAt = at(1).addSecs(i);
            reminders.append(fullReminder(id('9', i), id('b', i)));
            reminders.last().stamps.createdAt = at(1).addSecs(i);
        }
        requireOk(other.circles.saveAll(circles));
        requireOk(other.circles.saveAll(people));
        requireOk(other.circles.saveAll(memberships));
        requireOk(other.circles.saveAll(contacts));
        requireOk(other.incidents.saveAll(incidents));
        requireOk(other.strengths.saveAll(strengths));
        requireOk(other.strengths.saveAll(wins));
        requireOk(other.habits.saveAll(habits));
        requireOk(other.reminders.saveAll(reminders));
        CHECK(require(other.circles.allCircles(IncludeDeleted::Yes)) == circles);
        CHECK(require(other.circles.allPeople(IncludeDeleted::Yes)) == people);
        CHECK(require(other.circles.allMemberships(IncludeDeleted::Yes)) == memberships);
        CHECK(require(other.circles.allContacts(IncludeDeleted::Yes)) == contacts);
        CHECK(require(other.incidents.allIncidents(IncludeDeleted::Yes)) == incidents);
        CHECK(require(other.strengths.allStrengths(IncludeDeleted::Yes)) == strengths);
        CHECK(require(other.strengths.allWins(IncludeDeleted::Yes)) == wins);
        CHECK(require(other.habits.allHabits(IncludeDeleted::Yes)) == habits);
        CHECK(require(other.reminders.allReminders(IncludeDeleted::Yes)) == reminders);
        // An empty list is a no-op.
        requireOk(other.incidents.saveAll(QList<Incident>()));
    }
}
