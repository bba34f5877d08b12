// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "Wording.h"

#include "common/TimeFormat.h"
#include "insights/JournalStats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mosaic::cli {

namespace {

// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::StatsCommand)
};

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
    //: Heading of `mosaic stats`; %1 is a date.
    out << Text::tr("Mosaic journal as of %1").arg(humanDate(stats.asOf)) << Qt::endl << Qt::endl;
    const auto count = [&stats](const QString &collection) {
        for (const RecordCount &record : stats.counts) {
            if (record.collection == collection)
                return record.count;
        }
        return qint64(0);
    };
    // Grouped as a person thinks of them: reflections, worth, rituals, belonging. One plural string per count, as a
    // translation can hold only one %n; the counts of a line are joined with a middle dot.
    const auto line = [&out](const QStringList &parts) { out << QStringLiteral("  ") << parts.join(QStringLiteral(" · ")) << Qt::endl; };
    const auto n = [&count](const char *collection) { return int(count(QString::fromLatin1(collection))); };
    //: Reflections in the journal (an incident is a hard moment written down).
    line({Text::tr("%Ln incident(s)", nullptr, n("incidents")), Text::tr("%Ln reframe(s)", nullptr, n("reframes"))});
    //: "strength" here is a personal strength; a win is a small success written down.
    line({Text::tr("%Ln strength(s)", nullptr, n("strengths")), Text::tr("%Ln win(s)", nullptr, n("wins"))});
    line({Text::tr("%Ln habit(s)", nullptr, n("habits")), Text::tr("%Ln check-in(s)", nullptr, n("checkIns")),
          Text::tr("%Ln reminder(s)", nullptr, n("reminders"))});
    //: Belonging circles, the people in them, their memberships in circles and noted contacts with them.
    line({Text::tr("%Ln circle(s)", nullptr, n("circles")), Text::tr("%Ln person(s)", nullptr, n("people")),
          Text::tr("%Ln membership(s)", nullptr, n("memberships")), Text::tr("%Ln contact(s)", nullptr, n("contacts"))});

    //: Heading in `mosaic stats`.
    out << Qt::endl << Text::tr("Habits") << Qt::endl;
    if (stats.habits.isEmpty())
        out << Text::tr("  none yet") << Qt::endl;
    for (const HabitStats &habit : stats.habits) {
        //: One habit in `mosaic stats`: %1 its name, %2 the current streak (e.g. "3 days"), %3 the best streak as a number,
        //: %4 the habit's strength score from 0 to 100 (how firmly the habit holds, not a personal strength).
        QString text = Text::tr("  %1  streak %2 · best %3 · strength %4/100")
                           .arg(habit.name.leftJustified(28), streakLength(habit.streaks.current, habit.streaks.unit).leftJustified(8))
                           .arg(habit.streaks.best)
                           .arg(habit.strength);
        if (habit.archived) {
            //: After a habit's line in `mosaic stats`; %1 is that line.
            text = Text::tr("%1 (archived)").arg(text);
        }
        out << text << Qt::endl;
    }

    //: Heading in `mosaic stats`: how belonging is spread over circles.
    out << Qt::endl << Text::tr("Belonging") << Qt::endl;
    const BelongingBalance &balance = stats.belonging;
    if (balance.effectiveCircles == 0) {
        out << Text::tr("  no one placed in a circle yet") << Qt::endl;
        return;
    }
    //: %1 the effective number of circles (a decimal such as 2.35), %2 the largest circle's share in percent,
    //: %3 how many circles hold someone in the inner ring.
    out << Text::tr("  effective circles %1 · largest share %2% · circles with inner-ring people %3")
               .arg(QLocale().toString(balance.effectiveCircles, 'f', 2))
               .arg(QLocale().toString(qRound(balance.largestShare * 100)))
               .arg(balance.innerCircles)
        << Qt::endl;
    if (balance.isNarrow())
        out << Text::tr("  Most of your belonging rests on one circle. A little time with another one could cushion hard days.") << Qt::endl;
}

} // namespace

QList<QCommandLineOption> statsOptions()
{
    return {
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print the statistics as JSON.")),
        QCommandLineOption(QStringLiteral("today"), Text::tr("Compute as of this date instead of today."), QStringLiteral("YYYY-MM-DD")),
    };
}

int runStats(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(Text::tr("stats takes no arguments besides its options."));
    QDate today = context.now.date();
    if (context.parser.isSet(QStringLiteral("today"))) {
        const auto parsed = TimeFormat::parseDate(context.parser.value(QStringLiteral("today")));
        if (!parsed)
            return context.usageError(Text::tr("--today must be a date like 2026-11-27 (got \"%1\").").arg(context.parser.value(QStringLiteral("today"))));
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
