// SPDX-License-Identifier: GPL-3.0-or-later
// The reads of the Strengths page: pages of wins in order, deleted wins left out, deleted parents' rule.
#include "StrengthJournal.h"

#include "strengths/WinQueries.h"

using namespace StoreFixtures;
using namespace Qt::StringLiterals;

namespace {

QStringList idsOf(const QList<Win> &wins)
{
    QStringList ids;
    for (const Win &win : wins)
        ids.append(win.stamps.id);
    return ids;
}

} // namespace

TEST_CASE("Wins come a page at a time, newest date first, then newest created, then by id", "[strengths][wins]")
{
    StrengthJournal journal;
    journal.win(1, QDate(2026, 3, 1));
    journal.win(2, QDate(2026, 3, 5), {}, 2);
    journal.win(3, QDate(2026, 3, 5), {}, 4); // the same day, written later: first
    journal.win(4, QDate(2026, 3, 3));
    journal.win(5, QDate(2026, 3, 3)); // the same day and instant: by id
    journal.win(6, QDate(2026, 3, 9));

    WinQueries queries(*journal.database);
    const QStringList order{id('w', 6), id('w', 3), id('w', 2), id('w', 4), id('w', 5), id('w', 1)};
    CHECK(idsOf(require(queries.page(QString(), 0, 10))) == order);
    CHECK(idsOf(require(queries.page(QString(), 0, 4))) == order.mid(0, 4));
    CHECK(idsOf(require(queries.page(QString(), 4, 4))) == order.mid(4));
    CHECK(require(queries.page(QString(), 6, 4)).isEmpty());
    CHECK(require(queries.count(QString())) == 6);

    // Every field comes back as saved.
    const Win full = fullWin(id('w', 7), id('s', 1), QString());
    Win withoutIncident = full;
    withoutIncident.incidentId.reset();
    requireOk(journal.strengths.save(withoutIncident));
    CHECK(require(queries.page(QString(), 0, 10)).contains(withoutIncident));
}

TEST_CASE("Deleted wins are left out of pages, counts and counts per strength", "[strengths][wins]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    journal.win(1, QDate(2026, 3, 1), {patience.stamps.id});
    journal.win(2, QDate(2026, 3, 2), {patience.stamps.id});
    journal.win(3, QDate(2026, 3, 3));
    requireOk(journal.strengths.markWinDeleted(id('w', 2), at(10)));
    requireOk(journal.strengths.markWinDeleted(id('w', 3), at(10)));

    WinQueries queries(journal.connection);
    CHECK(idsOf(require(queries.page(QString(), 0, 10))) == QStringList{id('w', 1)});
    CHECK(require(queries.count(QString())) == 1);
    CHECK(idsOf(require(queries.page(patience.stamps.id, 0, 10))) == QStringList{id('w', 1)});
    CHECK(require(queries.count(patience.stamps.id)) == 1);
    CHECK(require(queries.countsByStrength()) == QHash<QString, int>{{patience.stamps.id, 1}});
}

TEST_CASE("Only the wins of one strength, when asked", "[strengths][wins]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    const Strength courage = journal.strength(2, u"Courage"_s);
    journal.win(1, QDate(2026, 3, 1), {patience.stamps.id, courage.stamps.id});
    journal.win(2, QDate(2026, 3, 2), {courage.stamps.id});
    journal.win(3, QDate(2026, 3, 3), {patience.stamps.id});
    journal.win(4, QDate(2026, 3, 4));

    WinQueries queries(journal.connection);
    CHECK(idsOf(require(queries.page(patience.stamps.id, 0, 10))) == QStringList{id('w', 3), id('w', 1)});
    CHECK(idsOf(require(queries.page(patience.stamps.id, 1, 10))) == QStringList{id('w', 1)});
    CHECK(require(queries.count(patience.stamps.id)) == 2);
    CHECK(require(queries.count(courage.stamps.id)) == 2);
    CHECK(require(queries.count(id('s', 9))) == 0);
    CHECK(require(queries.countsByStrength()) == QHash<QString, int>{{patience.stamps.id, 2}, {courage.stamps.id, 2}});
}

TEST_CASE("A deleted strength loses its name, not its wins; a win of a deleted reflection stays", "[strengths][wins][deleted-parents]")
{
    StrengthJournal journal;
    const Strength patience = journal.strength(1, u"Patience"_s);
    Strength courage = journal.strength(2, u"Courage"_s);
    courage.archived = true;
    requireOk(journal.strengths.save(courage));
    Incident reflection = fullIncident(id('i', 1), QString(), QString());
    reflection.circleId.reset(); // no circle or people in this journal
    reflection.personIds.clear();
    reflection.feedbackFrom.clear();
    requireOk(journal.incidents.save(reflection));
    Win ofReflection = journal.win(1, QDate(2026, 3, 1), {patience.stamps.id, courage.stamps.id});
    ofReflection.incidentId = id('i', 1);
    requireOk(journal.strengths.save(ofReflection));

    WinQueries queries(journal.connection);
    CHECK(require(queries.strengthNames()) == QHash<QString, QString>{{patience.stamps.id, u"Patience"_s}, {courage.stamps.id, u"Courage"_s}});

    requireOk(journal.strengths.markStrengthDeleted(patience.stamps.id, at(10)));
    requireOk(journal.incidents.markIncidentDeleted(id('i', 1), at(10)));
    CHECK(require(queries.strengthNames()) == QHash<QString, QString>{{courage.stamps.id, u"Courage"_s}});
    const QList<Win> all = require(queries.page(QString(), 0, 10));
    REQUIRE(all.size() == 1);
    CHECK(all[0].strengthIds == QStringList{patience.stamps.id, courage.stamps.id});
    CHECK(all[0].incidentId == id('i', 1));
    CHECK(require(queries.count(QString())) == 1);
}
