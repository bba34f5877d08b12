// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitPresets.h"

#include <QCoreApplication>

namespace mosaic {

namespace {

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct HabitPresetText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::HabitPresets)
};

HabitSchedule daily()
{
    return {};
}

HabitSchedule perWeek(int times)
{
    HabitSchedule schedule;
    schedule.type = ScheduleType::PerWeek;
    schedule.times = times;
    return schedule;
}

HabitTarget check()
{
    return {};
}

HabitTarget count(double goal, const QString &unit)
{
    HabitTarget target;
    target.type = TargetType::Count;
    target.goal = goal;
    target.unit = unit;
    return target;
}

} // namespace

QList<HabitPreset> habitPresets()
{
    return {
        {Ritual::StrengthsReflection, HabitPresetText::tr("Morning strengths"),
         HabitPresetText::tr("Name one strength you will lean on today, and where it might help."), daily(), check()},
        {Ritual::Gratitude, HabitPresetText::tr("Three good things"), HabitPresetText::tr("Write down three things that went well today, however small."),
         daily(), count(3, HabitPresetText::tr("things"))},
        {Ritual::WeeklyLetter, HabitPresetText::tr("Weekly letter to myself"),
         HabitPresetText::tr("Write yourself a short, kind letter about this week: what you tried, what went well, and what you would tell a "
                             "friend who lived it."),
         perWeek(1), check()},
        {Ritual::Breathing, HabitPresetText::tr("Slow breathing"),
         HabitPresetText::tr("Breathe in for four, out for six. Let your shoulders drop a little with each breath."), daily(),
         count(5, HabitPresetText::tr("minutes"))},
        {Ritual::Exposure, HabitPresetText::tr("Small brave step"),
         HabitPresetText::tr("Try one small social step that feels a little uncomfortable, then notice what actually happened."), perWeek(2), check()},
        {Ritual::Boundary, HabitPresetText::tr("Boundary practice"), HabitPresetText::tr("Say one kind, clear no, or ask plainly for something you need."),
         perWeek(2), check()},
        {Ritual::Connection, HabitPresetText::tr("Reach out to someone"),
         HabitPresetText::tr("Send a message, make a call, or say hello to someone you would like to know better."), perWeek(3), check()},
    };
}

std::optional<HabitPreset> presetFor(Ritual ritual)
{
    for (const HabitPreset &preset : habitPresets()) {
        if (preset.ritual == ritual)
            return preset;
    }
    return std::nullopt;
}

Habit habitFromPreset(const HabitPreset &preset, QDate startDate)
{
    Habit habit;
    habit.name = preset.name;
    habit.prompt = preset.prompt;
    habit.ritual = preset.ritual;
    habit.schedule = preset.schedule;
    habit.target = preset.target;
    habit.startDate = startDate;
    return habit;
}

} // namespace mosaic
