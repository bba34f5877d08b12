// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitStrength.h"

#include "habits/HabitCalendar.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace mosaic {

namespace {

/// How often the habit is due: `num` times in every `den` days.
struct Frequency
{
    int num = 1;
    int den = 1;
};

Frequency frequencyOf(const HabitSchedule &schedule)
{
    // Non-daily frequencies are doubled (a two-week window) so that an irregular week does not swing the score.
    switch (schedule.type) {
    case ScheduleType::Daily:
        return {1, 1};
    case ScheduleType::Weekdays: {
        QSet<int> weekdays;
        for (int day : schedule.days) {
            if (day >= 1 && day <= 7)
                weekdays.insert(day);
        }
        return {2 * static_cast<int>(weekdays.size()), 14};
    }
    case ScheduleType::PerWeek:
        return {2 * timesPerWeek(schedule), 14};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

int calculateHabitStrength(const Habit &habit, const QList<CheckIn> &checkIns, QDate today)
{
    const QDate start = habit.startDate;
    if (!start.isValid() || !today.isValid() || today < start)
        return 0;
    const Frequency frequency = frequencyOf(habit.schedule);
    if (frequency.num == 0) // A weekdays habit without days is never due.
        return 0;

    const CheckInCalendar calendar(habit, checkIns, today);
    const QDate last = calendar.isSuccess(today) ? today : today.addDays(-1);
    const auto dayCount = static_cast<std::size_t>(std::max<qint64>(0, start.daysTo(last) + 1));

    // Each day's contribution to the windows it falls in; dates before the start contribute nothing.
    std::vector<double> credits(dayCount, 0.0);
    std::vector<bool> skipped(dayCount, false);
    for (std::size_t i = 0; i < dayCount; ++i) {
        const CheckIn *checkIn = calendar.at(start.addDays(static_cast<qint64>(i)));
        if (!checkIn)
            continue;
        skipped[i] = checkIn->status == CheckInStatus::Skipped;
        credits[i] = skipped[i] ? 1.0 : creditOf(habit.target, *checkIn);
    }

    const double multiplier = std::pow(0.5, std::sqrt(static_cast<double>(frequency.num) / frequency.den) / 13.0);
    const auto window = static_cast<std::size_t>(frequency.den);
    double score = 0;
    for (std::size_t i = 0; i < dayCount; ++i) {
        if (skipped[i]) // A skipped day leaves the score as it was.
            continue;
        // Summed afresh per day (at most 14 terms) rather than as a running total, so no rounding error builds up.
        double sum = 0;
        for (std::size_t j = i + 1 > window ? i + 1 - window : 0; j <= i; ++j)
            sum += credits[j];
        const double value = std::min(1.0, sum / frequency.num);
        score = score * multiplier + value * (1 - multiplier);
    }
    // Halves round up; the small tolerance keeps a score that is exactly a half on paper from rounding down
    // because of floating-point error.
    const double percent = std::floor(100 * score + 0.5 + 1e-9);
    return std::clamp(static_cast<int>(percent), 0, 100);
}

} // namespace mosaic
