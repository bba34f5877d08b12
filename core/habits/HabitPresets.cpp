// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitPresets.h"

#include <QCoreApplication>

namespace mosaic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HabitPresets", text);
}

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
        {Ritual::StrengthsReflection, tr("Morning strengths"), tr("Name one strength you will lean on today, and where it might help."), daily(), check()},
        {Ritual::Gratitude, tr("Three good things"), tr("Write down three things that went well today, however small."), daily(), count(3, tr("things"))},
        {Ritual::WeeklyLetter, tr("Weekly letter to myself"),
         tr("Write yourself a short, kind letter about this week: what you tried, what went well, and what you would tell a "
            "friend who lived it."),
         perWeek(1), check()},
        {Ritual::Breathing, tr("Slow breathing"), tr("Breathe in for four, out for six. Let your shoulders drop a little with each breath."), daily(),
         count(5, tr("minutes"))},
        {Ritual::Exposure, tr("Small brave step"), tr("Try one small social step that feels a little uncomfortable, then notice what actually happened."),
         perWeek(2), check()},
        {Ritual::Boundary, tr("Boundary practice"), tr("Say one kind, clear no, or ask plainly for something you need."), perWeek(2), check()},
        {Ritual::Connection, tr("Reach out to someone"), tr("Send a message, make a call, or say hello to someone you would like to know better."), perWeek(3),
         check()},
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
