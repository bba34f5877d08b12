// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitValidation.h"

#include "HabitFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace mosaic::test;

namespace {

QList<HabitField> fields(const QList<HabitProblem> &problems)
{
    QList<HabitField> result;
    for (const HabitProblem &problem : problems) {
        CHECK_FALSE(problem.message.isEmpty());
        result.append(problem.field);
    }
    return result;
}

} // namespace

TEST_CASE("A complete habit has no problems", "[habits][validation]")
{
    CHECK(validateHabit(dailyHabit(QDate(2026, 1, 1))).isEmpty());
    CHECK(validateHabit(weekdaysHabit(QDate(2026, 1, 1), {1, 3, 5})).isEmpty());
    CHECK(validateHabit(perWeekHabit(QDate(2026, 1, 1), 7)).isEmpty());
    CHECK(validateHabit(withCountTarget(dailyHabit(QDate(2026, 1, 1)), 0.5)).isEmpty());
}

TEST_CASE("A name is needed, and not too long", "[habits][validation]")
{
    Habit habit = dailyHabit(QDate(2026, 1, 1));
    habit.name = QStringLiteral("   ");
    CHECK(fields(validateHabit(habit)) == QList<HabitField>{HabitField::Name});
    habit.name = QString(kMaxHabitNameLength + 1, QLatin1Char('a'));
    CHECK(fields(validateHabit(habit)) == QList<HabitField>{HabitField::Name});
    habit.name = QString(kMaxHabitNameLength, QLatin1Char('a'));
    CHECK(validateHabit(habit).isEmpty());
}

TEST_CASE("A habit as long as a journal may hold it can be saved, and no longer", "[habits][validation][limits]")
{
    // One table of limits: an imported habit with a 200-character name (the schema's limit) stays editable.
    Habit habit = withCountTarget(dailyHabit(QDate(2026, 1, 1)), 3);
    habit.name = QString(RecordLimits::kNameLength, QLatin1Char('a'));
    habit.target.unit = QString(RecordLimits::kUnitLength, QLatin1Char('u'));
    habit.target.goal = RecordLimits::kAmount;
    CHECK(validateHabit(habit).isEmpty());
    habit.target.unit += u'u';
    CHECK(fields(validateHabit(habit)) == QList<HabitField>{HabitField::Target});
}

TEST_CASE("Schedules need days or times within range", "[habits][validation]")
{
    CHECK(fields(validateHabit(weekdaysHabit(QDate(2026, 1, 1), {}))) == QList<HabitField>{HabitField::Schedule});
    CHECK(fields(validateHabit(weekdaysHabit(QDate(2026, 1, 1), {1, 8}))) == QList<HabitField>{HabitField::Schedule});
    CHECK(fields(validateHabit(perWeekHabit(QDate(2026, 1, 1), 0))) == QList<HabitField>{HabitField::Schedule});
    CHECK(fields(validateHabit(perWeekHabit(QDate(2026, 1, 1), 8))) == QList<HabitField>{HabitField::Schedule});
}

TEST_CASE("Count goals, start dates and colours are checked, each once", "[habits][validation]")
{
    Habit habit = withCountTarget(dailyHabit(QDate()), 0);
    habit.name.clear();
    habit.color = QStringLiteral("teal");
    CHECK(fields(validateHabit(habit)) == QList<HabitField>{HabitField::Name, HabitField::Target, HabitField::StartDate, HabitField::Color});
    habit = dailyHabit(QDate(2026, 1, 1));
    habit.color = QStringLiteral("#3E7f7a");
    CHECK(validateHabit(habit).isEmpty());
    habit.target.goal = 0; // a check target ignores its goal
    CHECK(validateHabit(habit).isEmpty());
}
