// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitPresets.h"
#include "habits/HabitValidation.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace mosaic;

TEST_CASE("There are seven presets, one per ritual, in the order they are offered", "[habits][presets]")
{
    const QList<HabitPreset> presets = habitPresets();
    REQUIRE(presets.size() == 7);
    const QList<Ritual> order{Ritual::StrengthsReflection, Ritual::Gratitude, Ritual::WeeklyLetter, Ritual::Breathing, Ritual::Exposure, Ritual::Boundary,
                              Ritual::Connection};
    for (int i = 0; i < presets.size(); ++i) {
        CHECK(presets[i].ritual == order[i]);
        CHECK_FALSE(presets[i].name.isEmpty());
        CHECK(presets[i].prompt.size() > 20);
    }
}

TEST_CASE("Every preset makes a habit that can be saved", "[habits][presets]")
{
    for (const HabitPreset &preset : habitPresets()) {
        const Habit habit = habitFromPreset(preset, QDate(2026, 11, 20));
        CHECK(validateHabit(habit).isEmpty());
        CHECK(habit.ritual == preset.ritual);
        CHECK(habit.startDate == QDate(2026, 11, 20));
        CHECK(habit.stamps.id.isEmpty());
    }
}

TEST_CASE("The weekly letter is once a week and breathing counts minutes", "[habits][presets]")
{
    const auto letter = presetFor(Ritual::WeeklyLetter);
    REQUIRE(letter);
    CHECK(letter->schedule.type == ScheduleType::PerWeek);
    CHECK(letter->schedule.times == 1);
    CHECK(letter->target.type == TargetType::Check);

    const auto breathing = presetFor(Ritual::Breathing);
    REQUIRE(breathing);
    CHECK(breathing->target.type == TargetType::Count);
    CHECK(breathing->target.unit == QStringLiteral("minutes"));
    CHECK(breathing->target.goal > 0);

    const auto gratitude = presetFor(Ritual::Gratitude);
    REQUIRE(gratitude);
    CHECK(gratitude->schedule.type == ScheduleType::Daily);

    CHECK_FALSE(presetFor(Ritual::Custom));
}
