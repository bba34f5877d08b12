// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "common/TimeFormat.h"
#include "insights/JournalStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mosaic::cli {

namespace {

QString unitName(StreakUnit unit)
{
    return unit == StreakUnit::Weeks ? QStringLiteral("weeks") : QStringLiteral("days");
}

QJsonObject statsToJson(const JournalStats &stats)
{
    QJsonObject counts;
    for (const RecordCount &count : stats.counts)
        counts.insert(count.collection, count.count);
    QJsonArray habits;
    for (const HabitStats &habit : stats.habits) {
        habits.append(QJsonObject{{QStringLiteral("id"), habit.id},
                                  {QStringLiteral("name"), habit.name},
                                  {QStringLiteral("archived"), habit.archived},
                                  {QStringLiteral("currentStreak"), habit.streaks.current},
                                  {QStringLiteral("bestStreak"), habit.streaks.best},
                                  {QStringLiteral("unit"), unitName(habit.streaks.unit)},
                                  {QStringLiteral("strength"), habit.strength}});
    }
    const QJsonObject belonging{{QStringLiteral("effectiveCircles"), stats.belonging.effectiveCircles},
                                {QStringLiteral("largestShare"), stats.belonging.largestShare},
                                {QStringLiteral("innerCircles"), stats.belonging.innerCircles}};
    return QJsonObject{{QStringLiteral("asOf"), TimeFormat::formatDate(stats.asOf)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("habits"), habits},
                       {QStringLiteral("belonging"), belonging}};
}

void printStats(QTextStream &out, const JournalStats &stats)
{
    out << QStringLiteral("Mosaic journal as of %1").arg(TimeFormat::formatDate(stats.asOf)) << Qt::endl << Qt::endl;
    for (const RecordCount &count : stats.counts)
        out << QStringLiteral("  %1 %2").arg(count.collection.leftJustified(12)).arg(count.count, 7) << Qt::endl;

    out << Qt::endl << QStringLiteral("Habits") << Qt::endl;
    if (stats.habits.isEmpty())
        out << QStringLiteral("  none yet") << Qt::endl;
    for (const HabitStats &habit : stats.habits) {
        out << QStringLiteral("  %1  current %2 · best %3 %4 · strength %5%6")
                   .arg(habit.name.leftJustified(28))
                   .arg(habit.streaks.current, 3)
                   .arg(habit.streaks.best)
                   .arg(unitName(habit.streaks.unit))
                   .arg(habit.strength)
                   .arg(habit.archived ? QStringLiteral(" (archived)") : QString())
            << Qt::endl;
    }

    out << Qt::endl << QStringLiteral("Belonging") << Qt::endl;
    const BelongingBalance &balance = stats.belonging;
    if (balance.effectiveCircles == 0) {
        out << QStringLiteral("  no one placed in a circle yet") << Qt::endl;
        return;
    }
    out << QStringLiteral("  effective circles %1 · largest share %2% · circles with inner-ring people %3")
               .arg(balance.effectiveCircles, 0, 'f', 2)
               .arg(qRound(balance.largestShare * 100))
               .arg(balance.innerCircles)
        << Qt::endl;
    if (balance.isNarrow())
        out << QStringLiteral("  Most of your belonging rests on one circle. A little time with another one could cushion hard days.") << Qt::endl;
}

} // namespace

void declareStatsOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the statistics as JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("today"), QStringLiteral("Compute as of this date instead of today."), QStringLiteral("YYYY-MM-DD")));
}

int runStats(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(QStringLiteral("stats takes no arguments besides its options."));
    QDate today = context.now.date();
    if (context.parser.isSet(QStringLiteral("today"))) {
        const auto parsed = TimeFormat::parseDate(context.parser.value(QStringLiteral("today")));
        if (!parsed)
            return context.usageError(
                QStringLiteral("--today must be a date like 2026-11-27 (got \"%1\").").arg(context.parser.value(QStringLiteral("today"))));
        today = *parsed;
    }

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    const auto stats = collectJournalStats(**journal, today);
    if (!stats)
        return context.fail(stats.failure());

    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(QJsonDocument(statsToJson(*stats)).toJson(QJsonDocument::Indented));
    else
        printStats(context.out, *stats);
    return ExitSuccess;
}

} // namespace mosaic::cli
