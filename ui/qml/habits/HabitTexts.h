// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "habits/StreakCalculator.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mosaic {

class JournalSession;

/// Words and small writes shared by the Habits page's view-models (not a QML type).
namespace HabitTexts {

/// "Every day", "Mon, Wed, Fri", "3 times a week".
QString schedule(const HabitSchedule &schedule);
/// "Check it off", "3 things", "10 minutes".
QString target(const HabitTarget &target);
/// "12 days", "1 week".
QString streak(int count, StreakUnit unit);
/// A count as written in the form: "3", "2.5".
QString number(double value);
/// How today stands for a habit, for QML: "done", "partial", "skipped", "open" (due, not yet) or "rest" (not due).
QString todayState(const Habit &habit, const std::optional<CheckIn> &today, QDate date);

} // namespace HabitTexts

/// The check-in writes of the page, each one transaction followed by notifyChanged(Habits). They report a failure to
/// the session and return false.
namespace HabitWrites {

/// Saves a done (`skip` false) or skipped check-in on `date`, keeping the day's note (also of an undone check-in).
bool checkIn(JournalSession *session, const QString &habitId, QDate date, bool skip, double value);
/// Tombstones the live check-in on `date` (an undone day); its note stays in the row.
bool undo(JournalSession *session, const QString &habitId, QDate date);

} // namespace HabitWrites

} // namespace mosaic
