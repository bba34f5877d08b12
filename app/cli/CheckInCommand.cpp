// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomaticBackup.h"
#include "Commands.h"
#include "Wording.h"

#include "common/RecordLimits.h"
#include "common/TimeFormat.h"
#include "habits/CheckInRecording.h"
#include "habits/HabitStore.h"
#include "habits/StreakCalculator.h"

#include <QCoreApplication>

namespace mosaic::cli {

namespace {

// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::CheckInCommand)
};

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
        return Failure::badInput(names.isEmpty() ? Text::tr("There is no habit \"%1\": the journal has no habits yet.").arg(nameOrId)
                                                 : Text::tr("There is no habit \"%1\". The habits are: %2.").arg(nameOrId, names.join(QStringLiteral(", "))));
    }
    QStringList ids;
    for (const Habit &habit : std::as_const(matches))
        ids.append(habit.stamps.id);
    return Failure::badInput(Text::tr("Several habits are called \"%1\"; name one by its id: %2.").arg(nameOrId, ids.join(QStringLiteral(", "))));
}

} // namespace

QList<QCommandLineOption> checkInOptions()
{
    return {
        QCommandLineOption(QStringLiteral("date"), Text::tr("The day to check in (default: today)."), QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("skip"), Text::tr("Mark the day as skipped: it neither counts nor breaks the streak.")),
        QCommandLineOption(
            QStringLiteral("value"),
            Text::tr("How much was done, for habits with a count target (0 to 1000000; without it, the goal, or the number the day already has)."),
            QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("note"), Text::tr("A note to keep with the check-in."), QStringLiteral("TEXT")),
    };
}

int runCheckIn(const CommandContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments.size() != 1)
        return context.usageError(Text::tr("checkin needs one HABIT, by name or id, e.g. mosaic checkin \"Gratitude\"."));
    const QDate today = context.now.date();
    QDate date = today;
    if (context.parser.isSet(QStringLiteral("date"))) {
        const auto parsed = TimeFormat::parseDate(context.parser.value(QStringLiteral("date")));
        if (!parsed)
            return context.usageError(Text::tr("--date must be a date like 2026-11-27 (got \"%1\").").arg(context.parser.value(QStringLiteral("date"))));
        date = *parsed;
    }
    if (date > today)
        //: %1 is the date the user gave with --date.
        return context.usageError(Text::tr("%1 is in the future; check-ins are for today or earlier days.").arg(humanDate(date)));
    const bool skip = context.parser.isSet(QStringLiteral("skip"));
    std::optional<double> value;
    if (context.parser.isSet(QStringLiteral("value"))) {
        if (skip)
            return context.usageError(Text::tr("--skip and --value do not go together: a skipped day has no value."));
        bool ok = false;
        value = context.parser.value(QStringLiteral("value")).toDouble(&ok);
        if (!ok || !std::isfinite(*value) || *value < 0 || *value > RecordLimits::kAmount)
            return context.usageError(Text::tr("--value must be a number from 0 to 1000000 (got \"%1\").").arg(context.parser.value(QStringLiteral("value"))));
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
    // The habit's target decides what is recorded, by the window's rule (CheckInRecording).
    const bool counts = habit->target.type == TargetType::Count;
    if (value && !counts)
        //: %1 is the habit's name.
        return context.fail(Failure::badInput(
            Text::tr("\"%1\" is checked off, not counted: --value is only for habits with a count target. Nothing was written.").arg(habit->name)));
    const auto existing = store.findCheckIn(habit->stamps.id, date);
    if (!existing)
        return context.fail(existing.failure());
    // Without --value the value is core's one decision, the same as a reminder's Done (defaultCheckInValue).
    const double recordedValue = value.value_or(defaultCheckInValue(*habit, *existing));
    const std::optional<QString> note =
        context.parser.isSet(QStringLiteral("note")) ? std::optional<QString>(context.parser.value(QStringLiteral("note"))) : std::nullopt;
    if (Status saved =
            recordCheckIn(store, habit->stamps.id, date, skip ? CheckInStatus::Skipped : CheckInStatus::Done, recordedValue, context.now.toUTC(), note);
        !saved)
        return context.fail(saved.failure());
    const auto checkIns = store.checkInsFor(habit->stamps.id, IncludeDeleted::No);
    if (!checkIns)
        return context.fail(checkIns.failure());
    if (Status committed = transaction->commit(); !committed)
        return context.fail(committed.failure());
    takeAutomaticBackup(context, **journal);

    // A day filled in afterwards is shown with the streak it belongs to, as of that day.
    const StreakSummary streaks = calculateStreaks(*habit, *checkIns, date);
    //: %1 is the habit's name, %2 the day.
    const QString recorded = skip ? Text::tr("Skipped \"%1\" on %2.").arg(habit->name, humanDate(date))
                                  //: %1 is the habit's name, %2 the day.
                                  : Text::tr("Checked in \"%1\" on %2.").arg(habit->name, humanDate(date));
    //: After a check-in: %1 is the current streak (e.g. "3 days"), %2 the best streak as a number.
    const QString streak = date == today
        ? Text::tr("Current streak: %1 (best %2).").arg(streakLength(streaks.current, streaks.unit)).arg(streaks.best)
        //: After checking in an earlier day: %1 is that day, %2 the streak then (e.g. "3 days"),
        //: %3 the best streak as a number.
        : Text::tr("Streak on %1: %2 (best %3).").arg(humanDate(date), streakLength(streaks.current, streaks.unit)).arg(streaks.best);
    context.out << recorded << u' ' << streak << Qt::endl;
    if (date < habit->startDate) {
        //: %1 is the habit's start date.
        context.out << Text::tr("Note: the habit starts on %1, so this day does not count towards it.").arg(humanDate(habit->startDate)) << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace mosaic::cli
