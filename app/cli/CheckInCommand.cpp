// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "Wording.h"

#include "common/TimeFormat.h"
#include "habits/HabitStore.h"
#include "habits/StreakCalculator.h"

namespace mosaic::cli {

namespace {

// A habit named by its id, or by its name ignoring case; several habits of one name must be told apart by id.
Result<Habit> findHabit(HabitStore &store, const QString &nameOrId)
{
    const auto habits = store.allHabits(IncludeDeleted::No);
    if (!habits)
        return habits.failure();
    QList<Habit> matches;
    for (const Habit &habit : *habits) {
        if (habit.stamps.id == nameOrId)
            return habit;
        if (habit.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(habit);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        QStringList names;
        for (const Habit &habit : *habits)
            names.append(QStringLiteral("\"%1\"").arg(habit.name));
        return Failure::badInput(names.isEmpty()
                                     ? QStringLiteral("There is no habit \"%1\": the journal has no habits yet.").arg(nameOrId)
                                     : QStringLiteral("There is no habit \"%1\". The habits are: %2.").arg(nameOrId, names.join(QStringLiteral(", "))));
    }
    QStringList ids;
    for (const Habit &habit : std::as_const(matches))
        ids.append(habit.stamps.id);
    return Failure::badInput(QStringLiteral("Several habits are called \"%1\"; name one by its id: %2.").arg(nameOrId, ids.join(QStringLiteral(", "))));
}

} // namespace

void declareCheckInOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("date"), QStringLiteral("The day to check in (default: today)."), QStringLiteral("YYYY-MM-DD")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip"), QStringLiteral("Mark the day as skipped: it neither counts nor breaks the streak.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("value"), QStringLiteral("How much was done, for habits with a count target (0 to 1000000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), QStringLiteral("A note to keep with the check-in."), QStringLiteral("TEXT")));
}

int runCheckIn(const CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.usageError(QStringLiteral("checkin needs one HABIT, by name or id, e.g. mosaic checkin \"Gratitude\"."));
    const QDate today = context.now.date();
    QDate date = today;
    if (context.parser.isSet(QStringLiteral("date"))) {
        const auto parsed = TimeFormat::parseDate(context.parser.value(QStringLiteral("date")));
        if (!parsed)
            return context.usageError(QStringLiteral("--date must be a date like 2026-11-27 (got \"%1\").").arg(context.parser.value(QStringLiteral("date"))));
        date = *parsed;
    }
    if (date > today)
        return context.usageError(QStringLiteral("%1 is in the future; check-ins are for today or earlier days.").arg(TimeFormat::formatDate(date)));
    const bool skip = context.parser.isSet(QStringLiteral("skip"));
    std::optional<double> value;
    if (context.parser.isSet(QStringLiteral("value"))) {
        if (skip)
            return context.usageError(QStringLiteral("--skip and --value do not go together: a skipped day has no value."));
        bool ok = false;
        value = context.parser.value(QStringLiteral("value")).toDouble(&ok);
        if (!ok || !std::isfinite(*value) || *value < 0 || *value > 1000000)
            return context.usageError(
                QStringLiteral("--value must be a number from 0 to 1000000 (got \"%1\").").arg(context.parser.value(QStringLiteral("value"))));
    }

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    auto transaction = WriteTransaction::begin(**journal);
    if (!transaction)
        return context.fail(transaction.failure());
    HabitStore store((*journal)->connection());
    const auto habit = findHabit(store, arguments.first());
    if (!habit)
        return context.fail(habit.failure());
    const auto existing = store.findCheckIn(habit->stamps.id, date);
    if (!existing)
        return context.fail(existing.failure());

    // Checking in again on the same day updates that day's check-in, and revives an undone one.
    CheckIn checkIn = existing->value_or(CheckIn{});
    checkIn.habitId = habit->stamps.id;
    checkIn.date = date;
    checkIn.status = skip ? CheckInStatus::Skipped : CheckInStatus::Done;
    checkIn.value = value.value_or(existing->has_value() && !skip ? checkIn.value : 1);
    if (context.parser.isSet(QStringLiteral("note")))
        checkIn.note = context.parser.value(QStringLiteral("note"));
    checkIn.updatedAt = context.now.toUTC();
    checkIn.deletedAt.reset();
    if (Status saved = store.save(checkIn); !saved)
        return context.fail(saved.failure());
    const auto checkIns = store.checkInsFor(habit->stamps.id, IncludeDeleted::No);
    if (!checkIns)
        return context.fail(checkIns.failure());
    if (Status committed = transaction->commit(); !committed)
        return context.fail(committed.failure());

    // A day filled in afterwards is shown with the streak it belongs to, as of that day.
    const StreakSummary streaks = calculateStreaks(*habit, *checkIns, date);
    const QString streakLabel = date == today ? QStringLiteral("Current streak") : QStringLiteral("Streak on %1").arg(TimeFormat::formatDate(date));
    context.out
        << QStringLiteral("%1 \"%2\" on %3.").arg(skip ? QStringLiteral("Skipped") : QStringLiteral("Checked in"), habit->name, TimeFormat::formatDate(date))
        << QStringLiteral(" %1: %2 (best %3).").arg(streakLabel, streakLength(streaks.current, streaks.unit)).arg(streaks.best) << Qt::endl;
    if (date < habit->startDate)
        context.out << QStringLiteral("Note: the habit starts on %1, so this day does not count towards it.").arg(TimeFormat::formatDate(habit->startDate))
                    << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
