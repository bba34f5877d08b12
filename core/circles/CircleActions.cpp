// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/CircleActions.h"

#include "circles/CircleStore.h"
#include "common/EnumNames.h"
#include "common/RecordLimits.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mosaic {

namespace {

// The messages the Circles page showed when these rules lived in it, in its translation context.
QString pageText(const char *source)
{
    return QCoreApplication::translate("mosaic::CirclesModel", source);
}

QString contactText(const char *source)
{
    return QCoreApplication::translate("mosaic::ContactLogModel", source);
}

Failure circleGone()
{
    return Failure::badInput(pageText(QT_TRANSLATE_NOOP("mosaic::CirclesModel", "This circle is no longer in the journal.")));
}

Failure personGone()
{
    return Failure::badInput(pageText(QT_TRANSLATE_NOOP("mosaic::CirclesModel", "This person is no longer in the journal.")));
}

Status checkName(const QString &name, const QString &needed)
{
    if (name.isEmpty())
        return Failure::badInput(needed);
    if (RecordLimits::codePointCount(name) > RecordLimits::kNameLength)
        return Failure::badInput(
            QCoreApplication::translate("mosaic::CircleActions", "A shorter name works better here: at most %1 characters.").arg(RecordLimits::kNameLength));
    return success();
}

Status checkText(const std::optional<QString> &value, qsizetype limit)
{
    if (value && RecordLimits::codePointCount(*value) > limit)
        return Failure::badInput(QCoreApplication::translate("mosaic::CircleActions", "A shorter text works better here: at most %1 characters.").arg(limit));
    return success();
}

/// The living record `id` names, ready to be edited, or a new one with a fresh id created `now` when `id` is empty;
/// either way stamped as updated `now`.
template <typename Record, typename Find>
Result<Record> recordToSave(const QString &id, const QDateTime &now, Find find, const Failure &gone)
{
    Record record;
    if (!id.isEmpty()) {
        Result<std::optional<Record>> found = find(id);
        if (!found)
            return found.failure();
        if (!*found || (*found)->stamps.isDeleted())
            return gone;
        record = **found;
    } else {
        record.stamps.id = Uuid::create();
        record.stamps.createdAt = now;
    }
    record.stamps.updatedAt = now;
    return record;
}

Status checkLivingCircle(CircleStore &store, const QString &circleId)
{
    Result<std::optional<Circle>> found = store.findCircle(circleId);
    if (!found)
        return found.failure();
    return found->has_value() && !(*found)->stamps.isDeleted() ? success() : Status(circleGone());
}

Status checkLivingPerson(CircleStore &store, const QString &personId)
{
    Result<std::optional<Person>> found = store.findPerson(personId);
    if (!found)
        return found.failure();
    return found->has_value() && !(*found)->stamps.isDeleted() ? success() : Status(personGone());
}

} // namespace

Result<QString> saveCircle(CircleStore &store, const CircleFields &fields, const QDateTime &now)
{
    const QString name = fields.name.simplified();
    if (Status valid = checkName(name, pageText(QT_TRANSLATE_NOOP("mosaic::CirclesModel", "A circle needs a name, even a short one."))); !valid)
        return valid.failure();
    const std::optional<QString> color = fields.color ? std::optional(fields.color->trimmed().toLower()) : std::nullopt;
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-f]{6}$"));
    if (color && !color->isEmpty() && !colorPattern.match(*color).hasMatch())
        return Failure::badInput(pageText(QT_TRANSLATE_NOOP("mosaic::CirclesModel", "A colour is written like #3e7f7a.")));
    const std::optional<QString> facet = fields.facet ? std::optional(fields.facet->trimmed()) : std::nullopt;
    if (Status valid = checkText(facet, RecordLimits::kFacetLength); !valid)
        return valid.failure();
    if (Status valid = checkText(fields.notes, RecordLimits::kTextLength); !valid)
        return valid.failure();

    Result<Circle> edited = recordToSave<Circle>(
        fields.id, now, [&store](const QString &circleId) { return store.findCircle(circleId); }, circleGone());
    if (!edited)
        return edited.failure();
    Circle &circle = *edited;
    circle.name = name;
    if (fields.kind)
        circle.kind = enumFromName<CircleKind>(*fields.kind).value_or(circle.kind);
    if (facet)
        circle.facet = *facet;
    if (fields.importance)
        circle.importance = std::clamp(*fields.importance, 1, 5);
    if (color)
        circle.color = *color;
    if (fields.notes)
        circle.notes = *fields.notes;
    if (Status saved = store.save(circle); !saved)
        return saved.failure();
    return circle.stamps.id;
}

Result<bool> setCircleArchived(CircleStore &store, const QString &circleId, bool archived, const QDateTime &now)
{
    Result<std::optional<Circle>> found = store.findCircle(circleId);
    if (!found)
        return found.failure();
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return circleGone();
    Circle circle = **found;
    if (circle.archived == archived)
        return false;
    circle.archived = archived;
    circle.stamps.updatedAt = now;
    if (Status saved = store.save(circle); !saved)
        return saved.failure();
    return true;
}

Result<QString> savePerson(CircleStore &store, const PersonFields &fields, const QDateTime &now)
{
    const QString name = fields.name.simplified();
    if (Status valid = checkName(name, pageText(QT_TRANSLATE_NOOP("mosaic::CirclesModel", "A person needs a name, even a nickname."))); !valid)
        return valid.failure();
    if (Status valid = checkText(fields.notes, RecordLimits::kTextLength); !valid)
        return valid.failure();
    const bool joins = !fields.circleId.isEmpty() && fields.ring;
    if (joins) {
        if (Status circle = checkLivingCircle(store, fields.circleId); !circle)
            return circle.failure();
    }

    Result<Person> edited = recordToSave<Person>(
        fields.id, now, [&store](const QString &personId) { return store.findPerson(personId); }, personGone());
    if (!edited)
        return edited.failure();
    Person &person = *edited;
    person.name = name;
    if (fields.supports) {
        person.supports.clear();
        for (const QString &support : *fields.supports) {
            if (const std::optional<SupportKind> kind = enumFromName<SupportKind>(support); kind && !person.supports.contains(*kind))
                person.supports.append(*kind);
        }
    }
    if (fields.notes)
        person.notes = *fields.notes;
    if (Status saved = store.save(person); !saved)
        return saved.failure();
    if (joins) {
        if (Status joined = setMembership(store, person.stamps.id, fields.circleId, *fields.ring, now); !joined)
            return joined.failure();
    }
    return person.stamps.id;
}

Status setMembership(CircleStore &store, const QString &personId, const QString &circleId, Ring ring, const QDateTime &now)
{
    if (Status person = checkLivingPerson(store, personId); !person)
        return person;
    if (Status circle = checkLivingCircle(store, circleId); !circle)
        return circle;
    return store.save(Membership{personId, circleId, ring, now, std::nullopt});
}

Status removeMembership(CircleStore &store, const QString &personId, const QString &circleId, const QDateTime &now)
{
    return store.markMembershipDeleted(personId, circleId, now);
}

Result<QString> logContact(CircleStore &store, const ContactFields &fields, QDate today, const QDateTime &now)
{
    if (fields.personId.isEmpty() && fields.circleId.isEmpty())
        return Failure::badInput(contactText(QT_TRANSLATE_NOOP("mosaic::ContactLogModel", "Choose whom you talked to: a person, a circle, or both.")));
    const QDate day = fields.date.isEmpty() ? today : QDate::fromString(fields.date, Qt::ISODate);
    if (!day.isValid())
        return Failure::badInput(contactText(QT_TRANSLATE_NOOP("mosaic::ContactLogModel", "The date is written like 2026-11-20.")));
    if (fields.quality < -2 || fields.quality > 2)
        return Failure::badInput(QCoreApplication::translate("mosaic::CircleActions", "How it felt goes from -2 (hard) to 2 (warm)."));
    const QString note = fields.note.trimmed();
    if (Status valid = checkText(note, RecordLimits::kTextLength); !valid)
        return valid.failure();
    if (!fields.personId.isEmpty()) {
        if (Status person = checkLivingPerson(store, fields.personId); !person)
            return person.failure();
    }
    if (!fields.circleId.isEmpty()) {
        if (Status circle = checkLivingCircle(store, fields.circleId); !circle)
            return circle.failure();
    }
    Contact contact;
    contact.stamps.id = Uuid::create();
    contact.stamps.createdAt = contact.stamps.updatedAt = now;
    contact.date = day;
    if (!fields.personId.isEmpty())
        contact.personId = fields.personId;
    if (!fields.circleId.isEmpty())
        contact.circleId = fields.circleId;
    contact.quality = fields.quality;
    contact.note = note;
    if (Status saved = store.save(contact); !saved)
        return saved.failure();
    return contact.stamps.id;
}

Status deleteContact(CircleStore &store, const QString &contactId, const QDateTime &now)
{
    return store.markContactDeleted(contactId, now);
}

} // namespace mosaic
