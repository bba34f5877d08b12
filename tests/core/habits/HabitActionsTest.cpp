// SPDX-License-Identifier: GPL-3.0-or-later
// The habit form's save as a core action, on a journal file in a temporary folder: a new habit gets its id and
// stamps, a draft with a problem writes nothing, an edit keeps what the form does not show; and a count's number
// changes only on a day checked off.
#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "habits/CheckInRecording.h"
#include "habits/HabitActions.h"

#include <QUuid>

#include <algorithm>

using namespace StoreFixtures;

namespace {

// A journal file, as the window opens one, with the habit store on it.
struct FileJournal
{
    TempJournalDir dir;
    std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
    HabitStore habits{database->connection()};
};

HabitDraft walkDraft()
{
    HabitDraft draft;
    draft.name = QStringLiteral("  Evening walk ");
    draft.prompt = QStringLiteral(" Where did you go? ");
    draft.ritual = Ritual::Breathing;
    draft.schedule = HabitSchedule{ScheduleType::Daily, {1, 2}, 5}; // days and times belong to other schedule types
    draft.target = HabitTarget{TargetType::Count, 20, QStringLiteral(" minutes ")};
    draft.startDate = QDate(2026, 3, 1);
    draft.color = QStringLiteral("#7a9e7e");
    return draft;
}

bool hasProblem(const HabitSaving &saving, HabitField field)
{
    return std::any_of(saving.problems.cbegin(), saving.problems.cend(), [field](const HabitProblem &problem) { return problem.field == field; });
}

} // namespace

TEST_CASE("Saving a new habit gives it an id and stamps it with the time given", "[habit-actions]")
{
    FileJournal journal;
    const HabitSaving saving = require(saveHabit(journal.habits, walkDraft(), at(20)));
    REQUIRE(saving.saved());
    CHECK_FALSE(QUuid::fromString(saving.habitId).isNull());

    const Habit saved = *require(journal.habits.findHabit(saving.habitId));
    CHECK(saved.name == QStringLiteral("Evening walk"));
    CHECK(saved.prompt == QStringLiteral("Where did you go?"));
    CHECK(saved.schedule == HabitSchedule{ScheduleType::Daily, {}, 1});
    CHECK(saved.target == HabitTarget{TargetType::Count, 20, QStringLiteral("minutes")});
    CHECK(saved.stamps.createdAt == at(20));
    CHECK(saved.stamps.updatedAt == at(20));
    CHECK_FALSE(saved.archived);
}

TEST_CASE("A habit with a blank name or a bad target is refused and nothing is written", "[habit-actions]")
{
    FileJournal journal;
    HabitDraft blank = walkDraft();
    blank.name = QStringLiteral("   ");
    const HabitSaving refused = require(saveHabit(journal.habits, blank, at(20)));
    CHECK_FALSE(refused.saved());
    CHECK(refused.habitId.isEmpty());
    CHECK(hasProblem(refused, HabitField::Name));

    HabitDraft noGoal = walkDraft();
    noGoal.target.goal = 0;
    const HabitSaving badTarget = require(saveHabit(journal.habits, noGoal, at(20)));
    CHECK(hasProblem(badTarget, HabitField::Target));
    CHECK_FALSE(hasProblem(badTarget, HabitField::Name));

    CHECK(rowCount(journal.database->connection(), QStringLiteral("habits")) == 0);
}

TEST_CASE("An edit keeps createdAt and what the form does not show, and moves updatedAt", "[habit-actions]")
{
    FileJournal journal;
    requireOk(journal.habits.save(fullHabit(id('h', 1)))); // archived, created on day 10
    HabitDraft edit = walkDraft();
    edit.habitId = id('h', 1);
    edit.name = QStringLiteral("Long walk");
    const HabitSaving saving = require(saveHabit(journal.habits, edit, at(25)));
    REQUIRE(saving.saved());
    CHECK(saving.habitId == id('h', 1));

    const Habit saved = *require(journal.habits.findHabit(id('h', 1)));
    CHECK(saved.name == QStringLiteral("Long walk"));
    CHECK(saved.stamps.createdAt == fullHabit(id('h', 1)).stamps.createdAt);
    CHECK(saved.stamps.updatedAt == at(25));
    CHECK(saved.archived);
    CHECK(rowCount(journal.database->connection(), QStringLiteral("habits")) == 1);

    // An edit with a problem leaves the habit as it was.
    edit.name.clear();
    CHECK_FALSE(require(saveHabit(journal.habits, edit, at(26))).saved());
    CHECK(require(journal.habits.findHabit(id('h', 1)))->stamps.updatedAt == at(25));
}

TEST_CASE("A habit deleted meanwhile is not saved again", "[habit-actions]")
{
    FileJournal journal;
    requireOk(journal.habits.save(fullHabit(id('h', 1))));
    requireOk(journal.habits.markHabitDeleted(id('h', 1), at(21)));
    HabitDraft edit = walkDraft();
    edit.habitId = id('h', 1);
    const Result<HabitSaving> saving = saveHabit(journal.habits, edit, at(22));
    REQUIRE_FALSE(saving.ok());
    CHECK(saving.failure().kind == FailureKind::BadInput);
    const Habit still = *require(journal.habits.findHabit(id('h', 1)));
    CHECK(still.stamps.isDeleted());
    CHECK(still.stamps.updatedAt == at(21)); // as the deletion left it
    CHECK(still.name == fullHabit(id('h', 1)).name);
}

TEST_CASE("A count's number changes only on a day checked off", "[habit-actions]")
{
    FileJournal journal;
    requireOk(journal.habits.save(fullHabit(id('h', 1)))); // counts minutes
    const QDate day(2026, 3, 20);
    const Status early = changeCheckInValue(journal.habits, id('h', 1), day, 4, at(20));
    REQUIRE_FALSE(early.ok());
    CHECK(early.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(require(journal.habits.findCheckIn(id('h', 1), day)).has_value());

    requireOk(recordCheckIn(journal.habits, id('h', 1), day, CheckInStatus::Done, 2, at(20)));
    requireOk(changeCheckInValue(journal.habits, id('h', 1), day, 4, at(21)));
    const CheckIn changed = *require(journal.habits.findCheckIn(id('h', 1), day));
    CHECK(changed.value == 4);
    CHECK(changed.updatedAt == at(21));

    // Taken back, the day is no longer checked off.
    requireOk(takeBackCheckIn(journal.habits, id('h', 1), day, at(22)));
    CHECK_FALSE(changeCheckInValue(journal.habits, id('h', 1), day, 5, at(23)).ok());
}
