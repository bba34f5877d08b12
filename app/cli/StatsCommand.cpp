// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "Wording.h"

#include "common/TimeFormat.h"
#include "insights/JournalStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mosaic::cli {

namespace {

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
                                  {QStringLiteral("unit"), streakUnitName(habit.streaks.unit)},
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
    const auto count = [&stats](const QString &collection) {
        for (const RecordCount &record : stats.counts) {
            if (record.collection == collection)
                return record.count;
        }
        return qint64(0);
    };
    // Grouped as a person thinks of them: reflections, worth, rituals, belonging.
    out << QStringLiteral("  %1 incidents · %2 reframes").arg(count(QStringLiteral("incidents"))).arg(count(QStringLiteral("reframes"))) << Qt::endl;
    out << QStringLiteral("  %1 strengths · %2 wins").arg(count(QStringLiteral("strengths"))).arg(count(QStringLiteral("wins"))) << Qt::endl;
    out << QStringLiteral("  %1 habits · %2 check-ins · %3 reminders")
               .arg(count(QStringLiteral("habits")))
               .arg(count(QStringLiteral("checkIns")))
               .arg(count(QStringLiteral("reminders")))
        << Qt::endl;
    out << QStringLiteral("  %1 circles · %2 people · %3 memberships · %4 contacts")
               .arg(count(QStringLiteral("circles")))
               .arg(count(QStringLiteral("people")))
               .arg(count(QStringLiteral("memberships")))
               .arg(count(QStringLiteral("contacts")))
        << Qt::endl;

    out << Qt::endl << QStringLiteral("Habits") << Qt::endl;
    if (stats.habits.isEmpty())
        out << QStringLiteral("  none yet") << Qt::endl;
    for (const HabitStats &habit : stats.habits) {
        out << QStringLiteral("  %1  streak %2 · best %3 · strength %4/100%5")
                   .arg(habit.name.leftJustified(28), streakLength(habit.streaks.current, habit.streaks.unit).leftJustified(8))
                   .arg(habit.streaks.best)
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
