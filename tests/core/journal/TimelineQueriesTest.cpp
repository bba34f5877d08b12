// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/TimelineQueries.h"
#include "JournalFixtures.h"
#include "common/EnumNames.h"

#include <catch2/catch_test_macros.hpp>

using namespace StoreFixtures;
using namespace JournalFixtures;

template <>
struct Catch::StringMaker<TimelineEntry>
{
    static std::string convert(const TimelineEntry &entry) { return QString(entry.id + QStringLiteral(" @ ") + entry.sortKey).toStdString(); }
};

namespace {

using Type = TimelineEntry::Type;

const QTimeZone kUtc = QTimeZone::utc();
const QDate kDay(2026, 11, 14);

/// The ids of a page, in its order.
QStringList idsOf(const QList<TimelineEntry> &entries)
{
    QStringList ids;
    for (const TimelineEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

QString noteId(const QString &habitId, QDate date)
{
    return habitId + u'/' + date.toString(Qt::ISODate);
}

/// Every entry that passes `filter`, read `pageSize` at a time.
QList<TimelineEntry> readAll(TimelineQueries &queries, const TimelineFilter &filter, int pageSize, const QTimeZone &zone = kUtc)
{
    QList<TimelineEntry> all;
    for (int pages = 0; pages < 100; ++pages) {
        const QList<TimelineEntry> page = require(queries.page(filter, all.isEmpty() ? nullptr : &all.constLast(), pageSize, zone));
        all.append(page);
        if (page.size() < pageSize)
            return all;
    }
    FAIL("The timeline never ended");
    return all;
}

/// A reflection filled in with what the filters look at.
Incident filed(const QString &incidentId, const QDateTime &occurredAt)
{
    Incident incident = reflection(incidentId, occurredAt);
    incident.circleId = id('c', 1);
    incident.personIds = {id('p', 1), id('p', 2)};
    incident.tags = {QStringLiteral("work"), QStringLiteral("distortion:Doom scrolling")};
    incident.distortions = {Distortion::MindReading};
    return incident;
}

/// A journal with one of each kind of entry on kDay and the day before, in a known order.
struct Timeline
{
    TestJournal journal;
    TimelineQueries queries{journal.connection};

    Timeline()
    {
        requireOk(journal.habits.save(habit(id('7', 1), QStringLiteral("Gratitude"))));
        Circle work;
        work.stamps = live(id('c', 1));
        work.name = QStringLiteral("Work");
        requireOk(journal.circles.save(work));
        // Newest first: on kDay the reflection at 18:00, then at 09:00 (instants sort after the day's date),
        // then the note, then the two wins (by id, descending); then the day before.
        requireOk(journal.incidents.save(filed(id('1', 1), utc(kDay, 9))));
        Incident other = reflection(id('1', 2), utc(kDay, 18), IncidentKind::Exclusion);
        requireOk(journal.incidents.save(other));
        requireOk(journal.strengths.save(win(id('2', 1), kDay)));
        requireOk(journal.strengths.save(win(id('2', 2), kDay, WinKind::Kindness)));
        requireOk(journal.habits.save(note(id('7', 1), kDay)));
        requireOk(journal.incidents.save(reflection(id('1', 3), utc(kDay.addDays(-1), 12))));
        requireOk(journal.strengths.save(win(id('2', 3), kDay.addDays(-1))));
    }

    static QStringList allInOrder() { return {id('1', 2), id('1', 1), noteId(id('7', 1), kDay), id('2', 2), id('2', 1), id('1', 3), id('2', 3)}; }
};

} // namespace

TEST_CASE("The journal's timeline: newest first, a day's notes before its wins, ties by id", "[journal][timeline]")
{
    Timeline timeline;
    CHECK(idsOf(require(timeline.queries.page({}, nullptr, 100, kUtc))) == Timeline::allInOrder());
}

TEST_CASE("The journal's timeline: each entry's short columns", "[journal][timeline]")
{
    TestJournal journal;
    requireOk(journal.habits.save(habit(id('7', 1), QStringLiteral("Gratitude"))));
    Incident incident = reflection(id('1', 1), utc(kDay, 23, 30), IncidentKind::Exclusion);
    incident.title = QStringLiteral("Left out");
    incident.situation = QStringLiteral("\n# They met\n> without me\n") + QString(300, u'x');
    requireOk(journal.incidents.save(incident));
    Win courage = win(id('2', 1), kDay);
    courage.text = QStringLiteral("- Spoke up\nin the meeting");
    requireOk(journal.strengths.save(courage));
    requireOk(journal.habits.save(note(id('7', 1), kDay, QStringLiteral("**Calm** morning"))));

    TimelineQueries queries(journal.connection);
    const QList<TimelineEntry> entries = require(queries.page({}, nullptr, 10, QTimeZone("Europe/Berlin")));
    REQUIRE(entries.size() == 3);
    // 23:30 UTC is half past midnight the next day in Berlin.
    CHECK(entries[0] ==
          TimelineEntry{QStringLiteral("2026-11-14T23:30:00.000Z"), Type::Incident, id('1', 1), QStringLiteral("Left out"), QStringLiteral("They met"),
                        QStringLiteral("exclusion"), kDay.addDays(1)});
    CHECK(entries[1] ==
          TimelineEntry{QStringLiteral("2026-11-14"), Type::CheckIn, noteId(id('7', 1), kDay), QStringLiteral("Gratitude"), QStringLiteral("Calm** morning"),
                        QString(), kDay});
    CHECK(entries[2] ==
          TimelineEntry{QStringLiteral("2026-11-14"), Type::Win, id('2', 1), QString(), QStringLiteral("Spoke up"), QStringLiteral("courage"), kDay});
}

TEST_CASE("The journal's timeline: an excerpt is cut from the opening of a long text", "[journal][timeline]")
{
    TestJournal journal;
    Win long_ = win(id('2', 1), kDay);
    long_.text = QString(200, u'a') + QString(200, u'b') + u'\n' + QStringLiteral("second line");
    requireOk(journal.strengths.save(long_));
    TimelineQueries queries(journal.connection);
    const QList<TimelineEntry> entries = require(queries.page({}, nullptr, 10, kUtc));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].excerpt == QString(200, u'a') + QString(40, u'b'));
}

TEST_CASE("The journal's timeline: pages follow on without gaps or repeats, ties included", "[journal][timeline]")
{
    Timeline timeline;
    for (int pageSize : {1, 2, 3, 7, 8}) {
        INFO("page size " << pageSize);
        CHECK(idsOf(readAll(timeline.queries, {}, pageSize)) == Timeline::allInOrder());
    }
    // After the last entry: nothing.
    const QList<TimelineEntry> all = require(timeline.queries.page({}, nullptr, 100, kUtc));
    CHECK(require(timeline.queries.page({}, &all.constLast(), 100, kUtc)).isEmpty());
    // A page is `limit` entries at most.
    CHECK(require(timeline.queries.page({}, nullptr, 3, kUtc)).size() == 3);
    CHECK(require(timeline.queries.page({}, &all[2], 2, kUtc)) == all.mid(3, 2));
}

TEST_CASE("The journal's timeline: tombstones, undone days and the notes of a deleted habit are left out", "[journal][timeline]")
{
    TestJournal journal;
    Incident gone = reflection(id('1', 1), utc(kDay, 9));
    gone.stamps = deleted(gone.stamps.id);
    requireOk(journal.incidents.save(gone));
    requireOk(journal.incidents.save(reflection(id('1', 2), utc(kDay, 10))));
    Win goneWin = win(id('2', 1), kDay);
    goneWin.stamps = deleted(goneWin.stamps.id);
    requireOk(journal.strengths.save(goneWin));
    Habit goneHabit = habit(id('7', 1));
    goneHabit.stamps = deleted(goneHabit.stamps.id);
    requireOk(journal.habits.save(goneHabit));
    requireOk(journal.habits.save(note(id('7', 1), kDay)));
    requireOk(journal.habits.save(habit(id('7', 2))));
    CheckIn undone = note(id('7', 2), kDay);
    undone.deletedAt = at(4);
    requireOk(journal.habits.save(undone));
    // A check-in without a note is not an entry.
    requireOk(journal.habits.save(note(id('7', 2), kDay.addDays(-1), QString())));

    TimelineQueries queries(journal.connection);
    CHECK(idsOf(require(queries.page({}, nullptr, 100, kUtc))) == QStringList{id('1', 2)});
}

TEST_CASE("The journal's timeline: the kind filter", "[journal][timeline]")
{
    Timeline timeline;
    const auto ids = [&](const QString &kind) { return idsOf(readAll(timeline.queries, TimelineFilter{.kind = kind}, 2)); };
    CHECK(ids(QStringLiteral("rejection")) == QStringList{id('1', 1), id('1', 3)});
    CHECK(ids(QStringLiteral("exclusion")) == QStringList{id('1', 2)});
    CHECK(ids(QStringLiteral("win")) == QStringList{id('2', 2), id('2', 1), id('2', 3)});
    CHECK(ids(QStringLiteral("note")) == QStringList{noteId(id('7', 1), kDay)});
    CHECK(ids(QStringLiteral("exposure")).isEmpty());
}

TEST_CASE("The journal's timeline: circle, person, tag and distortion filters keep matching reflections only", "[journal][timeline]")
{
    Timeline timeline;
    const auto ids = [&](const TimelineFilter &filter) { return idsOf(readAll(timeline.queries, filter, 2)); };
    const QStringList filedOnly{id('1', 1)};
    CHECK(ids({.circleId = id('c', 1)}) == filedOnly);
    CHECK(ids({.circleId = id('c', 2)}).isEmpty());
    CHECK(ids({.personId = id('p', 2)}) == filedOnly);
    CHECK(ids({.personId = id('p', 3)}).isEmpty());
    CHECK(ids({.tag = QStringLiteral("work")}) == filedOnly);
    CHECK(ids({.tag = QStringLiteral("wor")}).isEmpty());
    CHECK(ids({.distortion = enumName(Distortion::MindReading)}) == filedOnly);
    CHECK(ids({.distortion = enumName(Distortion::Labeling)}).isEmpty());
    CHECK(ids({.distortion = QStringLiteral("distortion:Doom scrolling")}) == filedOnly);
    // A reflection filter and a kind that is not a reflection's: nothing.
    CHECK(ids({.kind = QStringLiteral("win"), .tag = QStringLiteral("work")}).isEmpty());
    CHECK(ids({.kind = QStringLiteral("exclusion"), .tag = QStringLiteral("work")}).isEmpty());
    CHECK(ids({.kind = QStringLiteral("rejection"), .circleId = id('c', 1), .personId = id('p', 1)}) == filedOnly);
}

TEST_CASE("The journal's timeline: the day filter keeps one day in the zone read in", "[journal][timeline]")
{
    Timeline timeline;
    CHECK(idsOf(readAll(timeline.queries, {.day = kDay}, 2)) == QStringList{id('1', 2), id('1', 1), noteId(id('7', 1), kDay), id('2', 2), id('2', 1)});
    CHECK(idsOf(readAll(timeline.queries, {.day = kDay.addDays(-1)}, 2)) == QStringList{id('1', 3), id('2', 3)});
    CHECK(idsOf(readAll(timeline.queries, {.kind = QStringLiteral("win"), .day = kDay}, 2)) == QStringList{id('2', 2), id('2', 1)});
    // In Auckland (13 hours ahead) 18:00 UTC on the 14th is already the 15th; 09:00 and the day before's 12:00 UTC
    // are 22:00 on the 14th and 01:00 on the 14th.
    const QTimeZone auckland("Pacific/Auckland");
    REQUIRE(auckland.isValid());
    CHECK(idsOf(readAll(timeline.queries, {.kind = QStringLiteral("rejection"), .day = kDay}, 2, auckland)) == QStringList{id('1', 1), id('1', 3)});
    CHECK(idsOf(readAll(timeline.queries, {.day = kDay.addDays(1)}, 2, auckland)) == QStringList{id('1', 2)});
}
