// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalFilterQueries.h"
#include "JournalFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;
using namespace JournalFixtures;

template <>
struct Catch::StringMaker<FilterChoice>
{
    static std::string convert(const FilterChoice &choice) { return QString(choice.value + QStringLiteral(" = ") + choice.label).toStdString(); }
};

namespace {

Circle circle(const QString &circleId, const QString &name, bool archived = false)
{
    Circle circle;
    circle.stamps = live(circleId);
    circle.name = name;
    circle.archived = archived;
    return circle;
}

Person person(const QString &personId, const QString &name)
{
    Person person;
    person.stamps = live(personId);
    person.name = name;
    return person;
}

Incident tagged(const QString &incidentId, const QStringList &tags)
{
    Incident incident = reflection(incidentId, utc(QDate(2026, 11, 14), 9));
    incident.tags = tags;
    return incident;
}

} // namespace

TEST_CASE("The journal's filters: live circles by name, archived ones last", "[journal][filters]")
{
    TestJournal journal;
    requireOk(journal.circles.save(circle(id('c', 1), QStringLiteral("work"))));
    requireOk(journal.circles.save(circle(id('c', 2), QStringLiteral("Book club"), true)));
    requireOk(journal.circles.save(circle(id('c', 3), QStringLiteral("Family"))));
    requireOk(journal.circles.save(circle(id('c', 4), QStringLiteral("Archery"), true)));
    Circle gone = circle(id('c', 5), QStringLiteral("Choir"));
    gone.stamps = deleted(gone.stamps.id);
    requireOk(journal.circles.save(gone));

    JournalFilterQueries queries(journal.connection);
    CHECK(require(queries.circles()) ==
          QList<FilterChoice>{{id('c', 3), QStringLiteral("Family")},
                              {id('c', 1), QStringLiteral("work")},
                              {id('c', 4), QStringLiteral("Archery")},
                              {id('c', 2), QStringLiteral("Book club")}});
}

TEST_CASE("The journal's filters: live people by name, case ignored", "[journal][filters]")
{
    TestJournal journal;
    requireOk(journal.circles.save(person(id('p', 1), QStringLiteral("sam"))));
    requireOk(journal.circles.save(person(id('p', 2), QStringLiteral("alex"))));
    Person gone = person(id('p', 3), QStringLiteral("Bo"));
    gone.stamps = deleted(gone.stamps.id);
    requireOk(journal.circles.save(gone));
    requireOk(journal.circles.save(person(id('p', 4), QStringLiteral("Robin"))));

    JournalFilterQueries queries(journal.connection);
    CHECK(require(queries.people()) ==
          QList<FilterChoice>{{id('p', 2), QStringLiteral("alex")}, {id('p', 4), QStringLiteral("Robin")}, {id('p', 1), QStringLiteral("sam")}});
}

TEST_CASE("The journal's filters: the tags live reflections use, once each, without the named distortions", "[journal][filters]")
{
    TestJournal journal;
    requireOk(journal.incidents.save(tagged(id('1', 1), {QStringLiteral("work"), QStringLiteral("distortion:Doom scrolling")})));
    requireOk(journal.incidents.save(tagged(id('1', 2), {QStringLiteral("Friends"), QStringLiteral("work")})));
    Incident gone = tagged(id('1', 3), {QStringLiteral("holiday"), QStringLiteral("distortion:Gone")});
    gone.stamps = deleted(gone.stamps.id);
    requireOk(journal.incidents.save(gone));
    requireOk(journal.incidents.save(tagged(id('1', 4), {QStringLiteral("distortion:all or nothing"), QStringLiteral("distortion:Doom scrolling")})));

    JournalFilterQueries queries(journal.connection);
    CHECK(require(queries.tags()) == QStringList{QStringLiteral("Friends"), QStringLiteral("work")});
    CHECK(require(queries.namedDistortions()) ==
          QList<FilterChoice>{{QStringLiteral("distortion:all or nothing"), QStringLiteral("all or nothing")},
                              {QStringLiteral("distortion:Doom scrolling"), QStringLiteral("Doom scrolling")}});
}

TEST_CASE("The journal's filters: a new journal offers no circle, person, tag or named distortion", "[journal][filters]")
{
    TestJournal journal;
    JournalFilterQueries queries(journal.connection);
    CHECK(require(queries.circles()).isEmpty());
    CHECK(require(queries.people()).isEmpty());
    CHECK(require(queries.tags()).isEmpty());
    CHECK(require(queries.namedDistortions()).isEmpty());
}
