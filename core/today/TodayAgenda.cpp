// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayAgenda.h"

#include "habits/HabitCalendar.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace mosaic::Today {

DayPart dayPartAt(QTime localTime)
{
    const int hour = localTime.hour();
    if (hour >= 5 && hour < 12)
        return DayPart::Morning;
    if (hour >= 12 && hour < 17)
        return DayPart::Afternoon;
    if (hour >= 17 && hour < 22)
        return DayPart::Evening;
    return DayPart::Night;
}

QDate weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

std::optional<DueRitual> dueToday(const Habit &habit, const QList<CheckIn> &checkIns, QDate today)
{
    if (habit.archived || habit.stamps.isDeleted() || !habit.startDate.isValid() || !today.isValid() || today < habit.startDate)
        return std::nullopt;
    if (!countsOn(habit.schedule, today))
        return std::nullopt;

    QList<CheckIn> mine;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.habitId == habit.stamps.id)
            mine.append(checkIn);
    }
    // The calendar keeps only live check-ins on dates that count, from the start date through today.
    const CheckInCalendar calendar(habit, mine, today);

    DueRitual ritual;
    ritual.habit = habit;
    if (const CheckIn *standing = calendar.at(today)) {
        ritual.today = *standing;
        ritual.doneToday = standing->status == CheckInStatus::Done;
        ritual.skippedToday = standing->status == CheckInStatus::Skipped;
        ritual.targetMet = calendar.isSuccess(today);
    }
    if (habit.schedule.type != ScheduleType::PerWeek)
        return ritual;

    ritual.timesPerWeek = timesPerWeek(habit.schedule);
    for (QDate date = std::max(weekStart(today), habit.startDate); date <= today; date = date.addDays(1)) {
        if (calendar.isSuccess(date))
            ++ritual.doneThisWeek;
    }
    if (ritual.doneToday || ritual.doneThisWeek < ritual.timesPerWeek)
        return ritual;
    return std::nullopt;
}

QList<DueRitual> dueRituals(const QList<Habit> &habits, const QList<CheckIn> &checkIns, QDate today)
{
    QList<DueRitual> rituals;
    for (const Habit &habit : habits) {
        if (std::optional<DueRitual> ritual = dueToday(habit, checkIns, today))
            rituals.append(std::move(*ritual));
    }
    return rituals;
}

QList<OpenStep> openNextSteps(const QList<Incident> &incidents, QDate today)
{
    QList<OpenStep> steps;
    for (const Incident &incident : incidents) {
        if (incident.stamps.isDeleted() || !incident.nextStep || incident.nextStep->done || incident.nextStep->text.trimmed().isEmpty())
            continue;
        OpenStep step;
        step.incidentId = incident.stamps.id;
        step.incidentTitle = incident.title;
        step.occurredAt = incident.occurredAt;
        step.step = *incident.nextStep;
        if (step.step.due && step.step.due->isValid())
            step.daysUntilDue = today.daysTo(*step.step.due);
        steps.append(std::move(step));
    }
    // Group 0: overdue, nearest first. Group 1: due today or later, soonest first. Group 2: no due date, newest first.
    const auto key = [](const OpenStep &step) {
        if (!step.daysUntilDue)
            return std::tuple(2, qint64(0), -step.occurredAt.toMSecsSinceEpoch());
        if (*step.daysUntilDue < 0)
            return std::tuple(0, -*step.daysUntilDue, -step.occurredAt.toMSecsSinceEpoch());
        return std::tuple(1, *step.daysUntilDue, -step.occurredAt.toMSecsSinceEpoch());
    };
    std::stable_sort(steps.begin(), steps.end(), [&](const OpenStep &a, const OpenStep &b) {
        return std::tuple_cat(key(a), std::tuple(a.incidentId)) < std::tuple_cat(key(b), std::tuple(b.incidentId));
    });
    return steps;
}

bool needsFollowUp(const Incident &incident, const QDateTime &now)
{
    if (incident.stamps.isDeleted() || incident.kind != IncidentKind::Exposure || !incident.occurredAt.isValid() || incident.occurredAt > now)
        return false;
    if (!incident.exposure)
        return true;
    return incident.exposure->outcome.trimmed().isEmpty() && !incident.exposure->actualAnxiety;
}

QList<Incident> exposureFollowUps(const QList<Incident> &incidents, const QDateTime &now)
{
    QList<Incident> open;
    for (const Incident &incident : incidents) {
        if (needsFollowUp(incident, now))
            open.append(incident);
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const Incident &a, const Incident &b) { return std::tuple(b.occurredAt, b.stamps.id) < std::tuple(a.occurredAt, a.stamps.id); });
    return open;
}

QStringList draftsToOffer(const QStringList &draftIncidentIds, const QList<Incident> &followUps)
{
    QStringList offered;
    for (const QString &id : draftIncidentIds) {
        const bool followedUp = std::any_of(followUps.begin(), followUps.end(), [&](const Incident &incident) { return incident.stamps.id == id; });
        if (!followedUp && !offered.contains(id))
            offered.append(id);
    }
    return offered;
}

bool isOnThisDay(QDate date, QDate today)
{
    if (!date.isValid() || !today.isValid() || date.year() >= today.year())
        return false;
    if (date.month() == today.month() && date.day() == today.day())
        return true;
    // A common year's 28 February stands in for the 29th it does not have.
    return today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()) && date.month() == 2 && date.day() == 29;
}

QStringList onThisDayMonthDays(QDate today)
{
    if (!today.isValid())
        return {};
    QStringList monthDays{today.toString(QStringLiteral("MM-dd"))};
    if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()))
        monthDays.append(QStringLiteral("02-29"));
    return monthDays;
}

QList<Memory> onThisDay(const QList<Memory> &candidates, QDate today)
{
    QList<Memory> memories;
    for (const Memory &candidate : candidates) {
        if (!isOnThisDay(candidate.date, today))
            continue;
        Memory memory = candidate;
        memory.yearsAgo = today.year() - candidate.date.year();
        memories.append(std::move(memory));
    }
    std::stable_sort(memories.begin(), memories.end(),
                     [](const Memory &a, const Memory &b) { return std::tuple(a.yearsAgo, int(a.kind), a.id) < std::tuple(b.yearsAgo, int(b.kind), b.id); });
    return memories;
}

std::optional<WorthNote> worthNoteFor(const QString &mission, const QList<Strength> &strengths, QDate today)
{
    QList<WorthNote> notes;
    if (!mission.trimmed().isEmpty())
        notes.append(WorthNote{WorthNote::Kind::Mission, QString(), QString(), mission.trimmed()});
    for (const Strength &strength : strengths) {
        if (strength.archived || strength.stamps.isDeleted() || strength.name.trimmed().isEmpty())
            continue;
        notes.append(WorthNote{WorthNote::Kind::Strength, strength.stamps.id, strength.name.trimmed(), strength.description.trimmed()});
    }
    if (notes.isEmpty() || !today.isValid())
        return std::nullopt;
    // The Julian day moves by one each day, so the note moves on by one each day and comes round again.
    const qint64 index = today.toJulianDay() % notes.size();
    return notes.at(index < 0 ? index + notes.size() : index);
}

QString firstWords(const QString &text, int maxWords)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    if (maxWords <= 0 || words.isEmpty())
        return {};
    if (words.size() <= maxWords)
        return words.join(QLatin1Char(' '));
    return words.mid(0, maxWords).join(QLatin1Char(' ')) + QStringLiteral("…");
}

} // namespace mosaic::Today
