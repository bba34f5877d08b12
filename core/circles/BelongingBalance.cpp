// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/BelongingBalance.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <algorithm>
#include <utility>

namespace mosaic {

namespace {

int weightOf(Ring ring)
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

} // namespace

bool BelongingBalance::isNarrow() const
{
    return restsOnOnePlace() || oneCircleCarriesMost();
}

bool BelongingBalance::oneCircleCarriesMost() const
{
    // No memberships: nothing to warn about.
    return effectiveCircles > 0 && largestShare > 0.6;
}

bool BelongingBalance::restsOnOnePlace() const
{
    return effectiveCircles > 0 && effectiveCircles < 2;
}

BelongingBalance calculateBelongingBalance(const QList<Circle> &circles, const QList<Person> &people, const QList<Membership> &memberships)
{
    QSet<QString> liveCircles;
    for (const Circle &circle : circles) {
        if (!circle.stamps.isDeleted() && !circle.archived)
            liveCircles.insert(circle.stamps.id);
    }
    QSet<QString> livePeople;
    for (const Person &person : people) {
        if (!person.stamps.isDeleted())
            livePeople.insert(person.stamps.id);
    }

    QHash<QString, int> weightByCircle;
    QSet<QString> innerCircleIds;
    int totalWeight = 0;
    for (const Membership &membership : memberships) {
        if (membership.isDeleted() || !liveCircles.contains(membership.circleId) || !livePeople.contains(membership.personId))
            continue;
        const int weight = weightOf(membership.ring);
        weightByCircle[membership.circleId] += weight;
        totalWeight += weight;
        if (membership.ring == Ring::Inner)
            innerCircleIds.insert(membership.circleId);
    }

    BelongingBalance balance;
    if (totalWeight == 0)
        return balance;
    double sumOfSquares = 0;
    for (const int weight : std::as_const(weightByCircle)) {
        const double share = static_cast<double>(weight) / totalWeight;
        sumOfSquares += share * share;
        balance.largestShare = std::max(balance.largestShare, share);
    }
    balance.effectiveCircles = 1 / sumOfSquares;
    balance.innerCircles = static_cast<int>(innerCircleIds.size());
    return balance;
}

} // namespace mosaic
