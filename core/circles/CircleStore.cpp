// SPDX-License-Identifier: GPL-3.0-or-later
#include "CircleStore.h"

#include <QCoreApplication>
#include <array>

namespace mosaic {

namespace {

// The order of the columns is the order in which the bind and read functions below go.
constexpr auto kCircleColumns = std::to_array<QStringView>(
    {u"id", u"created_at", u"updated_at", u"deleted_at", u"name", u"kind", u"facet", u"importance", u"color", u"archived", u"notes"});

constexpr auto kPersonColumns = std::to_array<QStringView>({u"id", u"created_at", u"updated_at", u"deleted_at", u"name", u"supports_json", u"notes"});

// The key (person_id, circle_id) comes first: the upsert's conflict target.
constexpr auto kMembershipColumns = std::to_array<QStringView>({u"person_id", u"circle_id", u"ring", u"updated_at", u"deleted_at"});

constexpr auto kContactColumns =
    std::to_array<QStringView>({u"id", u"created_at", u"updated_at", u"deleted_at", u"date", u"person_id", u"circle_id", u"quality", u"note"});

constexpr auto kIdColumn = std::to_array<QStringView>({u"id"});
constexpr auto kMembershipKey = std::to_array<QStringView>({u"person_id", u"circle_id"});

Circle readCircle(SqlRowReader &row)
{
    Circle circle;
    circle.stamps = row.stamps();
    circle.name = row.text();
    circle.kind = row.enumValue<CircleKind>();
    circle.facet = row.text();
    circle.importance = row.integer();
    circle.color = row.text();
    circle.archived = row.boolean();
    circle.notes = row.text();
    return circle;
}

Person readPerson(SqlRowReader &row)
{
    Person person;
    person.stamps = row.stamps();
    person.name = row.text();
    person.supports = row.enumList<SupportKind>();
    person.notes = row.text();
    return person;
}

Membership readMembership(SqlRowReader &row)
{
    Membership membership;
    membership.personId = row.text();
    membership.circleId = row.text();
    membership.ring = row.enumValue<Ring>();
    membership.updatedAt = row.optionalInstant();
    membership.deletedAt = row.optionalInstant();
    return membership;
}

Contact readContact(SqlRowReader &row)
{
    Contact contact;
    contact.stamps = row.stamps();
    contact.date = row.date();
    contact.personId = row.optionalText();
    contact.circleId = row.optionalText();
    contact.quality = row.integer();
    contact.note = row.text();
    return contact;
}

void bindCircle(SqlBinder &bind, const Circle &circle)
{
    bind << circle.stamps << circle.name << circle.kind << circle.facet << circle.importance << circle.color << circle.archived << circle.notes;
}

void bindMembership(SqlBinder &bind, const Membership &membership)
{
    bind << membership.personId << membership.circleId << membership.ring << membership.updatedAt << membership.deletedAt;
}

void bindPerson(SqlBinder &bind, const Person &person)
{
    bind << person.stamps << person.name << person.supports << person.notes;
}

void bindContact(SqlBinder &bind, const Contact &contact)
{
    bind << contact.stamps << contact.date << contact.personId << contact.circleId << contact.quality << contact.note;
}

} // namespace

CircleStore::CircleStore(const QSqlDatabase &connection)
    : m_saveCircle(connection, SqlText::upsert(u"circles", kCircleColumns, 1))
    , m_saveCircleBatch(connection, SqlText::upsert(u"circles", kCircleColumns, 1, kSaveBatchRows))
    , m_findCircle(connection, SqlText::select(u"circles", kCircleColumns, u"WHERE id = ?"))
    , m_allCircles(connection, SqlText::select(u"circles", kCircleColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markCircleDeleted(connection, SqlText::markDeleted(u"circles", kIdColumn))
    , m_savePerson(connection, SqlText::upsert(u"people", kPersonColumns, 1))
    , m_savePersonBatch(connection, SqlText::upsert(u"people", kPersonColumns, 1, kSaveBatchRows))
    , m_findPerson(connection, SqlText::select(u"people", kPersonColumns, u"WHERE id = ?"))
    , m_allPeople(connection, SqlText::select(u"people", kPersonColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markPersonDeleted(connection, SqlText::markDeleted(u"people", kIdColumn))
    , m_saveMembership(connection, SqlText::upsert(u"memberships", kMembershipColumns, 2))
    , m_saveMembershipBatch(connection, SqlText::upsert(u"memberships", kMembershipColumns, 2, kSaveBatchRows))
    , m_findMembership(connection, SqlText::select(u"memberships", kMembershipColumns, u"WHERE person_id = ? AND circle_id = ?"))
    , m_allMemberships(connection, SqlText::select(u"memberships", kMembershipColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY person_id, circle_id"))
    , m_balanceCircles(connection, QStringLiteral("SELECT id, archived FROM circles WHERE deleted_at IS NULL"))
    , m_balancePeople(connection, QStringLiteral("SELECT id FROM people WHERE deleted_at IS NULL"))
    , m_balanceMemberships(connection, QStringLiteral("SELECT person_id, circle_id, ring FROM memberships WHERE deleted_at IS NULL"))
    , m_markMembershipDeleted(connection, SqlText::markDeleted(u"memberships", kMembershipKey))
    , m_saveContact(connection, SqlText::upsert(u"contacts", kContactColumns, 1))
    , m_saveContactBatch(connection, SqlText::upsert(u"contacts", kContactColumns, 1, kSaveBatchRows))
    , m_findContact(connection, SqlText::select(u"contacts", kContactColumns, u"WHERE id = ?"))
    , m_allContacts(connection, SqlText::select(u"contacts", kContactColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markContactDeleted(connection, SqlText::markDeleted(u"contacts", kIdColumn))
{ }

Status CircleStore::save(const Circle &circle)
{
    return saveRow(m_saveCircle, QCoreApplication::translate("mosaic::CircleStore", "Saving the circle"), [&](SqlBinder &bind) { bindCircle(bind, circle); });
}

Status CircleStore::saveAll(const QList<Circle> &records)
{
    return saveRowsInBatches(m_saveCircleBatch, m_saveCircle, records, QCoreApplication::translate("mosaic::CircleStore", "Saving the circles"), bindCircle);
}

Result<std::optional<Circle>> CircleStore::findCircle(const QString &id)
{
    return readOptionalRow(m_findCircle, QCoreApplication::translate("mosaic::CircleStore", "Reading the circle"), readCircle, id);
}

Result<QList<Circle>> CircleStore::allCircles(IncludeDeleted includeDeleted)
{
    return readRows(m_allCircles, QCoreApplication::translate("mosaic::CircleStore", "Reading the circles"), readCircle, includeDeleted == IncludeDeleted::Yes);
}

Status CircleStore::markCircleDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markCircleDeleted, QCoreApplication::translate("mosaic::CircleStore", "Deleting the circle"), at, id);
}

Status CircleStore::save(const Person &person)
{
    return saveRow(m_savePerson, QCoreApplication::translate("mosaic::CircleStore", "Saving the person"), [&](SqlBinder &bind) { bindPerson(bind, person); });
}

Status CircleStore::saveAll(const QList<Person> &records)
{
    return saveRowsInBatches(m_savePersonBatch, m_savePerson, records, QCoreApplication::translate("mosaic::CircleStore", "Saving the people"), bindPerson);
}

Result<std::optional<Person>> CircleStore::findPerson(const QString &id)
{
    return readOptionalRow(m_findPerson, QCoreApplication::translate("mosaic::CircleStore", "Reading the person"), readPerson, id);
}

Result<QList<Person>> CircleStore::allPeople(IncludeDeleted includeDeleted)
{
    return readRows(m_allPeople, QCoreApplication::translate("mosaic::CircleStore", "Reading the people"), readPerson, includeDeleted == IncludeDeleted::Yes);
}

Status CircleStore::markPersonDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markPersonDeleted, QCoreApplication::translate("mosaic::CircleStore", "Deleting the person"), at, id);
}

Status CircleStore::save(const Membership &membership)
{
    return saveRow(m_saveMembership, QCoreApplication::translate("mosaic::CircleStore", "Saving the membership"),
                   [&](SqlBinder &bind) { bindMembership(bind, membership); });
}

Status CircleStore::saveAll(const QList<Membership> &records)
{
    return saveRowsInBatches(m_saveMembershipBatch, m_saveMembership, records, QCoreApplication::translate("mosaic::CircleStore", "Saving the memberships"),
                             bindMembership);
}

Result<std::optional<Membership>> CircleStore::findMembership(const QString &personId, const QString &circleId)
{
    return readOptionalRow(m_findMembership, QCoreApplication::translate("mosaic::CircleStore", "Reading the membership"), readMembership, personId, circleId);
}

Result<QList<Membership>> CircleStore::allMemberships(IncludeDeleted includeDeleted)
{
    return readRows(m_allMemberships, QCoreApplication::translate("mosaic::CircleStore", "Reading the memberships"), readMembership,
                    includeDeleted == IncludeDeleted::Yes);
}

Status CircleStore::markMembershipDeleted(const QString &personId, const QString &circleId, const QDateTime &at)
{
    return markRowDeleted(m_markMembershipDeleted, QCoreApplication::translate("mosaic::CircleStore", "Removing the person from the circle"), at, personId,
                          circleId);
}

Status CircleStore::save(const Contact &contact)
{
    return saveRow(m_saveContact, QCoreApplication::translate("mosaic::CircleStore", "Saving the contact"),
                   [&](SqlBinder &bind) { bindContact(bind, contact); });
}

Status CircleStore::saveAll(const QList<Contact> &records)
{
    return saveRowsInBatches(m_saveContactBatch, m_saveContact, records, QCoreApplication::translate("mosaic::CircleStore", "Saving the contacts"),
                             bindContact);
}

Result<std::optional<Contact>> CircleStore::findContact(const QString &id)
{
    return readOptionalRow(m_findContact, QCoreApplication::translate("mosaic::CircleStore", "Reading the contact"), readContact, id);
}

Result<QList<Contact>> CircleStore::allContacts(IncludeDeleted includeDeleted)
{
    return readRows(m_allContacts, QCoreApplication::translate("mosaic::CircleStore", "Reading the contacts"), readContact,
                    includeDeleted == IncludeDeleted::Yes);
}

Status CircleStore::markContactDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markContactDeleted, QCoreApplication::translate("mosaic::CircleStore", "Deleting the contact"), at, id);
}

Result<CircleStore::BalanceInputs> CircleStore::balanceInputs()
{
    BalanceInputs inputs;
    auto circles = readRows(m_balanceCircles, QCoreApplication::translate("mosaic::CircleStore", "Reading the circles"), [](SqlRowReader &row) {
        Circle circle;
        circle.stamps.id = row.text();
        circle.archived = row.boolean();
        return circle;
    });
    if (!circles)
        return circles.failure();
    auto people = readRows(m_balancePeople, QCoreApplication::translate("mosaic::CircleStore", "Reading the people"), [](SqlRowReader &row) {
        Person person;
        person.stamps.id = row.text();
        return person;
    });
    if (!people)
        return people.failure();
    auto memberships = readRows(m_balanceMemberships, QCoreApplication::translate("mosaic::CircleStore", "Reading the memberships"), [](SqlRowReader &row) {
        Membership membership;
        membership.personId = row.text();
        membership.circleId = row.text();
        membership.ring = row.enumValue<Ring>();
        return membership;
    });
    if (!memberships)
        return memberships.failure();
    inputs.circles = std::move(*circles);
    inputs.people = std::move(*people);
    inputs.memberships = std::move(*memberships);
    return inputs;
}

} // namespace mosaic
