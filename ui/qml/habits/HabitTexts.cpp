// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitTexts.h"

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
    auto transaction = WriteTransaction::begin(session->database());
    if (!transaction) {
        session->reportFailure(transaction.failure());
        return false;
    }
    auto existing = session->habits().findCheckIn(habitId, date);
    if (!existing) {
        session->reportFailure(existing.failure());
        return false;
    }
    CheckIn record = existing->value_or(CheckIn{});
    record.habitId = habitId;
    record.date = date;
    record.status = skip ? CheckInStatus::Skipped : CheckInStatus::Done;
    record.value = skip ? 1 : std::clamp(value, 0.0, 1000000.0);
    record.updatedAt = session->now();
    record.deletedAt.reset();
    if (Status saved = session->habits().save(record); !saved) {
        session->reportFailure(saved.failure());
        return false;
    }
    if (Status committed = transaction->commit(); !committed) {
        session->reportFailure(committed.failure());
        return false;
    }
    session->notifyChanged(JournalSession::Habits);
    return true;
}

bool undo(JournalSession *session, const QString &habitId, QDate date)
{
    if (!session || !session->isOpen() || habitId.isEmpty() || !date.isValid())
        return false;
    auto transaction = WriteTransaction::begin(session->database());
    if (!transaction) {
        session->reportFailure(transaction.failure());
        return false;
    }
    auto existing = session->habits().findCheckIn(habitId, date);
    if (!existing) {
        session->reportFailure(existing.failure());
        return false;
    }
    if (!existing->has_value() || (*existing)->isDeleted())
        return true; // already undone
    if (Status marked = session->habits().markCheckInDeleted(habitId, date, session->now()); !marked) {
        session->reportFailure(marked.failure());
        return false;
    }
    if (Status committed = transaction->commit(); !committed) {
        session->reportFailure(committed.failure());
        return false;
    }
    session->notifyChanged(JournalSession::Habits);
    return true;
}

} // namespace HabitWrites

} // namespace mosaic
