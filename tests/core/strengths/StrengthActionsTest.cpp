// SPDX-License-Identifier: GPL-3.0-or-later
// The actions of the Strengths page: what they refuse (and then write nothing), what they stamp, what they keep.
#include "StrengthJournal.h"

#include "common/RecordLimits.h"
#include "incidents/IncidentDeletion.h"
#include "strengths/StrengthActions.h"

using namespace StoreFixtures;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 20);

} // namespace

TEST_CASE("A new strength is trimmed and stamped now; a blank or too long name is refused and nothing is written", "[strengths][actions]")
{
    StrengthJournal journal;
    const QString made = require(addStrength(journal.strengths, {u"  Patience "_s, u" Calm when plans change. "_s}, at(20)));
    const Strength saved = *require(journal.strengths.findStrength(made));
    CHECK(saved.name == u"Patience"_s);
    CHECK(saved.description == u"Calm when plans change."_s);
    CHECK(saved.stamps.createdAt == at(20));
    CHECK(saved.stamps.updatedAt == at(20));
    CHECK_FALSE(saved.archived);

    for (const QString &bad : {u"   "_s, QString(RecordLimits::kNameLength + 1, u'x')}) {
        const Result<QString> refused = addStrength(journal.strengths, {bad, QString()}, at(21));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == FailureKind::BadInput);
        CHECK_FALSE(refused.failure().message.isEmpty());
    }
    // A name of exactly the limit, counted in code points (one emoji is two UTF-16 units), is kept.
    QString longest(RecordLimits::kNameLength - 1, u'x');
    longest += u"😀"_s;
    CHECK(addStrength(journal.strengths, {longest, QString()}, at(21)).ok());
    CHECK(rowCount(journal.connection, u"strengths"_s) == 2);
}

TEST_CASE("Editing a strength writes only a change, stamped now; a deleted one cannot be edited", "[strengths][actions]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);

    CHECK_FALSE(require(editStrength(journal.strengths, patience.stamps.id, {u"Patience "_s, QString()}, at(20))));
    CHECK(require(journal.strengths.findStrength(patience.stamps.id))->stamps.updatedAt == patience.stamps.updatedAt);

    CHECK(require(editStrength(journal.strengths, patience.stamps.id, {u"Patience"_s, u"Even in queues."_s}, at(20))));
    const Strength edited = *require(journal.strengths.findStrength(patience.stamps.id));
    CHECK(edited.description == u"Even in queues."_s);
    CHECK(edited.stamps.updatedAt == at(20));
    CHECK(edited.stamps.createdAt == patience.stamps.createdAt);

    CHECK_FALSE(editStrength(journal.strengths, patience.stamps.id, {u" "_s, QString()}, at(21)).ok());
    CHECK(require(journal.strengths.findStrength(patience.stamps.id))->name == u"Patience"_s);

    requireOk(deleteStrength(journal.strengths, patience.stamps.id, at(22)));
    const Result<bool> gone = editStrength(journal.strengths, patience.stamps.id, {u"Calm"_s, QString()}, at(23));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(deleteStrength(journal.strengths, patience.stamps.id, at(23)).ok());
    CHECK_FALSE(deleteStrength(journal.strengths, id('s', 9), at(23)).ok());
    CHECK(require(journal.strengths.findStrength(patience.stamps.id))->stamps.deletedAt == at(22));
}

TEST_CASE("An archived strength keeps its wins; a deleted one leaves them in the journal", "[strengths][actions]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    const QString won = require(addWin(journal.strengths, {u"Waited my turn"_s, QString(), QString(), {patience.stamps.id}}, kToday, at(20)));

    CHECK(require(setStrengthArchived(journal.strengths, patience.stamps.id, true, at(21))));
    CHECK_FALSE(require(setStrengthArchived(journal.strengths, patience.stamps.id, true, at(22))));
    const Strength archived = *require(journal.strengths.findStrength(patience.stamps.id));
    CHECK(archived.archived);
    CHECK(archived.stamps.updatedAt == at(21));
    CHECK(require(journal.strengths.findWin(won))->strengthIds == QStringList{patience.stamps.id});
    // A win can still name an archived strength.
    CHECK(addWin(journal.strengths, {u"Waited again"_s, QString(), QString(), {patience.stamps.id}}, kToday, at(22)).ok());

    requireOk(deleteStrength(journal.strengths, patience.stamps.id, at(23)));
    const Win kept = *require(journal.strengths.findWin(won));
    CHECK_FALSE(kept.stamps.isDeleted());
    CHECK(kept.strengthIds == QStringList{patience.stamps.id});
}

TEST_CASE("A win is read from what was typed: date, kind, strengths, text", "[strengths][actions]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    const Strength courage = journal.strength(2, u"Courage"_s);

    const QString plain = require(addWin(journal.strengths, {u" Asked for help "_s, QString(), QString(), {}}, kToday, at(20)));
    const Win first = *require(journal.strengths.findWin(plain));
    CHECK(first.text == u"Asked for help"_s);
    CHECK(first.date == kToday);
    CHECK(first.kind == WinKind::Win);
    CHECK(first.strengthIds.isEmpty());
    CHECK(first.stamps.createdAt == at(20));
    CHECK(first.stamps.updatedAt == at(20));

    const QString linked = require(
        addWin(journal.strengths, {u"Said no kindly"_s, u"2026-03-18"_s, u"boundary"_s, {courage.stamps.id, QString(), patience.stamps.id, courage.stamps.id}},
               kToday, at(20)));
    const Win second = *require(journal.strengths.findWin(linked));
    CHECK(second.date == QDate(2026, 3, 18));
    CHECK(second.kind == WinKind::Boundary);
    CHECK(second.strengthIds == QStringList{courage.stamps.id, patience.stamps.id});
    CHECK(plain != linked);
}

TEST_CASE("A win with a blank text, an unreadable date, an unknown kind or a strength not in the journal is refused", "[strengths][actions]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    const Strength gone = journal.strength(2, u"Gone"_s);
    requireOk(journal.strengths.markStrengthDeleted(gone.stamps.id, at(10)));

    const QList<WinFields> refused{
        {u"  "_s, QString(), QString(), {}},
        {QString(RecordLimits::kStatementLength + 1, u'x'), QString(), QString(), {}},
        {u"Spoke up"_s, u"20-03-2026"_s, QString(), {}},
        {u"Spoke up"_s, QString(), u"bravery"_s, {}},
        {u"Spoke up"_s, QString(), QString(), {patience.stamps.id, id('s', 9)}},
        {u"Spoke up"_s, QString(), QString(), {gone.stamps.id}},
    };
    for (const WinFields &fields : refused) {
        const Result<QString> result = addWin(journal.strengths, fields, kToday, at(20));
        REQUIRE_FALSE(result.ok());
        CHECK(result.failure().kind == FailureKind::BadInput);
    }
    CHECK(rowCount(journal.connection, u"wins"_s) == 0);
    // The date's message shows how to write it, with today's date.
    CHECK(addWin(journal.strengths, {u"Spoke up"_s, u"tomorrow"_s, QString(), {}}, kToday, at(20)).failure().message.contains(u"2026-03-20"_s));
}

TEST_CASE("Values are added, renamed and removed one at a time, none twice, and the mission is kept", "[strengths][actions][values]")
{
    StrengthJournal journal;
    requireOk(journal.strengths.save(PersonalValues{u"Show up with warmth."_s, {u"Curiosity"_s}, at(1)}));

    CHECK(require(addPersonalValue(journal.strengths, u" Kindness "_s, at(20))));
    CHECK_FALSE(require(addPersonalValue(journal.strengths, u"kindness"_s, at(21))));
    PersonalValues values = *require(journal.strengths.personalValues());
    CHECK(values.values == QStringList{u"Curiosity"_s, u"Kindness"_s});
    CHECK(values.mission == u"Show up with warmth."_s);
    CHECK(values.updatedAt == at(20));

    CHECK_FALSE(require(renamePersonalValue(journal.strengths, 0, u"KINDNESS"_s, at(22))));
    CHECK_FALSE(require(renamePersonalValue(journal.strengths, 5, u"Craft"_s, at(22))));
    CHECK(require(renamePersonalValue(journal.strengths, 0, u"Curiosity first"_s, at(22))));
    CHECK_FALSE(require(removePersonalValue(journal.strengths, -1, at(23))));
    CHECK(require(removePersonalValue(journal.strengths, 1, at(23))));
    values = *require(journal.strengths.personalValues());
    CHECK(values.values == QStringList{u"Curiosity first"_s});
    CHECK(values.updatedAt == at(23));

    CHECK(addPersonalValue(journal.strengths, u" "_s, at(24)).failure().kind == FailureKind::BadInput);
    CHECK_FALSE(addPersonalValue(journal.strengths, QString(RecordLimits::kNameLength + 1, u'x'), at(24)).ok());
    CHECK_FALSE(renamePersonalValue(journal.strengths, 0, u"  "_s, at(24)).ok());
}

TEST_CASE("No more values than the journal format holds", "[strengths][actions][values]")
{
    StrengthJournal journal;
    for (qsizetype i = 0; i < RecordLimits::kValues; ++i)
        REQUIRE(require(addPersonalValue(journal.strengths, u"Value %1"_s.arg(i), at(20))));
    const Result<bool> oneMore = addPersonalValue(journal.strengths, u"One more"_s, at(21));
    REQUIRE_FALSE(oneMore.ok());
    CHECK(oneMore.failure().kind == FailureKind::BadInput);
    CHECK(require(journal.strengths.personalValues())->values.size() == RecordLimits::kValues);
}
