// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitTexts.h"

#include "habits/CheckInRecording.h"

#include "habits/HabitCalendar.h"
#include "journal/JournalSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace mosaic {

namespace {

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct HabitText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::HabitTexts)
};

} // namespace

namespace HabitTexts {

QString schedule(const HabitSchedule &schedule)
{
    switch (schedule.type) {
    case ScheduleType::Daily:
        return HabitText::tr("Every day");
    case ScheduleType::Weekdays: {
        QList<int> days = schedule.days;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        if (days == QList<int>{1, 2, 3, 4, 5})
            return HabitText::tr("Weekdays");
        if (days == QList<int>{6, 7})
            return HabitText::tr("Weekends");
        QStringList names;
        const QLocale locale;
        for (int day : days) {
            if (day >= 1 && day <= 7)
                names.append(locale.dayName(day, QLocale::ShortFormat));
        }
        return names.join(QStringLiteral(", "));
    }
    case ScheduleType::PerWeek: {
        const int times = timesPerWeek(schedule);
        if (times == 1)
            return HabitText::tr("Once a week");
        //: How often a per-week ritual is due; %n is 2 to 7.
        return HabitText::tr("%n time(s) a week", nullptr, times);
    }
    }
    return {};
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString target(const HabitTarget &target)
{
    if (target.type == TargetType::Check)
        return HabitText::tr("Check it off");
    if (target.unit.isEmpty()) {
        //: A ritual's daily goal without a unit; %1 is the number.
        return HabitText::tr("Goal: %1").arg(number(target.goal));
    }
    //: A ritual's daily goal; %1 is the number, %2 the unit the user typed (e.g. "things", "minutes").
    return HabitText::tr("%1 %2", "goal with unit").arg(number(target.goal), target.unit);
}

QString streak(int count, StreakUnit unit)
{
    if (unit == StreakUnit::Weeks)
        //: A streak's length in weeks.
        return HabitText::tr("%n week(s)", nullptr, count);
    //: A streak's length in days.
    return HabitText::tr("%n day(s)", nullptr, count);
}

QString todayState(const Habit &habit, const std::optional<CheckIn> &today, QDate date)
{
    if (today && !today->isDeleted()) {
        if (today->status == CheckInStatus::Skipped)
            return QStringLiteral("skipped");
        return meetsTarget(habit.target, *today) ? QStringLiteral("done") : QStringLiteral("partial");
    }
    if (!habit.startDate.isValid() || date < habit.startDate || !countsOn(habit.schedule, date))
        return QStringLiteral("rest");
    return QStringLiteral("open");
}

} // namespace HabitTexts

namespace HabitWrites {

bool checkIn(JournalSession *session, const QString &habitId, QDate date, bool skip, double value)
{
    if (!session || !session->isOpen() || habitId.isEmpty() || !date.isValid())
        return false;
    return session->write(JournalSession::Habits, [&] {
        return recordCheckIn(session->habits(), habitId, date, skip ? CheckInStatus::Skipped : CheckInStatus::Done, value, session->now());
    });
}

bool undo(JournalSession *session, const QString &habitId, QDate date)
{
    if (!session || !session->isOpen() || habitId.isEmpty() || !date.isValid())
        return false;
    return session->write(JournalSession::Habits, [&] { return takeBackCheckIn(session->habits(), habitId, date, session->now()); });
}

} // namespace HabitWrites

} // namespace mosaic
