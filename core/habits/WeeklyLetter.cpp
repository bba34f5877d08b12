// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/WeeklyLetter.h"

#include "habits/HabitCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace mosaic {

namespace {

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct WeeklyLetterText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::WeeklyLetter)
};

QString dayCount(int days)
{
    return WeeklyLetterText::tr("%n day(s)", nullptr, days);
}

// A win's text on one list line: Markdown line breaks would end the item.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

QDate weekMonday(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QList<KeptRitual> keptRituals(const QList<HabitWithCheckIns> &habits, QDate date)
{
    const QDate monday = weekMonday(date);
    const QDate sunday = monday.addDays(6);
    QList<KeptRitual> kept;
    for (const HabitWithCheckIns &entry : habits) {
        const Habit &habit = entry.habit;
        if (habit.stamps.isDeleted() || habit.archived || habit.ritual == Ritual::WeeklyLetter || !habit.startDate.isValid())
            continue;
        const CheckInCalendar calendar(habit, entry.checkIns, sunday);
        int days = 0;
        for (QDate day = std::max(monday, habit.startDate); day <= sunday; day = day.addDays(1)) {
            if (calendar.isSuccess(day))
                ++days;
        }
        if (days > 0)
            kept.append({habit.name, days});
    }
    return kept;
}

QString weeklyLetterText(QDate date, const QList<Win> &wins, const QList<KeptRitual> &rituals, const QLocale &locale)
{
    const QDate monday = weekMonday(date);
    const QDate sunday = monday.addDays(6);
    QList<Win> weekWins;
    for (const Win &win : wins) {
        if (!win.stamps.isDeleted() && win.date >= monday && win.date <= sunday)
            weekWins.append(win);
    }
    std::stable_sort(weekWins.begin(), weekWins.end(), [](const Win &a, const Win &b) { return a.date < b.date; });

    QString text;
    //: QDate format of the Monday in the letter's heading (d day, MMMM month name, yyyy year); order and punctuate it for your language.
    const QString mondayFormat = WeeklyLetterText::tr("d MMMM yyyy", "date format");
    //: Heading of the weekly letter to oneself; %1 is the Monday of the week, e.g. "24 November 2026".
    text += QStringLiteral("# ") + WeeklyLetterText::tr("Dear me, the week of %1").arg(locale.toString(monday, mondayFormat)) + QStringLiteral("\n\n");
    text += QStringLiteral("## ") + WeeklyLetterText::tr("Wins this week") + QStringLiteral("\n\n");
    if (weekWins.isEmpty()) {
        text += WeeklyLetterText::tr("No wins written down this week. What went well, however small?") + QStringLiteral("\n\n");
    } else {
        for (const Win &win : weekWins)
            text += QStringLiteral("- ") + locale.toString(win.date, QStringLiteral("dddd")) + QStringLiteral(": ") + oneLine(win.text) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("## ") + WeeklyLetterText::tr("Rituals I kept") + QStringLiteral("\n\n");
    if (rituals.isEmpty()) {
        text += WeeklyLetterText::tr("A quiet week for rituals. That is allowed; next week is a fresh start.") + QStringLiteral("\n\n");
    } else {
        for (const KeptRitual &ritual : rituals)
            text += QStringLiteral("- ") + oneLine(ritual.name) + QStringLiteral(": ") + dayCount(ritual.days) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("## ") + WeeklyLetterText::tr("What I want to tell myself") + QStringLiteral("\n\n");
    return text;
}

} // namespace mosaic
