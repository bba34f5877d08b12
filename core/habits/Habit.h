// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

enum class Ritual
{
    StrengthsReflection,
    Gratitude,
    WeeklyLetter,
    Breathing,
    Exposure,
    Boundary,
    Connection,
    Custom
};

template <>
struct EnumNames<Ritual>
{
    static constexpr std::array<QStringView, 8> names{u"strengths-reflection", u"gratitude", u"weekly-letter", u"breathing", u"exposure", u"boundary",
                                                      u"connection",           u"custom"};
};

enum class ScheduleType
{
    Daily,
    Weekdays,
    PerWeek
};

template <>
struct EnumNames<ScheduleType>
{
    static constexpr std::array<QStringView, 3> names{u"daily", u"weekdays", u"per-week"};
};

/// When a habit is due: every day, on listed ISO weekdays (1 = Monday), or a number of times per ISO week.
struct HabitSchedule
{
    ScheduleType type = ScheduleType::Daily;
    QList<int> days; ///< Weekdays only: ISO weekdays 1–7, as given.
    int times = 1; ///< PerWeek only: 1–7.
    friend bool operator==(const HabitSchedule &, const HabitSchedule &) = default;
};

enum class TargetType
{
    Check,
    Count
};

template <>
struct EnumNames<TargetType>
{
    static constexpr std::array<QStringView, 2> names{u"check", u"count"};
};

/// What counts as done on a day: any done check-in, or a value of at least `goal`.
struct HabitTarget
{
    TargetType type = TargetType::Check;
    double goal = 1; ///< Count only: > 0.
    QString unit; ///< Count only, optional ("minutes").
    friend bool operator==(const HabitTarget &, const HabitTarget &) = default;
};

/// A micro-habit or daily ritual.
struct Habit
{
    RecordStamps stamps;
    QString name;
    QString prompt;
    Ritual ritual = Ritual::Custom;
    HabitSchedule schedule;
    HabitTarget target;
    QDate startDate;
    QString color; ///< "#rrggbb", or empty.
    bool archived = false;
    friend bool operator==(const Habit &, const Habit &) = default;
};

} // namespace mosaic
