// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"
#include "common/Result.h"
#include "storage/PreparedQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mosaic {

class Database;

/// A contact with the names of whom it was with, for the contact log.
struct ContactLogEntry
{
    Contact contact;
    QString personName; ///< Empty without a person (or when the person was deleted).
    QString circleName; ///< Empty without a circle (or when the circle was deleted).
};

/// The reads the contact log needs from a large journal: a page of contacts at a time, newest first, and the latest
/// contact per (person, circle) pair, aggregated in SQL, which is all that contactHints() needs.
/// Reads only; the connection must outlive it.
class ContactLog
{
public:
    explicit ContactLog(const QSqlDatabase &connection);
    /// On the journal's own connection: what a page reads with.
    explicit ContactLog(const Database &journal);
    ContactLog(const ContactLog &) = delete;
    ContactLog &operator=(const ContactLog &) = delete;

    /// Live contacts by date, newest first (then newest created), `limit` of them from `offset`.
    Result<QList<ContactLogEntry>> page(int offset, int limit);
    /// How many live contacts there are.
    Result<int> count();
    /// For each (person, circle) pair that has live contacts, one Contact holding only the pair and the latest date.
    Result<QList<Contact>> latestContacts();

private:
    PreparedQuery m_page;
    PreparedQuery m_count;
    PreparedQuery m_latest;
};

} // namespace mosaic
