// SPDX-License-Identifier: GPL-3.0-or-later
// The actions of the Circles page: saving circles and people, memberships, the contact log; what they refuse (and
// then write nothing) and what they stamp.
#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "circles/CircleActions.h"
#include "circles/CircleDeletion.h"
#include "common/RecordLimits.h"
#include "storage/Database.h"

using namespace StoreFixtures;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 20);

/// A journal file in a temporary folder.
struct CircleJournal
{
    TempJournalDir folder;
    std::unique_ptr<Database> database = require(Database::open(folder.journalPath()));
    QSqlDatabase connection = database->connection();
    CircleStore circles{connection};

    QString circle(const QString &name)
    {
        return require(saveCircle(circles, {QString(), name, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, at(1)));
    }
    QString person(const QString &name) { return require(savePerson(circles, {QString(), name, std::nullopt, std::nullopt, QString(), std::nullopt}, at(1))); }
};

} // namespace

TEST_CASE("A new circle is read from the form and stamped now; an edit keeps what the form left out", "[circles][actions]")
{
    CircleJournal journal;
    const QString made =
        require(saveCircle(journal.circles, {QString(), u"  Book   club "_s, u"hobby"_s, u" the reader "_s, 9, u" #7A9E7E "_s, u"Tuesdays"_s}, at(20)));
    Circle circle = *require(journal.circles.findCircle(made));
    CHECK(circle.name == u"Book club"_s);
    CHECK(circle.kind == CircleKind::Hobby);
    CHECK(circle.facet == u"the reader"_s);
    CHECK(circle.importance == 5);
    CHECK(circle.color == u"#7a9e7e"_s);
    CHECK(circle.notes == u"Tuesdays"_s);
    CHECK(circle.stamps.createdAt == at(20));
    CHECK(circle.stamps.updatedAt == at(20));

    CHECK(require(saveCircle(journal.circles, {made, u"Readers"_s, u"no-such-kind"_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, at(21))) ==
          made);
    circle = *require(journal.circles.findCircle(made));
    CHECK(circle.name == u"Readers"_s);
    CHECK(circle.kind == CircleKind::Hobby);
    CHECK(circle.facet == u"the reader"_s);
    CHECK(circle.notes == u"Tuesdays"_s);
    CHECK(circle.stamps.createdAt == at(20));
    CHECK(circle.stamps.updatedAt == at(21));
    CHECK(rowCount(journal.connection, u"circles"_s) == 1);
}

TEST_CASE("A circle without a name, with a name too long, a bad colour or a text too long is refused and nothing is written", "[circles][actions]")
{
    CircleJournal journal;
    const QList<CircleFields> refused{
        {QString(), u"   "_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        {QString(), QString(RecordLimits::kNameLength + 1, u'x'), std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
        {QString(), u"Choir"_s, std::nullopt, std::nullopt, std::nullopt, u"teal"_s, std::nullopt},
        {QString(), u"Choir"_s, std::nullopt, QString(RecordLimits::kFacetLength + 1, u'x'), std::nullopt, std::nullopt, std::nullopt},
        {QString(), u"Choir"_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt, QString(RecordLimits::kTextLength + 1, u'x')},
    };
    for (const CircleFields &fields : refused) {
        const Result<QString> result = saveCircle(journal.circles, fields, at(20));
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().kind == FailureKind::BadInput);
        CHECK_FALSE(result.failure().message.isEmpty());
    }
    CHECK(rowCount(journal.connection, u"circles"_s) == 0);

    // An edit of a circle that was deleted is refused too.
    const QString choir = journal.circle(u"Choir"_s);
    requireOk(deleteCircle(*journal.database, journal.circles, choir, at(21)));
    CHECK_FALSE(saveCircle(journal.circles, {choir, u"Choir"_s, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, at(22)).ok());
    CHECK(require(journal.circles.findCircle(choir))->name == u"Choir"_s);
}

TEST_CASE("A circle is archived once; a deleted one cannot be", "[circles][actions]")
{
    CircleJournal journal;
    const QString choir = journal.circle(u"Choir"_s);
    CHECK(require(setCircleArchived(journal.circles, choir, true, at(20))));
    CHECK_FALSE(require(setCircleArchived(journal.circles, choir, true, at(21))));
    const Circle archived = *require(journal.circles.findCircle(choir));
    CHECK(archived.archived);
    CHECK(archived.stamps.updatedAt == at(20));
    requireOk(deleteCircle(*journal.database, journal.circles, choir, at(22)));
    CHECK(setCircleArchived(journal.circles, choir, false, at(23)).failure().kind == FailureKind::BadInput);
    CHECK_FALSE(setCircleArchived(journal.circles, id('c', 9), false, at(23)).ok());
}

TEST_CASE("Saving a person with a circle and a ring writes the membership in the same action", "[circles][actions]")
{
    CircleJournal journal;
    const QString family = journal.circle(u"Family"_s);
    const QString ana = require(savePerson(
        journal.circles, {QString(), u" Ana "_s, QStringList{u"fun"_s, u"emotional"_s, u"fun"_s, u"magic"_s}, u"Sister"_s, family, Ring::Inner}, at(20)));
    const Person person = *require(journal.circles.findPerson(ana));
    CHECK(person.name == u"Ana"_s);
    CHECK(person.supports == QList<SupportKind>{SupportKind::Fun, SupportKind::Emotional});
    CHECK(person.notes == u"Sister"_s);
    CHECK(person.stamps.createdAt == at(20));
    const Membership membership = *require(journal.circles.findMembership(ana, family));
    CHECK(membership.ring == Ring::Inner);
    CHECK(membership.updatedAt == at(20));

    // Without a ring, or without a circle, there is no membership.
    const QString ben = require(savePerson(journal.circles, {QString(), u"Ben"_s, std::nullopt, std::nullopt, family, std::nullopt}, at(20)));
    CHECK_FALSE(require(journal.circles.findMembership(ben, family)).has_value());

    // An edit moves the person to another ring and keeps the fields left out.
    CHECK(require(savePerson(journal.circles, {ana, u"Ana M."_s, std::nullopt, std::nullopt, family, Ring::Outer}, at(21))) == ana);
    CHECK(require(journal.circles.findPerson(ana))->supports == QList<SupportKind>{SupportKind::Fun, SupportKind::Emotional});
    CHECK(require(journal.circles.findMembership(ana, family))->ring == Ring::Outer);
}

TEST_CASE("A person without a name, or put in a circle not in the journal, is refused and nothing is written", "[circles][actions]")
{
    CircleJournal journal;
    CHECK(savePerson(journal.circles, {QString(), u"  "_s, std::nullopt, std::nullopt, QString(), std::nullopt}, at(20)).failure().kind ==
          FailureKind::BadInput);
    CHECK_FALSE(
        savePerson(journal.circles, {QString(), QString(RecordLimits::kNameLength + 1, u'x'), std::nullopt, std::nullopt, QString(), std::nullopt}, at(20))
            .ok());
    const Result<QString> nowhere = savePerson(journal.circles, {QString(), u"Ana"_s, std::nullopt, std::nullopt, id('c', 9), Ring::Inner}, at(20));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.failure().kind == FailureKind::BadInput);
    CHECK(rowCount(journal.connection, u"people"_s) == 0);
    CHECK(rowCount(journal.connection, u"memberships"_s) == 0);
}

TEST_CASE("Memberships: set, moved, left, and only between living people and circles", "[circles][actions]")
{
    CircleJournal journal;
    const QString choir = journal.circle(u"Choir"_s);
    const QString ana = journal.person(u"Ana"_s);
    requireOk(setMembership(journal.circles, ana, choir, Ring::Middle, at(20)));
    requireOk(setMembership(journal.circles, ana, choir, Ring::Inner, at(21)));
    Membership membership = *require(journal.circles.findMembership(ana, choir));
    CHECK(membership.ring == Ring::Inner);
    CHECK(membership.updatedAt == at(21));
    requireOk(removeMembership(journal.circles, ana, choir, at(22)));
    CHECK(require(journal.circles.findMembership(ana, choir))->deletedAt == at(22));

    CHECK(setMembership(journal.circles, ana, id('c', 9), Ring::Inner, at(23)).failure().kind == FailureKind::BadInput);
    CHECK(setMembership(journal.circles, id('p', 9), choir, Ring::Inner, at(23)).failure().kind == FailureKind::BadInput);
    requireOk(deletePerson(*journal.database, journal.circles, ana, at(24)));
    CHECK_FALSE(setMembership(journal.circles, ana, choir, Ring::Inner, at(25)).ok());
    CHECK(require(journal.circles.findMembership(ana, choir))->isDeleted());
}

TEST_CASE("A contact is noted with whom, when and how it felt; out of range or with no one it is refused", "[circles][actions][contacts]")
{
    CircleJournal journal;
    const QString choir = journal.circle(u"Choir"_s);
    const QString ana = journal.person(u"Ana"_s);

    const QString first = require(logContact(journal.circles, {ana, QString(), QString(), 2, u" Coffee "_s}, kToday, at(20)));
    const Contact contact = *require(journal.circles.findContact(first));
    CHECK(contact.personId == ana);
    CHECK_FALSE(contact.circleId.has_value());
    CHECK(contact.date == kToday);
    CHECK(contact.quality == 2);
    CHECK(contact.note == u"Coffee"_s);
    CHECK(contact.stamps.createdAt == at(20));
    CHECK(contact.stamps.updatedAt == at(20));
    const QString second = require(logContact(journal.circles, {QString(), choir, u"2026-03-01"_s, -2, QString()}, kToday, at(20)));
    CHECK(require(journal.circles.findContact(second))->date == QDate(2026, 3, 1));

    const QList<ContactFields> refused{
        {QString(), QString(), QString(), 0, QString()},
        {ana, QString(), u"01.03.2026"_s, 0, QString()},
        {ana, QString(), QString(), 3, QString()},
        {ana, QString(), QString(), -3, QString()},
        {ana, choir, QString(), 0, QString(RecordLimits::kTextLength + 1, u'x')},
        {id('p', 9), QString(), QString(), 0, QString()},
        {QString(), id('c', 9), QString(), 0, QString()},
    };
    for (const ContactFields &fields : refused) {
        const Result<QString> result = logContact(journal.circles, fields, kToday, at(21));
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().kind == FailureKind::BadInput);
    }
    CHECK(rowCount(journal.connection, u"contacts"_s) == 2);

    requireOk(deleteContact(journal.circles, first, at(22)));
    CHECK(require(journal.circles.findContact(first))->stamps.deletedAt == at(22));
}
