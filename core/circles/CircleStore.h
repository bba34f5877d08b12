// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"
#include "common/Result.h"
#include "storage/PreparedQuery.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// Circles, people, memberships and contacts in the journal. A membership is keyed by (personId, circleId):
/// saving one for a pair that already has one updates it.
///
/// Each statement is prepared on first use and reused. The store never opens a transaction: the caller wraps each
/// user action (or a whole import) in one WriteTransaction. The connection must outlive the store.
class CircleStore
{
public:
    explicit CircleStore(const QSqlDatabase &connection);
    CircleStore(const CircleStore &) = delete;
    CircleStore &operator=(const CircleStore &) = delete;

    /// Inserts the circle, or updates every field of the one with its id.
    Status save(const Circle &circle);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Circle> &circles);
    Result<std::optional<Circle>> findCircle(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Circle>> allCircles(IncludeDeleted includeDeleted);
    /// Tombstones the circle: deletedAt = updatedAt = `at`. Its memberships are left to the caller.
    Status markCircleDeleted(const QString &id, const QDateTime &at);

    /// Inserts the person, or updates every field of the one with its id.
    Status save(const Person &person);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Person> &people);
    Result<std::optional<Person>> findPerson(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Person>> allPeople(IncludeDeleted includeDeleted);
    Status markPersonDeleted(const QString &id, const QDateTime &at);

    /// Inserts the membership, or updates the one of its (person, circle) pair (reviving it when it was tombstoned).
    /// Its person and circle must be in the journal.
    Status save(const Membership &membership);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Membership> &memberships);
    Result<std::optional<Membership>> findMembership(const QString &personId, const QString &circleId);
    /// Ordered by personId, then circleId.
    Result<QList<Membership>> allMemberships(IncludeDeleted includeDeleted);

    /// The live circles, people and memberships with only what calculateBelongingBalance() reads (ids, archived,
    /// ring); names, notes and timestamps are left empty, so the balance of a large journal is quick to compute.
    struct BalanceInputs
    {
        QList<Circle> circles;
        QList<Person> people;
        QList<Membership> memberships;
    };
    Result<BalanceInputs> balanceInputs();
    /// Tombstones the membership (the person left the circle): deletedAt = updatedAt = `at`.
    Status markMembershipDeleted(const QString &personId, const QString &circleId, const QDateTime &at);

    /// Inserts the contact, or updates every field of the one with its id. Its person and circle, if any, must be
    /// in the journal.
    Status save(const Contact &contact);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Contact> &contacts);
    Result<std::optional<Contact>> findContact(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Contact>> allContacts(IncludeDeleted includeDeleted);
    Status markContactDeleted(const QString &id, const QDateTime &at);

private:
    PreparedQuery m_saveCircle;
    PreparedQuery m_saveCircleBatch;
    PreparedQuery m_findCircle;
    PreparedQuery m_allCircles;
    PreparedQuery m_markCircleDeleted;
    PreparedQuery m_savePerson;
    PreparedQuery m_savePersonBatch;
    PreparedQuery m_findPerson;
    PreparedQuery m_allPeople;
    PreparedQuery m_markPersonDeleted;
    PreparedQuery m_saveMembership;
    PreparedQuery m_saveMembershipBatch;
    PreparedQuery m_findMembership;
    PreparedQuery m_allMemberships;
    PreparedQuery m_balanceCircles;
    PreparedQuery m_balancePeople;
    PreparedQuery m_balanceMemberships;
    PreparedQuery m_markMembershipDeleted;
    PreparedQuery m_saveContact;
    PreparedQuery m_saveContactBatch;
    PreparedQuery m_findContact;
    PreparedQuery m_allContacts;
    PreparedQuery m_markContactDeleted;
};

} // namespace mosaic
