// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordLimits.h"
#include "habits/Habit.h"

#include <QList>
#include <QString>

namespace mosaic {

/// Which field of the habit form a problem is about.
enum class HabitField
{
    Name,
    Schedule,
    Target,
    StartDate,
    Color
};

struct HabitProblem
{
    HabitField field = HabitField::Name;
    QString message; ///< Written for the person filling in the form; translated (context "HabitValidation").
    friend bool operator==(const HabitProblem &, const HabitProblem &) = default;
};

/// Longest habit name the form accepts: any name a journal may hold (RecordLimits), so an imported one stays editable.
inline constexpr int kMaxHabitNameLength = int(RecordLimits::kNameLength);

/// What keeps `habit` from being saved, at most one problem per field, in form order; empty when it may be saved.
/// Rules follow the interchange format: a name; weekdays schedules list at least one ISO weekday 1–7;
/// per-week times 1–7; count goals above 0 (at most 1,000,000); a valid start date; a colour "#rrggbb" or none.
QList<HabitProblem> validateHabit(const Habit &habit);

} // namespace mosaic
