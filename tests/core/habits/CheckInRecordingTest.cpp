// SPDX-License-Identifier: GPL-3.0-or-later
// One rule for the row a check-off writes, wherever it is done: values by target, skips, notes kept, take-backs.
#include "StoreFixtures.h"

#include "habits/CheckInRecording.h"

using namespace StoreFixtures;

namespace {

const QDate kDay(2026, 3, 20);

Habit checkHabit(const QString &habitId)
{
    Habit habit = fullHabit(habitId);
    habit.archived = false;
    habit.target = HabitTarget{TargetType::Check, 1, {}};
    return habit;
}

} // namespace

TEST_CASE("Checking off records the value the target asks for", "[check-in]")
{
    TestJournal journal;
    requireOk(journal.habits.save(fullHabit(id('h', 1)))); // counts minutes
    requireOk(journal.habits.save(checkHabit(id('h', 2))));

    requireOk(recordCheckIn(journal.habits, id('h', 1), kDay, CheckInStatus::Done, 4.5, at(20)));
    requireOk(recordCheckIn(journal.habits, id('h', 2), kDay, CheckInStatus::Done, 7, at(20)));
    CHECK(require(journal.habits.findCheckIn(id('h', 1), kDay))->value == 4.5);
    CHECK(require(journal.habits.findCheckIn(id('h', 2), kDay))->value == 1);
    CHECK(require(journal.habits.findCheckIn(id('h', 2), kDay))->updatedAt == at(20));

    // A skip by hand records 1: value 0 is how a pause marks its skips.
    requireOk(recordCheckIn(journal.habits, id('h', 1), kDay.addDays(1), CheckInStatus::Skipped, 0, at(21)));
    const CheckIn skipped = *require(journal.habits.findCheckIn(id('h', 1), kDay.addDays(1)));
    CHECK(skipped.status == CheckInStatus::Skipped);
    CHECK(skipped.value == 1);
}

TEST_CASE("A bad number or a missing habit changes nothing", "[check-in]")
{
    TestJournal journal;
    requireOk(journal.habits.save(fullHabit(id('h', 1))));
    for (const double bad : {-1.0, std::nan("")}) {
        const Status status = recordCheckIn(journal.habits, id('h', 1), kDay, CheckInStatus::Done, bad, at(20));
        REQUIRE_FALSE(status.ok());
        CHECK(status.failure().kind == FailureKind::BadInput);
    }
    CHECK_FALSE(require(journal.habits.findCheckIn(id('h', 1), kDay)).has_value());

    requireOk(journal.habits.markHabitDeleted(id('h', 1), at(21)));
    CHECK_FALSE(recordCheckIn(journal.habits, id('h', 1), kDay, CheckInStatus::Done, 1, at(22)).ok());
    CHECK_FALSE(recordCheckIn(journal.habits, id('h', 9), kDay, CheckInStatus::Done, 1, at(22)).ok());
}

TEST_CASE("The day's note survives taking the check-in back and checking it again", "[check-in]")
{
    TestJournal journal;
    requireOk(journal.habits.save(checkHabit(id('h', 1))));
    requireOk(recordCheckIn(journal.habits, id('h', 1), kDay, CheckInStatus::Done, 1, at(20)));
    CheckIn withNote = *require(journal.habits.findCheckIn(id('h', 1), kDay));
    withNote.note = QStringLiteral("Felt lighter after.");
    requireOk(journal.habits.save(withNote));

    requireOk(takeBackCheckIn(journal.habits, id('h', 1), kDay, at(21)));
    const CheckIn takenBack = *require(journal.habits.findCheckIn(id('h', 1), kDay));
    CHECK(takenBack.isDeleted());
    CHECK(takenBack.note == withNote.note);
    // Taking back what is not there is nothing to do.
    requireOk(takeBackCheckIn(journal.habits, id('h', 1), kDay, at(22)));
    requireOk(takeBackCheckIn(journal.habits, id('h', 1), kDay.addDays(3), at(22)));

    requireOk(recordCheckIn(journal.habits, id('h', 1), kDay, CheckInStatus::Done, 1, at(23)));
    const CheckIn again = *require(journal.habits.findCheckIn(id('h', 1), kDay));
    CHECK_FALSE(again.isDeleted());
    CHECK(again.note == withNote.note);
}

TEST_CASE("Without a number, a check-off records the one default value", "[check-in]")
{
    // The rule a reminder's Done and `mosaic checkin` without --value share.
    const Habit counted = fullHabit(id('h', 1)); // goal 2.5
    const Habit checked = checkHabit(id('h', 2));
    CHECK(defaultCheckInValue(checked, std::nullopt) == 1);
    CHECK(defaultCheckInValue(counted, std::nullopt) == 2.5);

    CheckIn day{id('h', 1), kDay, CheckInStatus::Done, 1.5, {}, at(20), std::nullopt};
    CHECK(defaultCheckInValue(counted, day) == 1.5); // a done day keeps what was counted
    CHECK(defaultCheckInValue(checked, day) == 1);
    day.status = CheckInStatus::Skipped;
    CHECK(defaultCheckInValue(counted, day) == 2.5);
    day.status = CheckInStatus::Done;
    day.deletedAt = at(21);
    CHECK(defaultCheckInValue(counted, day) == 2.5); // taken back: nothing counted any more
}
