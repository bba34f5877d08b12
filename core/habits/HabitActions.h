// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "habits/Habit.h"
#include "habits/HabitValidation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mosaic {

class HabitStore;

/// What the habit form fills in: the fields a person edits. Texts as typed (the action trims them).
struct HabitDraft
{
    QString habitId; ///< The habit being edited; empty for a new one.
    QString name;
    QString prompt;
    Ritual ritual = Ritual::Custom;
    HabitSchedule schedule; ///< Only the fields of its type count (days for weekdays, times for per-week).
    HabitTarget target; ///< Goal and unit only count for a count target.
    QDate startDate;
    QString color;
};

/// What saving a draft came to: the saved habit's id, or the problems that kept it from being saved.
struct HabitSaving
{
    QString habitId; ///< Empty when nothing was saved.
    QList<HabitProblem> problems; ///< validateHabit's, in form order.
    bool saved() const { return problems.isEmpty(); }
};

/// Creates (draft.habitId empty: a new id, createdAt = `now`) or updates a habit from the form, inside the caller's
/// write transaction. The draft is checked with validateHabit; with a problem nothing is written and the problems
/// come back. An edit keeps what the form does not show (archived, createdAt) and moves updatedAt to `now`; a habit
/// deleted meanwhile is Failure::badInput.
Result<HabitSaving> saveHabit(HabitStore &store, const HabitDraft &draft, const QDateTime &now);

/// Changes the number of a count ritual's done check-in on `date` (see recordCheckIn for the rules of the value);
/// refused (Failure::badInput) when the day is not checked off, since the number belongs to a done day.
Status changeCheckInValue(HabitStore &store, const QString &habitId, QDate date, double value, const QDateTime &now);

} // namespace mosaic
