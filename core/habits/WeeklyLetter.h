// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "strengths/Strength.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace mosaic {

/// A habit with its check-ins (at least those of the week; any order, tombstones allowed).
struct HabitWithCheckIns
{
    Habit habit;
    QList<CheckIn> checkIns;
};

/// A ritual kept during a week: the habit's name and on how many days it was done (meeting its target).
struct KeptRitual
{
    QString name;
    int days = 0;
    friend bool operator==(const KeptRitual &, const KeptRitual &) = default;
};

/// The ISO week (Monday–Sunday) holding `date`: its Monday.
QDate weekMonday(QDate date);

/// The rituals kept in the week holding `date`, in the order given: live, non-archived habits other than the
/// weekly letter itself with at least one day in that week, on or after their start, counting for their
/// schedule, whose check-in meets the target.
QList<KeptRitual> keptRituals(const QList<HabitWithCheckIns> &habits, QDate date);

/// The text a weekly letter starts from, as Markdown: a heading naming the week holding `date`, the week's wins
/// (the live ones dated in that week, by date), the rituals kept, and an opening line to write on from. Wins and
/// rituals that are missing get a gentle line instead of an empty list. Translated (context "WeeklyLetter");
/// dates are written in `locale`.
QString weeklyLetterText(QDate date, const QList<Win> &wins, const QList<KeptRitual> &rituals, const QLocale &locale);

} // namespace mosaic
