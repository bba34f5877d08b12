// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/BelongingDiagramLayout.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace mosaic;
using Catch::Matchers::WithinAbs;
using namespace Qt::StringLiterals;

namespace {

constexpr double kTurn = 2 * std::numbers::pi;

DiagramCircleInput circle(const QString &id, const QString &name)
{
    return {id, name};
}

DiagramMembershipInput member(int person, const QString &circleId, Ring ring)
{
    return {u"p%1"_s.arg(person, 3, 10, QLatin1Char('0')), u"Person %1"_s.arg(person), circleId, ring};
}

/// The smallest distance between two dot centres (infinity with fewer than two dots).
double smallestDistance(const DiagramLayout &layout)
{
    double smallest = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < layout.dots.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.dots.size(); ++j)
            smallest = std::min(smallest, std::hypot(layout.dots[i].x - layout.dots[j].x, layout.dots[i].y - layout.dots[j].y));
    }
    return smallest;
}

/// Every dot inside its sector's angles and its ring's band, by at least its own radius.
void checkDotsInTheirPlace(const DiagramLayout &layout)
{
    const DiagramGeometry &g = layout.geometry;
    for (const DiagramDot &dot : layout.dots) {
        const DiagramSector &sector = layout.sectors[dot.sectorIndex];
        CHECK(sector.circleId == dot.circleId);
        const double radius = std::hypot(dot.x, dot.y);
        CHECK_THAT(radius, WithinAbs(dot.radius, 1e-9));
        const double from = dot.ring == Ring::Inner ? g.innerFrom : dot.ring == Ring::Middle ? g.middleFrom : g.outerFrom;
        const double to = dot.ring == Ring::Inner ? g.middleFrom : dot.ring == Ring::Middle ? g.outerFrom : 1.0;
        CHECK(radius - layout.dotRadius >= from - 1e-9);
        CHECK(radius + layout.dotRadius <= to + 1e-9);
        CHECK(dot.angle >= sector.startAngle - 1e-9);
        CHECK(dot.angle <= sector.endAngle + 1e-9);
        REQUIRE(ringAtRadius(g, radius) == dot.ring);
    }
}

/// `people` people spread over `circleCount` circles in a skewed way: most in the first circle, a long tail, rings
/// drawn from a seeded generator; some people in two circles.
QList<DiagramMembershipInput> skewedMemberships(int people, int circleCount, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<DiagramMembershipInput> memberships;
    for (int p = 0; p < people; ++p) {
        // Zipf-like: circle k with weight 1 / (k + 1)².
        double total = 0;
        for (int k = 0; k < circleCount; ++k)
            total += 1.0 / ((k + 1) * (k + 1));
        double pick = random.generateDouble() * total;
        int chosen = 0;
        for (int k = 0; k < circleCount; ++k) {
            pick -= 1.0 / ((k + 1) * (k + 1));
            if (pick <= 0) {
                chosen = k;
                break;
            }
        }
        const Ring ring = static_cast<Ring>(random.bounded(3));
        memberships.append(member(p, u"c%1"_s.arg(chosen), ring));
        if (circleCount > 1 && random.bounded(5) == 0)
            memberships.append(member(p, u"c%1"_s.arg((chosen + 1) % circleCount), Ring::Outer));
    }
    return memberships;
}

QList<DiagramCircleInput> circles(int count)
{
    QList<DiagramCircleInput> result;
    for (int k = 0; k < count; ++k)
        result.append(circle(u"c%1"_s.arg(k), u"Circle %1"_s.arg(k, 2, 10, QLatin1Char('0'))));
    return result;
}

} // namespace

TEST_CASE("Ring weights and ring bands", "[diagram]")
{
    CHECK(ringWeight(Ring::Inner) == 3);
    CHECK(ringWeight(Ring::Middle) == 2);
    CHECK(ringWeight(Ring::Outer) == 1);
    const DiagramGeometry g;
    CHECK(ringAtRadius(g, 0.1) == std::nullopt);
    CHECK(ringAtRadius(g, 0.3) == Ring::Inner);
    CHECK(ringAtRadius(g, 0.6) == Ring::Middle);
    CHECK(ringAtRadius(g, 0.9) == Ring::Outer);
    CHECK(ringAtRadius(g, 1.01) == std::nullopt);
}

TEST_CASE("No circles: an empty layout", "[diagram]")
{
    const DiagramLayout layout = layoutBelongingDiagram({}, {member(1, u"c0"_s, Ring::Inner)});
    CHECK(layout.sectors.isEmpty());
    CHECK(layout.dots.isEmpty());
    CHECK_FALSE(layout.dotsShrunk);
}

TEST_CASE("Sectors are proportional to weight and go once around", "[diagram]")
{
    // Work: 2 inner (6) + 1 outer (1) = 7; Family: 1 middle (2) + 1 outer (1) = 3. Total 10.
    const QList<DiagramMembershipInput> memberships{member(1, u"w"_s, Ring::Inner), member(2, u"w"_s, Ring::Inner), member(3, u"w"_s, Ring::Outer),
                                                    member(4, u"f"_s, Ring::Middle), member(5, u"f"_s, Ring::Outer)};
    const DiagramLayout layout = layoutBelongingDiagram({circle(u"w"_s, u"Work"_s), circle(u"f"_s, u"Family"_s)}, memberships);
    REQUIRE(layout.sectors.size() == 2);
    // By name: Family before Work.
    CHECK(layout.sectors[0].circleId == u"f"_s);
    CHECK(layout.sectors[1].circleId == u"w"_s);
    CHECK(layout.sectors[0].weight == 3);
    CHECK(layout.sectors[1].weight == 7);
    CHECK_THAT(layout.sectors[0].share, WithinAbs(0.3, 1e-12));
    CHECK_THAT(layout.sectors[0].startAngle, WithinAbs(0, 1e-12));
    CHECK_THAT(layout.sectors[0].endAngle, WithinAbs(0.3 * kTurn, 1e-9));
    CHECK_THAT(layout.sectors[1].startAngle, WithinAbs(0.3 * kTurn, 1e-9));
    CHECK_THAT(layout.sectors[1].endAngle, WithinAbs(kTurn, 1e-12));
    CHECK(layout.dots.size() == 5);
    CHECK_FALSE(layout.dotsShrunk);
    checkDotsInTheirPlace(layout);
}

TEST_CASE("A circle with little or no weight keeps the minimum angle", "[diagram]")
{
    QList<DiagramMembershipInput> memberships;
    for (int p = 0; p < 60; ++p)
        memberships.append(member(p, u"big"_s, Ring::Inner));
    memberships.append(member(100, u"tiny"_s, Ring::Outer));
    const DiagramGeometry g;
    const DiagramLayout layout =
        layoutBelongingDiagram({circle(u"big"_s, u"A big one"_s), circle(u"tiny"_s, u"B tiny"_s), circle(u"empty"_s, u"C empty"_s)}, memberships);
    REQUIRE(layout.sectors.size() == 3);
    CHECK_THAT(layout.sectors[1].endAngle - layout.sectors[1].startAngle, WithinAbs(g.minSectorAngle, 1e-9));
    CHECK_THAT(layout.sectors[2].endAngle - layout.sectors[2].startAngle, WithinAbs(g.minSectorAngle, 1e-9));
    CHECK_THAT(layout.sectors[0].endAngle - layout.sectors[0].startAngle, WithinAbs(kTurn - 2 * g.minSectorAngle, 1e-9));
    CHECK(layout.sectors[2].share == 0);
    checkDotsInTheirPlace(layout);
}

TEST_CASE("Without memberships, or with too many circles for the minimum, sectors are equal", "[diagram]")
{
    const int count = GENERATE(1, 3, 40);
    QList<DiagramMembershipInput> memberships;
    if (count == 40)
        memberships.append(member(1, u"c0"_s, Ring::Inner)); // 40 × minimum exceeds a turn: equal all the same.
    const DiagramLayout layout = layoutBelongingDiagram(circles(count), memberships);
    REQUIRE(layout.sectors.size() == count);
    for (const DiagramSector &sector : layout.sectors)
        CHECK_THAT(sector.endAngle - sector.startAngle, WithinAbs(kTurn / count, 1e-9));
}

TEST_CASE("Dots never overlap, for 1 to 300 people in skewed distributions", "[diagram]")
{
    const int circleCount = GENERATE(1, 2, 5, 12);
    const quint32 seed = GENERATE(1u, 7u);
    for (int people = 1; people <= 300; people += (people < 20 ? 1 : 23)) {
        CAPTURE(circleCount, seed, people);
        const QList<DiagramMembershipInput> memberships = skewedMemberships(people, circleCount, seed);
        const DiagramLayout layout = layoutBelongingDiagram(circles(circleCount), memberships);
        REQUIRE(layout.dots.size() == memberships.size());
        REQUIRE(layout.dotRadius > 0);
        CHECK(smallestDistance(layout) >= 2 * layout.dotRadius);
        checkDotsInTheirPlace(layout);
    }
}

TEST_CASE("300 people in the same ring of a circle that also has a tiny neighbour fit, shrunk", "[diagram]")
{
    QList<DiagramMembershipInput> memberships;
    for (int p = 0; p < 300; ++p)
        memberships.append(member(p, u"a"_s, Ring::Inner));
    memberships.append(member(999, u"b"_s, Ring::Inner));
    const DiagramLayout layout = layoutBelongingDiagram({circle(u"a"_s, u"A"_s), circle(u"b"_s, u"B"_s)}, memberships);
    REQUIRE(layout.dots.size() == 301);
    CHECK(layout.dotsShrunk);
    CHECK(layout.dotRadius < DiagramGeometry{}.dotRadius);
    CHECK(smallestDistance(layout) >= 2 * layout.dotRadius);
    checkDotsInTheirPlace(layout);
}

TEST_CASE("A few people are not shrunk", "[diagram]")
{
    const DiagramLayout layout = layoutBelongingDiagram(circles(4), skewedMemberships(12, 4, 3));
    CHECK_FALSE(layout.dotsShrunk);
    CHECK(layout.dotRadius == DiagramGeometry{}.dotRadius);
}

TEST_CASE("The layout does not depend on the order of its input", "[diagram]")
{
    QList<DiagramCircleInput> circleList = circles(6);
    QList<DiagramMembershipInput> memberships = skewedMemberships(120, 6, 11);
    const DiagramLayout first = layoutBelongingDiagram(circleList, memberships);

    QRandomGenerator random(5);
    std::shuffle(circleList.begin(), circleList.end(), random);
    std::shuffle(memberships.begin(), memberships.end(), random);
    const DiagramLayout second = layoutBelongingDiagram(circleList, memberships);

    REQUIRE(first.sectors.size() == second.sectors.size());
    for (qsizetype i = 0; i < first.sectors.size(); ++i) {
        CHECK(first.sectors[i].circleId == second.sectors[i].circleId);
        CHECK(first.sectors[i].startAngle == second.sectors[i].startAngle);
        CHECK(first.sectors[i].endAngle == second.sectors[i].endAngle);
    }
    REQUIRE(first.dots.size() == second.dots.size());
    for (qsizetype i = 0; i < first.dots.size(); ++i) {
        CHECK(first.dots[i].personId == second.dots[i].personId);
        CHECK(first.dots[i].circleId == second.dots[i].circleId);
        CHECK(first.dots[i].x == second.dots[i].x);
        CHECK(first.dots[i].y == second.dots[i].y);
    }
    CHECK(first.dotRadius == second.dotRadius);
}

TEST_CASE("Dots of a group read in name order; memberships of unknown circles are left out", "[diagram]")
{
    const QList<DiagramMembershipInput> memberships{{u"z"_s, u"zoe"_s, u"c"_s, Ring::Middle},
                                                    {u"a"_s, u"Ana"_s, u"c"_s, Ring::Middle},
                                                    {u"m"_s, u"Mo"_s, u"c"_s, Ring::Middle},
                                                    {u"x"_s, u"Xu"_s, u"gone"_s, Ring::Inner},
                                                    {u"a"_s, u"Ana"_s, u"c"_s, Ring::Outer}}; // a second one for the pair: ignored
    const DiagramLayout layout = layoutBelongingDiagram({circle(u"c"_s, u"Choir"_s)}, memberships);
    REQUIRE(layout.dots.size() == 3);
    CHECK(layout.dots[0].personId == u"a"_s);
    CHECK(layout.dots[1].personId == u"m"_s);
    CHECK(layout.dots[2].personId == u"z"_s);
    CHECK(layout.dots[0].angle < layout.dots[1].angle);
    CHECK(layout.dots[1].angle < layout.dots[2].angle);
    CHECK(layout.sectors[0].weight == 6);
}
