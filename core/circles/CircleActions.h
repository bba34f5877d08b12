// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

class CircleStore;

/// The user actions on circles, people, memberships and the contact log, the same wherever they are done. Each runs
/// inside the caller's write transaction (one user action; on failure the caller rolls back), stamps with the `now`
/// it is given and refuses what the interchange format could not hold (core/common/RecordLimits.h) as
/// Failure::badInput. Deleting a circle or a person is deleteCircle() / deletePerson() in CircleDeletion.h.

/// A circle as the person edits it. A field left out (nullopt) keeps what the circle has (a new one: the default).
struct CircleFields
{
    QString id; ///< Empty for a new circle.
    QString name; ///< Its whitespace simplified; 1 to RecordLimits::kNameLength characters.
    std::optional<QString> kind; ///< An interchange name ("family"); one Mosaic does not know keeps the kind.
    std::optional<QString> facet; ///< Trimmed; RecordLimits::kFacetLength characters at most.
    std::optional<int> importance; ///< Brought into 1–5.
    std::optional<QString> color; ///< "#rrggbb" (any case; kept in lower case), or empty for none.
    std::optional<QString> notes; ///< RecordLimits::kTextLength characters at most.
};

/// Saves a new circle (a fresh id, created `now`) or changes the living one `fields.id`; updated `now` either way.
/// Returns its id.
Result<QString> saveCircle(CircleStore &store, const CircleFields &fields, const QDateTime &now);

/// Puts the living circle away (out of the diagram and the balance) or back. Returns whether it changed.
Result<bool> setCircleArchived(CircleStore &store, const QString &circleId, bool archived, const QDateTime &now);

/// A person as the person edits them. A field left out keeps what the person has.
struct PersonFields
{
    QString id; ///< Empty for a new person.
    QString name; ///< Its whitespace simplified; 1 to RecordLimits::kNameLength characters.
    std::optional<QStringList> supports; ///< Interchange names; unknown ones and repeats are left out.
    std::optional<QString> notes; ///< RecordLimits::kTextLength characters at most.
    /// With a ring: the person is put in this circle (or moved to this ring of it) in the same transaction.
    QString circleId;
    std::optional<Ring> ring;
};

/// Saves a new person or changes the living one `fields.id`, as saveCircle() does, with the membership when
/// `fields` names a circle and a ring. Returns their id.
Result<QString> savePerson(CircleStore &store, const PersonFields &fields, const QDateTime &now);

/// Puts the living person in the living circle (archived or not) in `ring`, or moves them to that ring; a membership
/// they had left comes back. Stamped `now`.
Status setMembership(CircleStore &store, const QString &personId, const QString &circleId, Ring ring, const QDateTime &now);
/// The person leaves the circle: the membership's tombstone, at `now`.
Status removeMembership(CircleStore &store, const QString &personId, const QString &circleId, const QDateTime &now);

/// A contact as it is noted: with a living person, a living circle or both; `date` as YYYY-MM-DD (empty: today); how it
/// felt from -2 (hard) to 2 (warm); a note, trimmed, of RecordLimits::kTextLength characters at most.
struct ContactFields
{
    QString personId;
    QString circleId;
    QString date;
    int quality = 0;
    QString note;
};

/// Notes a contact with a fresh id, created and updated `now`. Returns its id.
Result<QString> logContact(CircleStore &store, const ContactFields &fields, QDate today, const QDateTime &now);
/// Tombstones the contact at `now`.
Status deleteContact(CircleStore &store, const QString &contactId, const QDateTime &now);

} // namespace mosaic
