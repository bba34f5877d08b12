// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"

#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

/// One circle as the diagram shows it. The layout weighs it by the memberships it is given.
struct DiagramCircleInput
{
    QString id;
    QString name;
};

/// One membership as the diagram shows it: a dot for this person in this circle's sector, in its ring.
struct DiagramMembershipInput
{
    QString personId;
    QString personName;
    QString circleId;
    Ring ring = Ring::Outer;
};

/// The geometry of the diagram in unit coordinates: the centre at (0, 0), the outer edge at radius 1, x to the right
/// and y downwards (as on screen). Angles in radians, 0 pointing up ("twelve o'clock"), growing clockwise.
struct DiagramGeometry
{
    double centreRadius = 0.17; ///< The "you" disc.
    double innerFrom = 0.19; ///< The inner ring's band: innerFrom…middleFrom.
    double middleFrom = 0.46; ///< The middle ring's band: middleFrom…outerFrom.
    double outerFrom = 0.73; ///< The outer ring's band: outerFrom…1.
    double minSectorAngle = 0.2; ///< About 11°, so that a circle with little weight (or none) stays visible.
    double dotRadius = 0.026; ///< The radius dots have when everything fits.
    double spacing = 2.5; ///< Dots' centres are at least spacing × dotRadius apart (2 would let them touch).
};

struct DiagramSector
{
    QString circleId;
    int index = 0; ///< Position in the sector order; also the circle's colour index when it has none of its own.
    int weight = 0; ///< Σ of its memberships' weights (3 inner, 2 middle, 1 outer).
    double share = 0; ///< weight / total weight; 0 without memberships.
    double startAngle = 0;
    double endAngle = 0;
};

struct DiagramDot
{
    QString personId;
    QString circleId;
    Ring ring = Ring::Outer;
    int sectorIndex = 0;
    double x = 0;
    double y = 0;
    double radius = 0; ///< Distance from the centre.
    double angle = 0;
};

struct DiagramLayout
{
    QList<DiagramSector> sectors; ///< By circle name (case-insensitive), then id; together they go once around.
    QList<DiagramDot> dots; ///< By sector, ring, then person name and id.
    double dotRadius = 0; ///< The same for every dot.
    bool dotsShrunk = false; ///< True when dotRadius is smaller than DiagramGeometry::dotRadius so that all fit.
    DiagramGeometry geometry;
};

/// The weight of a membership in a ring: 3 inner, 2 middle, 1 outer (docs/belonging-balance.md, "Balance").
int ringWeight(Ring ring);

/// The ring whose band holds `radius` (unit coordinates), or nullopt inside the "you" disc or outside the diagram.
std::optional<Ring> ringAtRadius(const DiagramGeometry &geometry, double radius);

/// Lays out the belonging diagram. Pure and deterministic: the same circles and memberships (in any order) give
/// the same layout. Each circle's sector spans an angle proportional to its weight, at least minSectorAngle (all
/// equal when there is no weight or too many circles for the minimum). Each membership is a dot inside its circle's
/// sector, in its ring's band, on rows (arcs) shared by the whole ring; dots never come closer than spacing ×
/// dotRadius, also across sectors and rings. When a sector's part of a ring cannot hold its dots, every dot shrinks
/// by the same factor until all fit (dotsShrunk). Memberships of circles not given are left out.
DiagramLayout
layoutBelongingDiagram(const QList<DiagramCircleInput> &circles, const QList<DiagramMembershipInput> &memberships, const DiagramGeometry &geometry = {});

} // namespace mosaic
