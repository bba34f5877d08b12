// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/CirclesModel.h"

#include "circles/CircleActions.h"
#include "circles/CircleDeletion.h"
#include "circles/CircleStore.h"
#include "circles/ContactHints.h"
#include "circles/ContactLog.h"
#include "journal/JournalSession.h"
#include "vocabulary/Labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mosaic {

namespace {

bool byName(const QString &a, const QString &b, const QString &idA, const QString &idB)
{
    if (const int folded = a.compare(b, Qt::CaseInsensitive); folded != 0)
        return folded < 0;
    return idA < idB;
}

QString kindLabel(CircleKind kind)
{
    return labels::circleKind(kind);
}

QString supportLabel(SupportKind kind)
{
    return labels::supportKind(kind);
}

QString supportsText(const QList<SupportKind> &supports)
{
    QStringList labels;
    for (const SupportKind kind : supports)
        labels.append(supportLabel(kind));
    return labels.join(QStringLiteral(", "));
}

QString percent(double share)
{
    //: A circle's share of the user's ties; %1 is the number. Write it as your language does, e.g. "%1 %".
    return QCoreApplication::translate("mosaic::CirclesModel", "%1%").arg(QLocale().toString(std::lround(share * 100)));
}

// A field the page sent, or nullopt when it left it out (the record then keeps what it has).
std::optional<QString> textIf(const QVariantMap &fields, const QString &name)
{
    return fields.contains(name) ? std::optional(fields.value(name).toString()) : std::nullopt;
}

} // namespace

CirclesModel::CirclesModel(QObject *parent)
    : QObject(parent)
{ }

void CirclesModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Circles, [this] { reload(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    reload();
}

int CirclesModel::circleCount() const
{
    return static_cast<int>(std::count_if(m_circles.cbegin(), m_circles.cend(), [](const Circle &circle) { return !circle.archived; }));
}

void CirclesModel::reload()
{
    m_circles.clear();
    m_people.clear();
    m_memberships.clear();
    QList<Contact> latest;
    if (m_session && m_session->isOpen()) {
        CircleStore &store = m_session->circles();
        Result<QList<Circle>> circles = store.allCircles(IncludeDeleted::No);
        Result<QList<Person>> people = store.allPeople(IncludeDeleted::No);
        Result<QList<Membership>> memberships = store.allMemberships(IncludeDeleted::No);
        ContactLog log(m_session->database());
        Result<QList<Contact>> latestContacts = log.latestContacts();
        if (!circles || !people || !memberships || !latestContacts) {
            m_session->reportFailure(!circles           ? circles.failure()
                                         : !people      ? people.failure()
                                         : !memberships ? memberships.failure()
                                                        : latestContacts.failure());
        } else {
            m_circles = std::move(*circles);
            m_people = std::move(*people);
            latest = std::move(*latestContacts);
            QSet<QString> circleIds;
            for (const Circle &circle : std::as_const(m_circles))
                circleIds.insert(circle.stamps.id);
            QSet<QString> personIds;
            for (const Person &person : std::as_const(m_people))
                personIds.insert(person.stamps.id);
            for (const Membership &membership : std::as_const(*memberships)) {
                if (circleIds.contains(membership.circleId) && personIds.contains(membership.personId))
                    m_memberships.append(membership);
            }
        }
    }
    std::sort(m_circles.begin(), m_circles.end(), [](const Circle &a, const Circle &b) { return byName(a.name, b.name, a.stamps.id, b.stamps.id); });
    std::sort(m_people.begin(), m_people.end(), [](const Person &a, const Person &b) { return byName(a.name, b.name, a.stamps.id, b.stamps.id); });

    // The diagram shows the circles in use: archived ones rest outside it.
    QList<DiagramCircleInput> diagramCircles;
    QSet<QString> shown;
    for (const Circle &circle : std::as_const(m_circles)) {
        if (!circle.archived) {
            diagramCircles.append({circle.stamps.id, circle.name});
            shown.insert(circle.stamps.id);
        }
    }
    QHash<QString, QString> names;
    for (const Person &person : std::as_const(m_people))
        names.insert(person.stamps.id, person.name);
    QList<DiagramMembershipInput> diagramMemberships;
    for (const Membership &membership : std::as_const(m_memberships)) {
        if (shown.contains(membership.circleId))
            diagramMemberships.append({membership.personId, names.value(membership.personId), membership.circleId, membership.ring});
    }
    m_layout = layoutBelongingDiagram(diagramCircles, diagramMemberships);
    m_balance = calculateBelongingBalance(m_circles, m_people, m_memberships);

    buildLists();
    buildBalanceTexts();
    buildHints(latest);
    Q_EMIT changed();
}

void CirclesModel::buildLists()
{
    QHash<QString, int> sectorIndex;
    QHash<QString, const DiagramSector *> sectorOf;
    for (const DiagramSector &sector : std::as_const(m_layout.sectors)) {
        sectorIndex.insert(sector.circleId, sector.index);
        sectorOf.insert(sector.circleId, &sector);
    }
    QHash<QString, int> memberCount;
    for (const Membership &membership : std::as_const(m_memberships))
        ++memberCount[membership.circleId];

    m_circlesList.clear();
    int archivedIndex = static_cast<int>(m_layout.sectors.size());
    for (const Circle &circle : std::as_const(m_circles)) {
        const DiagramSector *sector = sectorOf.value(circle.stamps.id);
        m_circlesList.append(QVariantMap{
            {QStringLiteral("id"), circle.stamps.id},
            {QStringLiteral("name"), circle.name},
            {QStringLiteral("kind"), enumName(circle.kind)},
            {QStringLiteral("kindLabel"), kindLabel(circle.kind)},
            {QStringLiteral("facet"), circle.facet},
            {QStringLiteral("importance"), circle.importance},
            {QStringLiteral("color"), circle.color},
            {QStringLiteral("colorIndex"), sector ? sector->index : archivedIndex++},
            {QStringLiteral("archived"), circle.archived},
            {QStringLiteral("notes"), circle.notes},
            {QStringLiteral("weight"), sector ? sector->weight : 0},
            {QStringLiteral("share"), sector ? sector->share : 0.0},
            {QStringLiteral("shareText"), sector ? percent(sector->share) : QString()},
            {QStringLiteral("members"), memberCount.value(circle.stamps.id)},
        });
    }

    QHash<QString, QVariantList> membershipsOf;
    for (const Membership &membership : std::as_const(m_memberships)) {
        membershipsOf[membership.personId].append(QVariantMap{
            {QStringLiteral("circleId"), membership.circleId},
            {QStringLiteral("circleName"), circleName(membership.circleId)},
            {QStringLiteral("ring"), enumName(membership.ring)},
            {QStringLiteral("ringLabel"), ringLabel(membership.ring)},
        });
    }
    m_peopleList.clear();
    for (const Person &person : std::as_const(m_people)) {
        QStringList supports;
        for (const SupportKind kind : person.supports)
            supports.append(enumName(kind));
        QVariantList memberships = membershipsOf.value(person.stamps.id);
        std::sort(memberships.begin(), memberships.end(), [](const QVariant &a, const QVariant &b) {
            return a.toMap()
                       .value(QStringLiteral("circleName"))
                       .toString()
                       .compare(b.toMap().value(QStringLiteral("circleName")).toString(), Qt::CaseInsensitive) < 0;
        });
        m_peopleList.append(QVariantMap{
            {QStringLiteral("id"), person.stamps.id},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("supports"), supports},
            {QStringLiteral("supportsText"), supportsText(person.supports)},
            {QStringLiteral("notes"), person.notes},
            {QStringLiteral("memberships"), memberships},
        });
    }

    m_sectorsList.clear();
    for (const DiagramSector &sector : std::as_const(m_layout.sectors)) {
        m_sectorsList.append(QVariantMap{
            {QStringLiteral("circleId"), sector.circleId},
            {QStringLiteral("name"), circleName(sector.circleId)},
            {QStringLiteral("color"), circleColor(sector.circleId)},
            {QStringLiteral("colorIndex"), sector.index},
            {QStringLiteral("share"), sector.share},
            {QStringLiteral("shareText"), percent(sector.share)},
            {QStringLiteral("weight"), sector.weight},
            {QStringLiteral("startAngle"), sector.startAngle},
            {QStringLiteral("endAngle"), sector.endAngle},
        });
    }

    QHash<QString, QString> supportsById;
    for (const Person &person : std::as_const(m_people))
        supportsById.insert(person.stamps.id, supportsText(person.supports));
    m_dotsList.clear();
    for (const DiagramDot &dot : std::as_const(m_layout.dots)) {
        m_dotsList.append(QVariantMap{
            {QStringLiteral("personId"), dot.personId},
            {QStringLiteral("personName"), personName(dot.personId)},
            {QStringLiteral("circleId"), dot.circleId},
            {QStringLiteral("circleName"), circleName(dot.circleId)},
            {QStringLiteral("ring"), enumName(dot.ring)},
            {QStringLiteral("ringLabel"), ringLabel(dot.ring)},
            {QStringLiteral("supportsText"), supportsById.value(dot.personId)},
            {QStringLiteral("x"), dot.x},
            {QStringLiteral("y"), dot.y},
        });
    }

    // The summary a screen reader reads for the diagram.
    QStringList parts;
    parts.append(tr("You are in the centre. %n circle(s) around you", nullptr, static_cast<int>(m_layout.sectors.size())));
    for (const DiagramSector &sector : std::as_const(m_layout.sectors)) {
        std::array<QStringList, 3> byRing;
        for (const DiagramDot &dot : std::as_const(m_layout.dots)) {
            if (dot.circleId == sector.circleId)
                byRing[static_cast<int>(dot.ring)].append(personName(dot.personId));
        }
        QStringList rings;
        for (int r = 0; r < 3; ++r) {
            if (!byRing[r].isEmpty())
                rings.append(tr("%1: %2").arg(ringLabel(static_cast<Ring>(r)), byRing[r].join(QStringLiteral(", "))));
        }
        parts.append(rings.isEmpty() ? tr("%1, %2 of your ties, no one yet").arg(circleName(sector.circleId), percent(sector.share))
                                     : tr("%1, %2 of your ties; %3").arg(circleName(sector.circleId), percent(sector.share), rings.join(QStringLiteral("; "))));
    }
    m_summary = parts.join(QStringLiteral(". ")) + QStringLiteral(".");
}

void CirclesModel::buildBalanceTexts()
{
    m_suggestions.clear();
    if (m_memberships.isEmpty() || m_balance.effectiveCircles <= 0) {
        m_balanceText = tr("Once people are in your circles, you will see here how your belonging is spread.");
        return;
    }
    const QString effective = QLocale().toString(m_balance.effectiveCircles, 'f', 1);
    QString largest;
    for (const DiagramSector &sector : std::as_const(m_layout.sectors)) {
        if (std::abs(sector.share - m_balance.largestShare) < 1e-9) {
            largest = circleName(sector.circleId);
            break;
        }
    }
    m_balanceText =
        tr("Your ties are spread over about %1 circles; the largest, %2, holds %3 of them.").arg(effective, largest, percent(m_balance.largestShare));
    if (m_balance.oneCircleCarriesMost()) {
        m_suggestions.append(tr("%1 carries most of your ties. That is a lot for one circle to hold: when it wobbles, everything does. "
                                "Is there a place where another part of you could feel at home?")
                                 .arg(largest));
    }
    if (m_balance.restsOnOnePlace()) {
        m_suggestions.append(tr("Your belonging rests mostly on one place. A class, a club, a neighbour or an old friend: "
                                "one small new thread can soften the next setback."));
    }
    if (m_balance.innerCircles == 0)
        m_suggestions.append(tr("No one is in an inner ring yet. Who would you call on a hard day? They may belong closer in."));
    if (m_suggestions.isEmpty())
        m_balanceText += QStringLiteral(" ") + tr("A good cushion: when one circle wobbles, the others still hold.");
}

void CirclesModel::buildHints(const QList<Contact> &latest)
{
    m_hints.clear();
    if (!m_session || !m_session->isOpen())
        return;
    for (const ContactHint &hint : contactHints(m_circles, m_memberships, latest, m_session->today())) {
        const QString name = circleName(hint.circleId);
        const QString text = hint.lastContact
            ? tr("%1: your last noted contact was %n day(s) ago. A short message is enough.", nullptr, hint.daysSince).arg(name)
            : tr("%1: no contact noted yet. Maybe say hello this week?").arg(name);
        m_hints.append(QVariantMap{{QStringLiteral("circleId"), hint.circleId}, {QStringLiteral("name"), name}, {QStringLiteral("text"), text}});
    }
}

QString CirclesModel::personName(const QString &personId) const
{
    for (const Person &person : m_people) {
        if (person.stamps.id == personId)
            return person.name;
    }
    return {};
}

QString CirclesModel::circleName(const QString &circleId) const
{
    for (const Circle &circle : m_circles) {
        if (circle.stamps.id == circleId)
            return circle.name;
    }
    return {};
}

QString CirclesModel::circleColor(const QString &circleId) const
{
    for (const Circle &circle : m_circles) {
        if (circle.stamps.id == circleId)
            return circle.color;
    }
    return {};
}

bool CirclesModel::write(const std::function<Status(CircleStore &, const QDateTime &)> &action)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->write(JournalSession::Circles, [&] { return action(m_session->circles(), m_session->now()); });
}

QString CirclesModel::saved(const std::function<Result<QString>(CircleStore &, const QDateTime &)> &action)
{
    QString id;
    const bool ok = write([&](CircleStore &store, const QDateTime &now) -> Status {
        Result<QString> made = action(store, now);
        if (!made)
            return made.failure();
        id = *made;
        return success();
    });
    return ok ? id : QString();
}

QString CirclesModel::saveCircle(const QVariantMap &fields)
{
    const CircleFields circle{
        fields.value(QStringLiteral("id")).toString(),
        fields.value(QStringLiteral("name")).toString(),
        textIf(fields, QStringLiteral("kind")),
        textIf(fields, QStringLiteral("facet")),
        fields.contains(QStringLiteral("importance")) ? std::optional(fields.value(QStringLiteral("importance")).toInt()) : std::nullopt,
        textIf(fields, QStringLiteral("color")),
        textIf(fields, QStringLiteral("notes")),
    };
    return saved([&](CircleStore &store, const QDateTime &now) { return mosaic::saveCircle(store, circle, now); });
}

bool CirclesModel::setCircleArchived(const QString &circleId, bool archived)
{
    // Putting away a circle already put away is done too: nothing is written, and nothing reloads.
    return m_session && m_session->isOpen() &&
        m_session
            ->writeIfChanged(JournalSession::Circles, [&] { return mosaic::setCircleArchived(m_session->circles(), circleId, archived, m_session->now()); })
            .ok();
}

bool CirclesModel::deleteCircle(const QString &circleId)
{
    return write([&](CircleStore &store, const QDateTime &now) { return mosaic::deleteCircle(m_session->database(), store, circleId, now); });
}

QString CirclesModel::savePerson(const QVariantMap &fields)
{
    PersonFields person{
        fields.value(QStringLiteral("id")).toString(),
        fields.value(QStringLiteral("name")).toString(),
        fields.contains(QStringLiteral("supports")) ? std::optional(fields.value(QStringLiteral("supports")).toStringList()) : std::nullopt,
        textIf(fields, QStringLiteral("notes")),
        fields.value(QStringLiteral("circleId")).toString(),
        enumFromName<Ring>(fields.value(QStringLiteral("ring")).toString()),
    };
    return saved([&](CircleStore &store, const QDateTime &now) { return mosaic::savePerson(store, person, now); });
}

bool CirclesModel::deletePerson(const QString &personId)
{
    return write([&](CircleStore &store, const QDateTime &now) { return mosaic::deletePerson(m_session->database(), store, personId, now); });
}

bool CirclesModel::setMembership(const QString &personId, const QString &circleId, const QString &ring)
{
    // A choice not made yet (no ring, no one, no circle) writes nothing and says nothing.
    const std::optional<Ring> parsed = enumFromName<Ring>(ring);
    if (!parsed || personId.isEmpty() || circleId.isEmpty())
        return false;
    return write([&](CircleStore &store, const QDateTime &now) { return mosaic::setMembership(store, personId, circleId, *parsed, now); });
}

bool CirclesModel::removeMembership(const QString &personId, const QString &circleId)
{
    return write([&](CircleStore &store, const QDateTime &now) { return mosaic::removeMembership(store, personId, circleId, now); });
}

QVariant CirclesModel::circle(const QString &circleId) const
{
    for (const QVariant &entry : m_circlesList) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("id")).toString() == circleId)
            return map;
    }
    return QVariantMap();
}

QVariant CirclesModel::person(const QString &personId) const
{
    for (const QVariant &entry : m_peopleList) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("id")).toString() == personId)
            return map;
    }
    return QVariantMap();
}

QVariant CirclesModel::activeCircles() const
{
    QVariantList active;
    for (const QVariant &entry : m_circlesList) {
        if (!entry.toMap().value(QStringLiteral("archived")).toBool())
            active.append(entry);
    }
    return active;
}

QVariant CirclesModel::personChoices() const
{
    QVariantList choices{QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("No one in particular")}}};
    choices.append(m_peopleList);
    return choices;
}

QVariant CirclesModel::circleChoices() const
{
    QVariantList choices{QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("No circle")}}};
    choices.append(activeCircles().toList());
    return choices;
}

QVariantList CirclesModel::membersOf(const QString &circleId) const
{
    QVariantList members;
    for (const Person &person : m_people) {
        for (const Membership &membership : m_memberships) {
            if (membership.circleId == circleId && membership.personId == person.stamps.id) {
                members.append(QVariantMap{
                    {QStringLiteral("personId"), person.stamps.id},
                    {QStringLiteral("personName"), person.name},
                    {QStringLiteral("ring"), enumName(membership.ring)},
                    {QStringLiteral("ringLabel"), ringLabel(membership.ring)},
                });
            }
        }
    }
    return members;
}

QString CirclesModel::ringOf(const QString &personId, const QString &circleId) const
{
    for (const Membership &membership : m_memberships) {
        if (membership.circleId == circleId && membership.personId == personId)
            return enumName(membership.ring);
    }
    return {};
}

QVariantList CirclesModel::circleKinds() const
{
    QVariantList kinds;
    for (std::size_t i = 0; i < enumCount<CircleKind>(); ++i) {
        const auto kind = static_cast<CircleKind>(i);
        kinds.append(QVariantMap{{QStringLiteral("name"), enumName(kind)}, {QStringLiteral("label"), kindLabel(kind)}});
    }
    return kinds;
}

QVariantList CirclesModel::supportKinds() const
{
    QVariantList kinds;
    for (std::size_t i = 0; i < enumCount<SupportKind>(); ++i) {
        const auto kind = static_cast<SupportKind>(i);
        kinds.append(QVariantMap{{QStringLiteral("name"), enumName(kind)}, {QStringLiteral("label"), supportLabel(kind)}});
    }
    return kinds;
}

QVariantList CirclesModel::rings() const
{
    QVariantList rings;
    for (const Ring ring : {Ring::Inner, Ring::Middle, Ring::Outer})
        rings.append(QVariantMap{{QStringLiteral("name"), enumName(ring)}, {QStringLiteral("label"), ringLabel(ring)}});
    return rings;
}

QString CirclesModel::ringLabel(const QString &ring) const
{
    const std::optional<Ring> parsed = enumFromName<Ring>(ring);
    return parsed ? ringLabel(*parsed) : QString();
}

QString CirclesModel::ringLabel(Ring ring)
{
    return labels::ring(ring);
}

} // namespace mosaic
