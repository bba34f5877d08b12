// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalSearchQueries.h"
#include "JournalFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;
using namespace JournalFixtures;

template <>
struct Catch::StringMaker<JournalSearchResult>
{
    static std::string convert(const JournalSearchResult &result)
    {
        return QString(enumName(result.type) + u' ' + result.id + QStringLiteral(" \"") + result.title + QStringLiteral("\" ") +
                       result.date.toString(Qt::ISODate) + QStringLiteral(" → ") + result.incidentId)
            .toStdString();
    }
};

namespace {

const QDate kDay(2026, 11, 14);

/// The results of `query` by type and id, each with its snippet dropped (searchJournal's own tests cover snippets).
QList<JournalSearchResult> found(JournalSearchQueries &queries, const QString &query, const QTimeZone &zone = QTimeZone::utc())
{
    SearchOptions options;
    options.limit = 50;
    QList<JournalSearchResult> results = require(queries.search(query, options, zone));
    for (JournalSearchResult &result : results)
        result.snippet.clear();
    std::sort(results.begin(), results.end(),
              [](const JournalSearchResult &a, const JournalSearchResult &b) { return std::pair(int(a.type), a.id) < std::pair(int(b.type), b.id); });
    return results;
}

/// A journal with the word "marmalade" in one record of each kind.
struct Searchable
{
    TestJournal journal;
    JournalSearchQueries queries{journal.connection};

    Searchable()
    {
        Incident incident = reflection(id('1', 1), utc(kDay, 23, 30));
        incident.title = QStringLiteral("Breakfast");
        incident.situation = QStringLiteral("Nobody shared the marmalade.");
        requireOk(journal.incidents.save(incident));
        requireOk(journal.incidents.save(reflection(id('1', 2), utc(kDay, 8))));
        requireOk(
            journal.incidents.save(Reframe{live(id('3', 1)), id('1', 2), QStringLiteral("Maybe they forgot the marmalade."), ReframeKind::SelfCompassion, 60}));
        Win found = win(id('2', 1), kDay.addDays(-1));
        found.text = QStringLiteral("## Made marmalade\nfrom the garden's oranges");
        requireOk(journal.strengths.save(found));
        requireOk(journal.strengths.save(Strength{live(id('5', 1)), QStringLiteral("Patience"), QStringLiteral("Like marmalade, it sets slowly."), true}));
        requireOk(journal.habits.save(habit(id('7', 1), QStringLiteral("Gratitude"))));
        requireOk(journal.habits.save(note(id('7', 1), kDay.addDays(-2), QStringLiteral("Thankful for marmalade."))));
        Person person;
        person.stamps = live(id('p', 1));
        person.name = QStringLiteral("Sam");
        person.notes = QStringLiteral("Makes marmalade.");
        requireOk(journal.circles.save(person));
        Circle circle;
        circle.stamps = live(id('c', 1));
        circle.name = QStringLiteral("Jam club");
        circle.notes = QStringLiteral("Marmalade on Sundays.");
        requireOk(journal.circles.save(circle));
    }
};

} // namespace

TEST_CASE("The journal's search: each hit with the reflection to open, its title and its day", "[journal][search]")
{
    Searchable journal;
    using T = SearchRecordType;
    CHECK(found(journal.queries, QStringLiteral("marmalade")) ==
          QList<JournalSearchResult>{
              {T::Incident, id('1', 1), {}, id('1', 1), QStringLiteral("Breakfast"), kDay},
              {T::Reframe, id('3', 1), {}, id('1', 2), QStringLiteral("Title ") + id('1', 2).left(2), kDay},
              {T::Win, id('2', 1), {}, {}, QStringLiteral("Made marmalade"), kDay.addDays(-1)},
              {T::Strength, id('5', 1), {}, {}, QStringLiteral("Patience"), {}},
              {T::CheckIn, id('7', 1) + QStringLiteral("/2026-11-12"), {}, {}, QStringLiteral("Gratitude"), kDay.addDays(-2)},
              {T::Person, id('p', 1), {}, {}, QStringLiteral("Sam"), {}},
              {T::Circle, id('c', 1), {}, {}, QStringLiteral("Jam club"), {}},
          });
}

TEST_CASE("The journal's search: a reflection's day is its date in the zone searched in", "[journal][search]")
{
    Searchable journal;
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    // 23:30 UTC on the 14th is half past midnight on the 15th in Berlin; 08:00 UTC is still the 14th.
    const QList<JournalSearchResult> results = found(journal.queries, QStringLiteral("marmalade"), berlin);
    REQUIRE(results.size() == 7);
    CHECK(results[0].date == kDay.addDays(1));
    CHECK(results[1].date == kDay);
}

TEST_CASE("The journal's search: the snippet marks the match; best first", "[journal][search]")
{
    Searchable journal;
    SearchOptions options;
    options.highlightStart = QStringLiteral("[");
    options.highlightEnd = QStringLiteral("]");
    const QList<JournalSearchResult> results = require(journal.queries.search(QStringLiteral("oranges"), options, QTimeZone::utc()));
    REQUIRE(results.size() == 1);
    CHECK(results[0].snippet.contains(QStringLiteral("[oranges]")));
    CHECK(results[0].id == id('2', 1));
}

TEST_CASE("The journal's search: a query with nothing searchable fails as bad input", "[journal][search]")
{
    Searchable journal;
    const Result<QList<JournalSearchResult>> result = journal.queries.search(QStringLiteral(" -- "), {}, QTimeZone::utc());
    REQUIRE_FALSE(result.ok());
    CHECK(result.failure().kind == FailureKind::BadInput);
}

TEST_CASE("The journal's search: a win's title is its first line with words, cut to about a line", "[journal][search]")
{
    CHECK(JournalSearchQueries::titleLine(QStringLiteral("\n  \n> - **Bold** start\nsecond")) == QStringLiteral("Bold** start"));
    CHECK(JournalSearchQueries::titleLine(QString(90, u'a')) == QString(90, u'a'));
    CHECK(JournalSearchQueries::titleLine(QString(91, u'a')) == QString(89, u'a') + QChar(0x2026));
    CHECK(JournalSearchQueries::titleLine(QStringLiteral("#\n>")).isEmpty());
}
