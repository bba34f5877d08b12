// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"

#include <QList>

namespace mosaic {

/// How a person's belonging is spread across their circles (docs/belonging-balance.md, "Balance").
struct BelongingBalance
{
    double effectiveCircles = 0; ///< 1 / Σ p², p being each circle's share of all membership weight; 0 without memberships.
    double largestShare = 0; ///< The largest circle's share of all membership weight, 0–1.
    int innerCircles = 0; ///< Distinct circles holding at least one inner-ring membership.

    /// Whether the UI should warn gently that belonging rests on too few circles: fewer than 2 effective
    /// circles, or one circle carrying more than 60% of the weight. Never without memberships.
    bool isNarrow() const;
    /// One circle carries more than 60% of the weight (one half of isNarrow()). Never without memberships.
    bool oneCircleCarriesMost() const;
    /// Fewer than 2 effective circles: belonging rests mostly on one place (the other half). Never without memberships.
    bool restsOnOnePlace() const;

    friend bool operator==(const BelongingBalance &, const BelongingBalance &) = default;
};

/// The balance over memberships that are not deleted and whose circle and person exist, are not deleted and
/// (for circles) not archived. Each membership weighs 3 (inner), 2 (middle) or 1 (outer).
BelongingBalance calculateBelongingBalance(const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships);

} // namespace mosaic
