// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/BelongingBalance.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

#include <QDateTime>

using namespace mosaic;
using Catch::Matchers::WithinAbs;
using namespace Qt::StringLiterals;

namespace {

Circle circle(const QString &id)
{
    Circle result;
    result.stamps.id = id;
    result.name = id;
    return result;
}

Person person(const QString &id)
{
    Person result;
    result.stamps.id = id;
    result.name = id;
    return result;
}

Membership membership(const QString &personId, const QString &circleId, Ring ring)
{
    return {personId, circleId, ring, std::nullopt, std::nullopt};
}

QDateTime someInstant()
{
    return QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
}

// People p1…pN, so that memberships can name any of them.
QList<Person> people(int count)
{
    QList<Person> result;
    for (int i = 1; i <= count; ++i)
        result.append(person(u"p"_s + QString::number(i)));
    return result;
}

} // namespace

TEST_CASE("No memberships: zeros and no warning", "[belonging]")
{
    const BelongingBalance balance = calculateBelongingBalance({circle(u"work"_s)}, people(1), {});
    CHECK(balance == BelongingBalance{});
    CHECK(balance.effectiveCircles == 0);
    CHECK(balance.largestShare == 0);
    CHECK(balance.innerCircles == 0);
    CHECK_FALSE(balance.isNarrow());
    CHECK(calculateBelongingBalance({}, {}, {}) == BelongingBalance{});
}

TEST_CASE("Equal circles", "[belonging]")
{
    SECTION("two circles of one inner person each: p = 1/2, 1/2")
    {
        const BelongingBalance balance = calculateBelongingBalance(
            {circle(u"family"_s), circle(u"work"_s)}, people(2), {membership(u"p1"_s, u"family"_s, Ring::Inner), membership(u"p2"_s, u"work"_s, Ring::Inner)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(2, 1e-12));
        CHECK_THAT(balance.largestShare, WithinAbs(0.5, 1e-12));
        CHECK(balance.innerCircles == 2);
        CHECK_FALSE(balance.isNarrow());
    }
    SECTION("three circles of weight 3 from different rings: p = 1/3 each")
    {
        // family: one inner (3); work: three outer (1 + 1 + 1); choir: one middle and one outer (2 + 1).
        const BelongingBalance balance = calculateBelongingBalance(
            {circle(u"family"_s), circle(u"work"_s), circle(u"choir"_s)}, people(4),
            {membership(u"p1"_s, u"family"_s, Ring::Inner), membership(u"p2"_s, u"work"_s, Ring::Outer), membership(u"p3"_s, u"work"_s, Ring::Outer),
             membership(u"p4"_s, u"work"_s, Ring::Outer), membership(u"p2"_s, u"choir"_s, Ring::Middle), membership(u"p3"_s, u"choir"_s, Ring::Outer)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(3, 1e-12));
        CHECK_THAT(balance.largestShare, WithinAbs(1.0 / 3, 1e-12));
        CHECK(balance.innerCircles == 1);
        CHECK_FALSE(balance.isNarrow());
    }
}

TEST_CASE("One dominant circle", "[belonging]")
{
    SECTION("a single circle: p = 1")
    {
        const BelongingBalance balance = calculateBelongingBalance({circle(u"work"_s)}, people(2),
                                                                   {membership(u"p1"_s, u"work"_s, Ring::Outer), membership(u"p2"_s, u"work"_s, Ring::Middle)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(1, 1e-12));
        CHECK_THAT(balance.largestShare, WithinAbs(1, 1e-12));
        CHECK(balance.innerCircles == 0);
        CHECK(balance.isNarrow());
    }
    SECTION("8 against 2: p = 0.8, 0.2; 1 / (0.64 + 0.04) = 1.4706")
    {
        const BelongingBalance balance =
            calculateBelongingBalance({circle(u"work"_s), circle(u"family"_s)}, people(4),
                                      {membership(u"p1"_s, u"work"_s, Ring::Inner), membership(u"p2"_s, u"work"_s, Ring::Inner),
                                       membership(u"p3"_s, u"work"_s, Ring::Middle), membership(u"p4"_s, u"family"_s, Ring::Middle)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(1 / 0.68, 1e-12));
        CHECK_THAT(balance.largestShare, WithinAbs(0.8, 1e-12));
        CHECK(balance.innerCircles == 1);
        CHECK(balance.isNarrow());
    }
}

TEST_CASE("The warning thresholds", "[belonging]")
{
    SECTION("a largest share of exactly 0.6 with 2.5 effective circles does not warn")
    {
        // a: two inner (6); b, c, d, e: one outer each. p = 0.6, 0.1 × 4; 1 / (0.36 + 0.04) = 2.5.
        const BelongingBalance balance = calculateBelongingBalance({circle(u"a"_s), circle(u"b"_s), circle(u"c"_s), circle(u"d"_s), circle(u"e"_s)}, people(6),
                                                                   {membership(u"p1"_s, u"a"_s, Ring::Inner), membership(u"p2"_s, u"a"_s, Ring::Inner),
                                                                    membership(u"p3"_s, u"b"_s, Ring::Outer), membership(u"p4"_s, u"c"_s, Ring::Outer),
                                                                    membership(u"p5"_s, u"d"_s, Ring::Outer), membership(u"p6"_s, u"e"_s, Ring::Outer)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(2.5, 1e-12));
        CHECK_THAT(balance.largestShare, WithinAbs(0.6, 1e-12));
        CHECK_FALSE(balance.isNarrow());
    }
    SECTION("fewer than 2 effective circles warns even with a largest share of 0.6")
    {
        // 3 against 2: p = 0.6, 0.4; 1 / 0.52 = 1.923.
        const BelongingBalance balance = calculateBelongingBalance({circle(u"a"_s), circle(u"b"_s)}, people(2),
                                                                   {membership(u"p1"_s, u"a"_s, Ring::Inner), membership(u"p2"_s, u"b"_s, Ring::Middle)});
        CHECK_THAT(balance.effectiveCircles, WithinAbs(1 / 0.52, 1e-12));
        CHECK(balance.isNarrow());
    }
    SECTION("a largest share above 0.6 warns even with more than 2 effective circles")
    {
        // a: 12 (four inner); b–g: 1 each; total 18. p = 2/3 and 1/18 × 6; Σp² = 4/9 + 6/324 = 0.4630; 2.16 circles.
        QList<Membership> memberships;
        for (int i = 1; i <= 4; ++i)
            memberships.append(membership(u"p"_s + QString::number(i), u"a"_s, Ring::Inner));
        const QStringList others{u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
        QList<Circle> circles{circle(u"a"_s)};
        for (const QString &id : others) {
            circles.append(circle(id));
            memberships.append(membership(u"p5"_s, id, Ring::Outer));
        }
        const BelongingBalance balance = calculateBelongingBalance(circles, people(5), memberships);
        CHECK_THAT(balance.effectiveCircles, WithinAbs(1 / (4.0 / 9 + 6.0 / 324), 1e-12));
        CHECK(balance.effectiveCircles > 2);
        CHECK_THAT(balance.largestShare, WithinAbs(2.0 / 3, 1e-12));
        CHECK(balance.isNarrow());
    }
}

TEST_CASE("Only live circles, people and memberships count", "[belonging]")
{
    Circle archived = circle(u"old-club"_s);
    archived.archived = true;
    Circle deletedCircle = circle(u"gone"_s);
    deletedCircle.stamps.deletedAt = someInstant();
    Person deletedPerson = person(u"ghost"_s);
    deletedPerson.stamps.deletedAt = someInstant();
    Membership left = membership(u"p2"_s, u"work"_s, Ring::Inner);
    left.deletedAt = someInstant();

    const QList<Circle> circles{circle(u"family"_s), circle(u"work"_s), archived, deletedCircle};
    const QList<Person> everyone = people(2) + QList{deletedPerson};
    const QList<Membership> memberships{membership(u"p1"_s, u"family"_s, Ring::Middle),
                                        membership(u"p2"_s, u"work"_s, Ring::Outer),
                                        membership(u"p1"_s, u"work"_s, Ring::Outer),
                                        left, // deleted membership
                                        membership(u"p1"_s, u"old-club"_s, Ring::Inner), // archived circle
                                        membership(u"p2"_s, u"gone"_s, Ring::Inner), // deleted circle
                                        membership(u"ghost"_s, u"work"_s, Ring::Inner), // deleted person
                                        membership(u"stranger"_s, u"family"_s, Ring::Inner), // unknown person
                                        membership(u"p1"_s, u"nowhere"_s, Ring::Inner)}; // unknown circle

    // What remains: family 2, work 1 + 1 = 2. p = 1/2, 1/2; no inner memberships.
    const BelongingBalance balance = calculateBelongingBalance(circles, everyone, memberships);
    CHECK_THAT(balance.effectiveCircles, WithinAbs(2, 1e-12));
    CHECK_THAT(balance.largestShare, WithinAbs(0.5, 1e-12));
    CHECK(balance.innerCircles == 0);
    CHECK_FALSE(balance.isNarrow());

    SECTION("only excluded memberships: zeros")
    {
        const QList<Membership> excluded = memberships.mid(3);
        CHECK(calculateBelongingBalance(circles, everyone, excluded) == BelongingBalance{});
    }
}

TEST_CASE("Inner circles are the distinct circles with inner memberships", "[belonging]")
{
    // family: two inner people; friends: one inner; work: middle and outer only.
    const BelongingBalance balance = calculateBelongingBalance({circle(u"family"_s), circle(u"friends"_s), circle(u"work"_s)}, people(4),
                                                               {membership(u"p1"_s, u"family"_s, Ring::Inner), membership(u"p2"_s, u"family"_s, Ring::Inner),
                                                                membership(u"p3"_s, u"friends"_s, Ring::Inner), membership(u"p1"_s, u"friends"_s, Ring::Middle),
                                                                membership(u"p4"_s, u"work"_s, Ring::Middle), membership(u"p3"_s, u"work"_s, Ring::Outer)});
    CHECK(balance.innerCircles == 2);
    // Weights: family 6, friends 5, work 3; total 14. Σp² = (36 + 25 + 9) / 196 = 70 / 196, 2.8 circles.
    CHECK_THAT(balance.effectiveCircles, WithinAbs(2.8, 1e-12));
    CHECK_THAT(balance.largestShare, WithinAbs(6.0 / 14, 1e-12));
}

TEST_CASE("Narrow has two halves, each with its own threshold, and neither without memberships", "[belonging]")
{
    // effectiveCircles, largestShare, innerCircles
    CHECK_FALSE(BelongingBalance{0, 0, 0}.restsOnOnePlace());
    CHECK_FALSE(BelongingBalance{0, 0.9, 0}.oneCircleCarriesMost());
    CHECK(BelongingBalance{1.9, 0.55, 1}.restsOnOnePlace());
    CHECK_FALSE(BelongingBalance{1.9, 0.55, 1}.oneCircleCarriesMost());
    CHECK(BelongingBalance{1.9, 0.55, 1}.isNarrow());
    CHECK_FALSE(BelongingBalance{2, 0.61, 1}.restsOnOnePlace());
    CHECK(BelongingBalance{2, 0.61, 1}.oneCircleCarriesMost());
    CHECK(BelongingBalance{2, 0.61, 1}.isNarrow());
    CHECK_FALSE(BelongingBalance{2, 0.6, 1}.oneCircleCarriesMost());
    CHECK_FALSE(BelongingBalance{2, 0.6, 1}.isNarrow());
}
