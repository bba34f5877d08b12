// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitTexts.h"

#include "habits/CheckInRecording.h"

#include "habits/HabitCalendar.h"
#include "session/JournalSession.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace mosaic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HabitTexts", text);
}

} // namespace

namespace HabitTexts {

QString schedule(const HabitSchedule &schedule)
{
    switch (schedule.type) {
    case ScheduleType::Daily:
        return tr("Every day");
    case ScheduleType::Weekdays: {
        QList<int> days = schedule.days;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        if (days == QList<int>{1, 2, 3, 4, 5})
            return tr("Weekdays");
        if (days == QList<int>{6, 7})
            return tr("Weekends");
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
        return times == 1 ? tr("Once a week") : tr("%1 times a week").arg(times);
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
        return tr("Check it off");
    return target.unit.isEmpty() ? tr("Goal: %1").arg(number(target.goal)) : QStringLiteral("%1 %2").arg(number(target.goal), target.unit);
}

QString streak(int count, StreakUnit unit)
{
    if (unit == StreakUnit::Weeks)
        return count == 1 ? tr("1 week") : tr("%1 weeks").arg(count);
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
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
