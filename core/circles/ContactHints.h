// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

/// How long a circle may go without a noted contact before the Circles page offers a gentle reminder.
inline constexpr int kContactHintDays = 21;

/// A circle not contacted in a while.
struct ContactHint
{
    QString circleId;
    std::optional<QDate> lastContact; ///< nullopt: no contact noted yet.
    int daysSince = -1; ///< Days from lastContact to today; -1 without a contact.
    friend bool operator==(const ContactHint &, const ContactHint &) = default;
};

/// The live (not deleted, not archived) circles whose last contact is more than `days` days before `today`, or that
/// have none. A contact counts for a circle when it names the circle, or names a person who is a (live) member of it.
/// A circle created within the last `days` days and never contacted gets no hint yet: it is new, not neglected.
/// Deleted contacts do not count. Longest silence first (never-contacted circles before all), then by name and id.
QList<ContactHint>
contactHints(const QList<Circle> &circles, const QList<Membership> &memberships, const QList<Contact> &contacts, QDate today, int days = kContactHintDays);

} // namespace mosaic
