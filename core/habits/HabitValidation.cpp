// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mosaic {

namespace {

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct HabitValidationText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::HabitValidation)
};

} // namespace

QList<HabitProblem> validateHabit(const Habit &habit)
{
    QList<HabitProblem> problems;
    const QString name = habit.name.trimmed();
    if (name.isEmpty())
        problems.append({HabitField::Name, HabitValidationText::tr("Give the habit a name, so you can find it again.")});
    else if (name.size() > kMaxHabitNameLength)
        problems.append({HabitField::Name, HabitValidationText::tr("A shorter name works better here: at most %1 characters.").arg(kMaxHabitNameLength)});

    switch (habit.schedule.type) {
    case ScheduleType::Daily:
        break;
    case ScheduleType::Weekdays: {
        bool anyValid = false;
        bool anyInvalid = false;
        for (int day : habit.schedule.days) {
            if (day >= 1 && day <= 7)
                anyValid = true;
            else
                anyInvalid = true;
        }
        if (!anyValid || anyInvalid)
            problems.append({HabitField::Schedule, HabitValidationText::tr("Choose at least one day of the week.")});
        break;
    }
    case ScheduleType::PerWeek:
        if (habit.schedule.times < 1 || habit.schedule.times > 7)
            problems.append({HabitField::Schedule, HabitValidationText::tr("Choose between 1 and 7 times a week.")});
        break;
    }

    if (habit.target.type == TargetType::Count && !(habit.target.goal > 0 && habit.target.goal <= RecordLimits::kAmount))
        problems.append({HabitField::Target, HabitValidationText::tr("Set a goal above 0, such as 3 or 10.")});
    else if (habit.target.type == TargetType::Count && habit.target.unit.size() > RecordLimits::kUnitLength)
        problems.append(
            {HabitField::Target, HabitValidationText::tr("A shorter unit works better here: at most %1 characters.").arg(RecordLimits::kUnitLength)});

    if (!habit.startDate.isValid())
        problems.append({HabitField::StartDate, HabitValidationText::tr("Write the start date as YYYY-MM-DD, for example 2026-11-20.")});

    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!habit.color.isEmpty() && !colour.match(habit.color).hasMatch())
        problems.append({HabitField::Color, HabitValidationText::tr("Pick one of the colours, or leave it empty.")});
    return problems;
}

} // namespace mosaic
