// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/ContactLog.h"

#include "StoreFixtures.h"

using namespace StoreFixtures;
using namespace Qt::StringLiterals;

namespace {

Contact contactOn(int number, QDate date, std::optional<QString> personId, std::optional<QString> circleId)
{
    return Contact{stamps(id('k', number), 1 + number % 20), date, std::move(personId), std::move(circleId), 1, u"note %1"_s.arg(number)};
}

} // namespace

TEST_CASE("The contact log reads pages newest first, with names, and counts live contacts", "[contacts]")
{
    TestJournal journal;
    Circle choir = fullCircle(id('c', 1));
    choir.name = u"Choir"_s;
    requireOk(journal.circles.save(choir));
    Person ana = fullPerson(id('p', 1));
    ana.name = u"Ana"_s;
    requireOk(journal.circles.save(ana));
    for (int i = 0; i < 25; ++i)
        requireOk(journal.circles.save(contactOn(i, QDate(2026, 5, 1).addDays(i), i % 2 ? std::optional(ana.stamps.id) : std::nullopt, choir.stamps.id)));
    requireOk(journal.circles.markContactDeleted(id('k', 24), at(27)));

    ContactLog log(journal.connection);
    CHECK(require(log.count()) == 24);
    const QList<ContactLogEntry> first = require(log.page(0, 10));
    REQUIRE(first.size() == 10);
    CHECK(first[0].contact.stamps.id == id('k', 23));
    CHECK(first[0].contact.date == QDate(2026, 5, 24));
    CHECK(first[0].personName == u"Ana"_s);
    CHECK(first[0].circleName == u"Choir"_s);
    CHECK(first[1].personName.isEmpty());
    CHECK(require(log.page(20, 10)).size() == 4);
    CHECK(require(log.page(20, 10)).last().contact.stamps.id == id('k', 0));
}

TEST_CASE("The latest contacts: one per pair with its last date", "[contacts]")
{
    TestJournal journal;
    requireOk(journal.circles.save(fullCircle(id('c', 1))));
    requireOk(journal.circles.save(fullPerson(id('p', 1))));
    requireOk(journal.circles.save(contactOn(1, QDate(2026, 5, 1), id('p', 1), std::nullopt)));
    requireOk(journal.circles.save(contactOn(2, QDate(2026, 5, 9), id('p', 1), std::nullopt)));
    requireOk(journal.circles.save(contactOn(3, QDate(2026, 5, 3), std::nullopt, id('c', 1))));
    ContactLog log(journal.connection);
    QList<Contact> latest = require(log.latestContacts());
    std::sort(latest.begin(), latest.end(), [](const Contact &a, const Contact &b) { return a.date < b.date; });
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].circleId == id('c', 1));
    CHECK_FALSE(latest[0].personId.has_value());
    CHECK(latest[0].date == QDate(2026, 5, 3));
    CHECK(latest[1].personId == id('p', 1));
    CHECK(latest[1].date == QDate(2026, 5, 9));
}
