// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/ContactLog.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace mosaic {

ContactLog::ContactLog(const QSqlDatabase &connection)
    : m_page(connection,
             QStringLiteral("SELECT c.id, c.created_at, c.updated_at, c.deleted_at, c.date, c.person_id, c.circle_id, c.quality, c.note, "
                            "COALESCE(p.name, ''), COALESCE(k.name, '') FROM contacts c "
                            "LEFT JOIN people p ON p.id = c.person_id AND p.deleted_at IS NULL "
                            "LEFT JOIN circles k ON k.id = c.circle_id AND k.deleted_at IS NULL "
                            "WHERE c.deleted_at IS NULL ORDER BY c.date DESC, c.created_at DESC, c.id LIMIT ? OFFSET ?"))
    , m_count(connection, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL"))
    , m_latest(connection, QStringLiteral("SELECT person_id, circle_id, MAX(date) FROM contacts WHERE deleted_at IS NULL GROUP BY person_id, circle_id"))
{ }

ContactLog::ContactLog(const Database &journal)
    : ContactLog(journal.connection())
{ }

Result<QList<ContactLogEntry>> ContactLog::page(int offset, int limit)
{
    return readRows(
        m_page, QCoreApplication::translate("mosaic::ContactLog", "Reading the contacts"),
        [](SqlRowReader &row) {
            ContactLogEntry entry;
            entry.contact.stamps = row.stamps();
            entry.contact.date = row.date();
            entry.contact.personId = row.optionalText();
            entry.contact.circleId = row.optionalText();
            entry.contact.quality = row.integer();
            entry.contact.note = row.text();
            entry.personName = row.text();
            entry.circleName = row.text();
            return entry;
        },
        limit, offset);
}

Result<int> ContactLog::count()
{
    Result<QList<int>> rows =
        readRows(m_count, QCoreApplication::translate("mosaic::ContactLog", "Counting the contacts"), [](SqlRowReader &row) { return row.integer(); });
    if (!rows)
        return rows.failure();
    return rows->isEmpty() ? 0 : rows->first();
}

Result<QList<Contact>> ContactLog::latestContacts()
{
    return readRows(m_latest, QCoreApplication::translate("mosaic::ContactLog", "Reading the latest contacts"), [](SqlRowReader &row) {
        Contact contact;
        contact.personId = row.optionalText();
        contact.circleId = row.optionalText();
        contact.date = row.date();
        return contact;
    });
}

} // namespace mosaic
