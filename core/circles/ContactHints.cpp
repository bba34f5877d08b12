// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/ContactHints.h"

#include <QHash>

#include <algorithm>

namespace mosaic {

QList<ContactHint> contactHints(const QList<Circle> &circles, const QList<Membership> &memberships, const QList<Contact> &contacts, QDate today, int days)
{
    // The latest contact of each person and of each circle named directly.
    QHash<QString, QDate> latestByPerson;
    QHash<QString, QDate> latestByCircle;
    const auto keepLatest = [](QHash<QString, QDate> &latest, const QString &id, QDate date) {
        auto found = latest.find(id);
        if (found == latest.end())
            latest.insert(id, date);
        else if (date > *found)
            *found = date;
    };
    for (const Contact &contact : contacts) {
        if (contact.stamps.isDeleted() || !contact.date.isValid())
            continue;
        if (contact.personId)
            keepLatest(latestByPerson, *contact.personId, contact.date);
        if (contact.circleId)
            keepLatest(latestByCircle, *contact.circleId, contact.date);
    }
    // A member's contact counts for each of their circles.
    for (const Membership &membership : memberships) {
        if (membership.isDeleted())
            continue;
        if (const auto found = latestByPerson.constFind(membership.personId); found != latestByPerson.constEnd())
            keepLatest(latestByCircle, membership.circleId, *found);
    }

    struct Candidate
    {
        ContactHint hint;
        QString name;
    };
    QList<Candidate> candidates;
    for (const Circle &circle : circles) {
        if (circle.stamps.isDeleted() || circle.archived)
            continue;
        ContactHint hint;
        hint.circleId = circle.stamps.id;
        if (const auto found = latestByCircle.constFind(circle.stamps.id); found != latestByCircle.constEnd()) {
            hint.lastContact = *found;
            hint.daysSince = static_cast<int>(std::max<qint64>(0, found->daysTo(today)));
            if (hint.daysSince <= days)
                continue;
        } else {
            const QDate created = circle.stamps.createdAt.isValid() ? circle.stamps.createdAt.toLocalTime().date() : QDate();
            if (created.isValid() && created.daysTo(today) <= days)
                continue;
        }
        candidates.append({hint, circle.name});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const bool neverA = !a.hint.lastContact;
        const bool neverB = !b.hint.lastContact;
        if (neverA != neverB)
            return neverA;
        if (a.hint.daysSince != b.hint.daysSince)
            return a.hint.daysSince > b.hint.daysSince;
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.hint.circleId < b.hint.circleId;
    });
    QList<ContactHint> hints;
    hints.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates))
        hints.append(candidate.hint);
    return hints;
}

} // namespace mosaic
