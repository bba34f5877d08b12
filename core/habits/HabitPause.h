// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

/// A pause (a vacation, an illness) is written as ordinary `skipped` check-ins, so it stays within the interchange
/// format and the streak rules already treat it right: skipped days are neutral for streaks and leave strength as
/// it was. What sets a pause's check-ins apart from skips made by hand:
///  - their value is 0 (a skipped day has no value; by hand a skip keeps the default 1), and
///  - all check-ins of one pause share one `updatedAt`: the instant the pause was made, its stamp.
/// Any later change to such a check-in (a note written, checked off after all) moves its `updatedAt`, so it no
/// longer belongs to the pause, and resuming the pause leaves it alone.

/// The most days one pause may span.
inline constexpr int kMaxPauseDays = 366;

/// One pause: the first and last date it holds, its stamp, and how many check-ins it holds now.
struct HabitPauseRange
{
    QDate first;
    QDate last;
    QDateTime stamp;
    int days = 0;
    friend bool operator==(const HabitPauseRange &, const HabitPauseRange &) = default;
};

/// Whether `checkIn` was written by a pause: live, skipped, value 0.
bool isPauseCheckIn(const CheckIn &checkIn);

/// Why the range `first`–`last` cannot be paused (translated, context "HabitPause"), or nullopt when it can.
std::optional<QString> pauseRangeProblem(QDate first, QDate last);

/// The check-ins to save to pause `habit` from `first` through `last` at instant `at`: one skipped check-in of value 0
/// stamped `at` (or 1 ms after the latest undone day it revives, when the clock is behind that) on each date of the range that is a period day (on or after the
/// start date, counting for the schedule) and has no live check-in. Days already done or skipped are left as they are. A tombstoned check-in on such a date is
/// revived as skipped and keeps its note. `existing`: the habit's check-ins in the range, tombstones included, any order. Empty for an invalid range.
QList<CheckIn> pauseCheckIns(const Habit &habit, const QList<CheckIn> &existing, QDate first, QDate last, const QDateTime &at);

/// The pauses among `checkIns` (any order, any status): pause check-ins grouped by stamp, ordered by first date.
QList<HabitPauseRange> findPauses(const QList<CheckIn> &checkIns);

/// The dates whose check-ins resuming `pause` removes: the pause check-ins in its range that still carry its stamp.
/// `checkIns`: the habit's check-ins in the range; edited ones carry another stamp and are kept.
QList<QDate> resumeDates(const HabitPauseRange &pause, const QList<CheckIn> &checkIns);

} // namespace mosaic
