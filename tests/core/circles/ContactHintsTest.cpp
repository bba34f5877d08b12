// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/ContactHints.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 20);

Circle circle(const QString &id, const QString &name, QDate created = QDate(2026, 1, 1))
{
    Circle result;
    result.stamps.id = id;
    result.stamps.createdAt = QDateTime(created, QTime(12, 0), Qt::UTC);
    result.name = name;
    return result;
}

Contact contact(QDate date, std::optional<QString> personId, std::optional<QString> circleId)
{
    Contact result;
    result.stamps.id = u"k"_s + date.toString(Qt::ISODate);
    result.date = date;
    result.personId = std::move(personId);
    result.circleId = std::move(circleId);
    return result;
}

Membership membership(const QString &personId, const QString &circleId)
{
    return {personId, circleId, Ring::Middle, std::nullopt, std::nullopt};
}

QStringList idsOf(const QList<ContactHint> &hints)
{
    QStringList ids;
    for (const ContactHint &hint : hints)
        ids.append(hint.circleId);
    return ids;
}

} // namespace

TEST_CASE("A circle contacted within the last 21 days gets no hint; 22 days ago does", "[contacts]")
{
    const QList<Circle> circles{circle(u"a"_s, u"Choir"_s), circle(u"b"_s, u"Work"_s)};
    const QList<Contact> contacts{contact(kToday.addDays(-21), std::nullopt, u"a"_s), contact(kToday.addDays(-22), std::nullopt, u"b"_s)};
    const QList<ContactHint> hints = contactHints(circles, {}, contacts, kToday);
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].circleId == u"b"_s);
    CHECK(hints[0].lastContact == kToday.addDays(-22));
    CHECK(hints[0].daysSince == 22);
}

TEST_CASE("A contact with a member counts for each of the member's circles", "[contacts]")
{
    const QList<Circle> circles{circle(u"a"_s, u"Choir"_s), circle(u"b"_s, u"Work"_s), circle(u"c"_s, u"Family"_s)};
    const QList<Membership> memberships{membership(u"p"_s, u"a"_s), membership(u"p"_s, u"b"_s)};
    const QList<Contact> contacts{contact(kToday.addDays(-3), u"p"_s, std::nullopt)};
    CHECK(idsOf(contactHints(circles, memberships, contacts, kToday)) == QStringList{u"c"_s});
}

TEST_CASE("A member who left, a deleted contact and a deleted or archived circle do not count", "[contacts]")
{
    QList<Circle> circles{circle(u"a"_s, u"Choir"_s), circle(u"b"_s, u"Work"_s), circle(u"c"_s, u"Old"_s), circle(u"d"_s, u"Gone"_s)};
    circles[2].archived = true;
    circles[3].stamps.deletedAt = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    QList<Membership> memberships{membership(u"p"_s, u"a"_s)};
    memberships[0].deletedAt = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    QList<Contact> contacts{contact(kToday, u"p"_s, std::nullopt), contact(kToday, std::nullopt, u"b"_s)};
    contacts[1].stamps.deletedAt = QDateTime(kToday, QTime(9, 0), Qt::UTC);
    CHECK(idsOf(contactHints(circles, memberships, contacts, kToday)) == QStringList{u"a"_s, u"b"_s});
}

TEST_CASE("Never contacted: a hint once the circle is older than the threshold", "[contacts]")
{
    const QList<Circle> circles{circle(u"new"_s, u"New"_s, kToday.addDays(-5)), circle(u"old"_s, u"Old"_s, kToday.addDays(-40))};
    const QList<ContactHint> hints = contactHints(circles, {}, {}, kToday);
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].circleId == u"old"_s);
    CHECK_FALSE(hints[0].lastContact.has_value());
    CHECK(hints[0].daysSince == -1);
}

TEST_CASE("Hints: never contacted first, then the longest silence, then by name", "[contacts]")
{
    const QList<Circle> circles{circle(u"1"_s, u"b-recent"_s), circle(u"2"_s, u"a-long"_s), circle(u"3"_s, u"z-never"_s), circle(u"4"_s, u"A-recent"_s)};
    const QList<Contact> contacts{contact(kToday.addDays(-30), std::nullopt, u"1"_s), contact(kToday.addDays(-90), std::nullopt, u"2"_s),
                                  contact(kToday.addDays(-30), std::nullopt, u"4"_s)};
    CHECK(idsOf(contactHints(circles, {}, contacts, kToday)) == QStringList{u"3"_s, u"2"_s, u"4"_s, u"1"_s});
}

TEST_CASE("The latest contact wins, a threshold can be given, and a later date counts as today", "[contacts]")
{
    const QList<Circle> circles{circle(u"a"_s, u"Choir"_s)};
    const QList<Contact> contacts{contact(kToday.addDays(-50), std::nullopt, u"a"_s), contact(kToday.addDays(-8), std::nullopt, u"a"_s)};
    CHECK(contactHints(circles, {}, contacts, kToday).isEmpty());
    CHECK(idsOf(contactHints(circles, {}, contacts, kToday, 7)) == QStringList{u"a"_s});
    CHECK(contactHints(circles, {}, {contact(kToday.addDays(2), std::nullopt, u"a"_s)}, kToday, 0).isEmpty());
}
