// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/BelongingDiagramLayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace mosaic {

namespace {

constexpr double kFullTurn = 2 * std::numbers::pi;
constexpr int kRingCount = 3;

int ringIndex(Ring ring)
{
    return static_cast<int>(ring);
}

/// Names in a stable, locale-independent order (a locale-aware order would differ between machines).
bool nameLess(const QString &a, const QString &b, const QString &idA, const QString &idB)
{
    if (const int folded = a.compare(b, Qt::CaseInsensitive); folded != 0)
        return folded < 0;
    if (const int exact = a.compare(b, Qt::CaseSensitive); exact != 0)
        return exact < 0;
    return idA < idB;
}

struct Band
{
    double from = 0;
    double to = 0;
};

Band bandOf(const DiagramGeometry &geometry, Ring ring)
{
    switch (ring) {
    case Ring::Inner:
        return {geometry.innerFrom, geometry.middleFrom};
    case Ring::Middle:
        return {geometry.middleFrom, geometry.outerFrom};
    case Ring::Outer:
        return {geometry.outerFrom, 1.0};
    }
    Q_UNREACHABLE();
    return {};
}

/// Row radii of a band for a given spacing between dot centres: as many as fit, centred in the band, `spacing`
/// apart and at least spacing / 2 from either edge, so that rows of neighbouring bands are `spacing` apart too.
QList<double> rowsOf(Band band, double spacing)
{
    const int count = static_cast<int>(std::floor((band.to - band.from) / spacing));
    QList<double> rows;
    const double first = band.from + (band.to - band.from - count * spacing) / 2 + spacing / 2;
    for (int k = 0; k < count; ++k)
        rows.append(first + k * spacing);
    return rows;
}

/// The smallest angle between two dot centres on a row of radius `radius` for their chord to be `spacing`;
/// nullopt when the row is too tight for two dots at all.
std::optional<double> minimumStep(double radius, double spacing)
{
    const double half = spacing / (2 * radius);
    if (half >= 1)
        return std::nullopt;
    return 2 * std::asin(half);
}

/// How many dots fit on a row across a sector of `span` radians: each dot at least half a step from the sector's
/// edges (so that neighbouring sectors' dots on the same row stay a whole step apart) and a step from the next.
int rowCapacity(double span, double step)
{
    const double usable = span - step;
    if (usable < 0)
        return 0;
    return static_cast<int>(std::floor(usable / step)) + 1;
}

struct Group
{
    int sector = 0;
    Ring ring = Ring::Outer;
    QList<int> memberships; ///< Indexes into the sorted memberships, in order.
};

/// The rows a group uses, nearest the middle of the band first, and how many dots go on each.
struct RowPlan
{
    QList<double> radii;
    QList<int> counts;
};

std::optional<RowPlan> planRows(const QList<double> &rows, double span, double spacing, double bandMiddle, int dots)
{
    QList<int> order(rows.size());
    for (int k = 0; k < rows.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(rows[a] - bandMiddle) < std::abs(rows[b] - bandMiddle) - 1e-12; });

    QList<double> radii;
    QList<int> capacities;
    int total = 0;
    for (const int k : order) {
        if (total >= dots)
            break;
        const std::optional<double> step = minimumStep(rows[k], spacing);
        const int capacity = step ? rowCapacity(span, *step) : 0;
        if (capacity == 0)
            continue;
        radii.append(rows[k]);
        capacities.append(capacity);
        total += capacity;
    }
    if (total < dots)
        return std::nullopt;

    // Spread the dots over the chosen rows in proportion to what each holds, the remainder to rows with room left.
    RowPlan plan{radii, QList<int>(radii.size(), 0)};
    int placed = 0;
    for (int j = 0; j < radii.size(); ++j) {
        plan.counts[j] = static_cast<int>(static_cast<long long>(dots) * capacities[j] / total);
        placed += plan.counts[j];
    }
    for (int j = 0; placed < dots; j = (j + 1) % static_cast<int>(radii.size())) {
        if (plan.counts[j] < capacities[j]) {
            ++plan.counts[j];
            ++placed;
        }
    }
    // Rows from the centre outwards, so that the dots of a group read in name order from the inside out.
    QList<int> byRadius(radii.size());
    for (int j = 0; j < radii.size(); ++j)
        byRadius[j] = j;
    std::sort(byRadius.begin(), byRadius.end(), [&](int a, int b) { return plan.radii[a] < plan.radii[b]; });
    RowPlan sorted;
    for (const int j : byRadius) {
        if (plan.counts[j] == 0)
            continue;
        sorted.radii.append(plan.radii[j]);
        sorted.counts.append(plan.counts[j]);
    }
    return sorted;
}

} // namespace

int ringWeight(Ring ring)
{
    switch (ring) {
    case Ring::Inner:
        return 3;
    case Ring::Middle:
        return 2;
    case Ring::Outer:
        return 1;
    }
    Q_UNREACHABLE();
    return 0;
}

std::optional<Ring> ringAtRadius(const DiagramGeometry &geometry, double radius)
{
    if (radius < geometry.innerFrom || radius > 1)
        return std::nullopt;
    if (radius < geometry.middleFrom)
        return Ring::Inner;
    if (radius < geometry.outerFrom)
        return Ring::Middle;
    return Ring::Outer;
}

DiagramLayout
layoutBelongingDiagram(const QList<DiagramCircleInput> &circlesIn, const QList<DiagramMembershipInput> &membershipsIn, const DiagramGeometry &geometry)
{
    DiagramLayout layout;
    layout.geometry = geometry;
    layout.dotRadius = geometry.dotRadius;

    // Circles in a stable order, each once.
    QList<DiagramCircleInput> circles;
    QSet<QString> seenCircles;
    for (const DiagramCircleInput &circle : circlesIn) {
        if (!seenCircles.contains(circle.id)) {
            seenCircles.insert(circle.id);
            circles.append(circle);
        }
    }
    std::sort(circles.begin(), circles.end(), [](const DiagramCircleInput &a, const DiagramCircleInput &b) { return nameLess(a.name, b.name, a.id, b.id); });
    if (circles.isEmpty())
        return layout;
    QHash<QString, int> sectorOf;
    for (int i = 0; i < circles.size(); ++i)
        sectorOf.insert(circles[i].id, i);

    // Memberships of known circles in a stable order, one per (person, circle).
    QList<DiagramMembershipInput> memberships;
    for (const DiagramMembershipInput &membership : membershipsIn) {
        if (sectorOf.contains(membership.circleId))
            memberships.append(membership);
    }
    std::sort(memberships.begin(), memberships.end(), [&](const DiagramMembershipInput &a, const DiagramMembershipInput &b) {
        const int sa = sectorOf.value(a.circleId);
        const int sb = sectorOf.value(b.circleId);
        if (sa != sb)
            return sa < sb;
        if (a.ring != b.ring)
            return ringIndex(a.ring) < ringIndex(b.ring);
        return nameLess(a.personName, b.personName, a.personId, b.personId);
    });
    QSet<std::pair<QString, QString>> seenPairs;
    QList<DiagramMembershipInput> unique;
    for (const DiagramMembershipInput &membership : std::as_const(memberships)) {
        const std::pair<QString, QString> key{membership.personId, membership.circleId};
        if (!seenPairs.contains(key)) {
            seenPairs.insert(key);
            unique.append(membership);
        }
    }
    memberships = std::move(unique);

    // Sectors: weights, then angles.
    const int n = static_cast<int>(circles.size());
    QList<int> weights(n, 0);
    int totalWeight = 0;
    for (const DiagramMembershipInput &membership : std::as_const(memberships)) {
        const int weight = ringWeight(membership.ring);
        weights[sectorOf.value(membership.circleId)] += weight;
        totalWeight += weight;
    }
    QList<double> angles(n, kFullTurn / n);
    if (totalWeight > 0 && n * geometry.minSectorAngle < kFullTurn) {
        // Circles whose proportional angle falls under the minimum get the minimum; the rest share what is left
        // in proportion to their weight. Repeat until no more circle falls under it.
        QList<bool> atMinimum(n, false);
        int fixedCount = 0;
        for (bool changed = true; changed;) {
            changed = false;
            const double freeAngle = kFullTurn - fixedCount * geometry.minSectorAngle;
            long long freeWeight = 0;
            for (int i = 0; i < n; ++i) {
                if (!atMinimum[i])
                    freeWeight += weights[i];
            }
            for (int i = 0; i < n; ++i) {
                if (atMinimum[i])
                    continue;
                const double angle = freeWeight > 0 ? freeAngle * weights[i] / static_cast<double>(freeWeight) : 0;
                angles[i] = angle;
                if (angle < geometry.minSectorAngle) {
                    atMinimum[i] = true;
                    ++fixedCount;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; ++i) {
            if (atMinimum[i])
                angles[i] = geometry.minSectorAngle;
        }
    }
    double start = 0;
    for (int i = 0; i < n; ++i) {
        DiagramSector sector;
        sector.circleId = circles[i].id;
        sector.index = i;
        sector.weight = weights[i];
        sector.share = totalWeight > 0 ? static_cast<double>(weights[i]) / totalWeight : 0;
        sector.startAngle = start;
        sector.endAngle = i == n - 1 ? kFullTurn : start + angles[i];
        start = sector.endAngle;
        layout.sectors.append(sector);
    }

    // Groups of dots: one per (sector, ring) that has any.
    QList<Group> groups;
    for (int m = 0; m < memberships.size(); ++m) {
        const int sector = sectorOf.value(memberships[m].circleId);
        if (groups.isEmpty() || groups.last().sector != sector || groups.last().ring != memberships[m].ring)
            groups.append(Group{sector, memberships[m].ring, {}});
        groups.last().memberships.append(m);
    }
    if (groups.isEmpty())
        return layout;

    // The largest dot radius (from the preferred one down, by a constant factor) at which every group fits.
    std::array<Band, kRingCount> bands{bandOf(geometry, Ring::Inner), bandOf(geometry, Ring::Middle), bandOf(geometry, Ring::Outer)};
    double dotRadius = geometry.dotRadius;
    QList<RowPlan> plans;
    for (int attempt = 0; attempt < 1000; ++attempt, dotRadius *= 0.94) {
        const double spacing = geometry.spacing * dotRadius;
        std::array<QList<double>, kRingCount> rows;
        for (int r = 0; r < kRingCount; ++r)
            rows[r] = rowsOf(bands[r], spacing);
        plans.clear();
        bool fits = true;
        for (const Group &group : std::as_const(groups)) {
            const DiagramSector &sector = layout.sectors[group.sector];
            const Band band = bands[ringIndex(group.ring)];
            std::optional<RowPlan> plan = planRows(rows[ringIndex(group.ring)], sector.endAngle - sector.startAngle, spacing, (band.from + band.to) / 2,
                                                   static_cast<int>(group.memberships.size()));
            if (!plan) {
                fits = false;
                break;
            }
            plans.append(std::move(*plan));
        }
        if (fits)
            break;
    }
    layout.dotRadius = dotRadius;
    layout.dotsShrunk = dotRadius < geometry.dotRadius;
    const double spacing = geometry.spacing * dotRadius;

    for (int g = 0; g < groups.size(); ++g) {
        const Group &group = groups[g];
        const RowPlan &plan = plans[g];
        const DiagramSector &sector = layout.sectors[group.sector];
        const double span = sector.endAngle - sector.startAngle;
        const double middle = (sector.startAngle + sector.endAngle) / 2;
        int next = 0;
        for (int j = 0; j < plan.radii.size(); ++j) {
            const double radius = plan.radii[j];
            const int count = plan.counts[j];
            const double step = minimumStep(radius, spacing).value_or(0);
            const double usable = span - step;
            // Spread evenly with a margin at both ends when there is room for it, else edge to edge.
            const double spread = count <= 1 ? 0 : (usable / count >= step ? usable / count : usable / (count - 1));
            for (int i = 0; i < count; ++i, ++next) {
                const DiagramMembershipInput &membership = memberships[group.memberships[next]];
                DiagramDot dot;
                dot.personId = membership.personId;
                dot.circleId = membership.circleId;
                dot.ring = membership.ring;
                dot.sectorIndex = group.sector;
                dot.radius = radius;
                dot.angle = middle + (i - (count - 1) / 2.0) * spread;
                dot.x = radius * std::sin(dot.angle);
                dot.y = -radius * std::cos(dot.angle);
                layout.dots.append(dot);
            }
        }
    }
    return layout;
}

} // namespace mosaic
