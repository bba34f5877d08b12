// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitPause.h"

#include "habits/HabitCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace mosaic {

bool isPauseCheckIn(const CheckIn &checkIn)
{
    return !checkIn.isDeleted() && checkIn.status == CheckInStatus::Skipped && checkIn.value == 0;
}

std::optional<QString> pauseRangeProblem(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return QCoreApplication::translate("mosaic::HabitPause", "Write both dates as YYYY-MM-DD, for example 2026-12-24.");
    if (last < first)
        return QCoreApplication::translate("mosaic::HabitPause", "The pause ends before it starts. Swap the two dates?");
    if (first.daysTo(last) + 1 > kMaxPauseDays)
        return QCoreApplication::translate("mosaic::HabitPause", "A pause can last up to a year. Archiving the habit may suit a longer break.");
    return std::nullopt;
}

QList<CheckIn> pauseCheckIns(const Habit &habit, const QList<CheckIn> &existing, QDate first, QDate last, const QDateTime &at)
{
    if (pauseRangeProblem(first, last) || !habit.startDate.isValid())
        return {};
    QHash<QDate, const CheckIn *> byDate;
    for (const CheckIn &checkIn : existing) {
        const CheckIn *&slot = byDate[checkIn.date];
        // A live check-in wins over a tombstone on the same date (the journal keeps one row per date anyway).
        if (!slot || (slot->isDeleted() && !checkIn.isDeleted()))
            slot = &checkIn;
    }
    QList<CheckIn> result;
    for (QDate date = std::max(first, habit.startDate); date <= last; date = date.addDays(1)) {
        if (!countsOn(habit.schedule, date))
            continue;
        const CheckIn *found = byDate.value(date);
        if (found && !found->isDeleted())
            continue;
        CheckIn checkIn;
        if (found)
            checkIn = *found; // keeps the note of an undone day
        checkIn.habitId = habit.stamps.id;
        checkIn.date = date;
        checkIn.status = CheckInStatus::Skipped;
        checkIn.value = 0;
        checkIn.deletedAt.reset();
        result.append(checkIn);
    }
    // One stamp for the whole pause, later than every row it revives: were the clock behind an undone day's stamp,
    // the store would move that one row's stamp forward (time only moves forward for a record) and split the pause.
    QDateTime stamp = at;
    for (const CheckIn &checkIn : std::as_const(result)) {
        if (checkIn.updatedAt.isValid() && checkIn.updatedAt >= stamp)
            stamp = checkIn.updatedAt.addMSecs(1);
    }
    for (CheckIn &checkIn : result)
        checkIn.updatedAt = stamp;
    return result;
}

QList<HabitPauseRange> findPauses(const QList<CheckIn> &checkIns)
{
    QMap<QDateTime, HabitPauseRange> byStamp;
    for (const CheckIn &checkIn : checkIns) {
        if (!isPauseCheckIn(checkIn) || !checkIn.date.isValid())
            continue;
        auto it = byStamp.find(checkIn.updatedAt);
        if (it == byStamp.end()) {
            byStamp.insert(checkIn.updatedAt, {checkIn.date, checkIn.date, checkIn.updatedAt, 1});
            continue;
        }
        it->first = std::min(it->first, checkIn.date);
        it->last = std::max(it->last, checkIn.date);
        ++it->days;
    }
    QList<HabitPauseRange> pauses = byStamp.values();
    std::sort(pauses.begin(), pauses.end(),
              [](const HabitPauseRange &a, const HabitPauseRange &b) { return a.first != b.first ? a.first < b.first : a.stamp < b.stamp; });
    return pauses;
}

QList<QDate> resumeDates(const HabitPauseRange &pause, const QList<CheckIn> &checkIns)
{
    QList<QDate> dates;
    for (const CheckIn &checkIn : checkIns) {
        if (isPauseCheckIn(checkIn) && checkIn.updatedAt == pause.stamp && checkIn.date >= pause.first && checkIn.date <= pause.last)
            dates.append(checkIn.date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace mosaic
