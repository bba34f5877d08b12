// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "common/TimeFormat.h"
#include "habits/HabitStore.h"
#include "reminders/ReminderSchedule.h"
#include "reminders/ReminderStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <QCoreApplication>

namespace mosaic::cli {

namespace {

// The translation context of this command's messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::RemindersCommand)
};

constexpr int kDefaultCount = 10;
constexpr int kMaxCount = 1000;

} // namespace

QList<QCommandLineOption> remindersOptions()
{
    return {
        QCommandLineOption(QStringLiteral("next"), Text::tr("How many firings to list, 1 to 1000 (default: 10)."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("after"), Text::tr("List firings strictly after this RFC 3339 instant, e.g. 2026-03-28T20:00:00Z (default: now)."),
                           QStringLiteral("INSTANT")),
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print the firings as JSON.")),
    };
}

int runReminders(const CommandContext &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(Text::tr("reminders takes no arguments besides its options."));
    int count = kDefaultCount;
    if (context.parser.isSet(QStringLiteral("next"))) {
        const QString text = context.parser.value(QStringLiteral("next"));
        bool ok = false;
        count = text.toInt(&ok);
        if (!ok || count < 1 || count > kMaxCount)
            return context.usageError(Text::tr("--next must be a whole number from 1 to %1 (got \"%2\").").arg(kMaxCount).arg(text));
    }
    QDateTime after = context.now;
    if (context.parser.isSet(QStringLiteral("after"))) {
        const QString text = context.parser.value(QStringLiteral("after"));
        const auto parsed = TimeFormat::parseInstant(text);
        if (!parsed)
            return context.usageError(
                Text::tr("--after must be an RFC 3339 instant like 2026-03-28T20:00:00Z or 2026-03-28T21:00:00+01:00 (got \"%1\").").arg(text));
        after = *parsed;
    }

    auto journal = context.openJournal();
    if (!journal)
        return context.fail(journal.failure());
    ReminderStore store((*journal)->connection());
    auto reminders = store.allReminders(IncludeDeleted::No);
    if (!reminders)
        return context.fail(reminders.failure());
    // Named as notifications name them: by the habit's name as it is now.
    HabitStore habitStore((*journal)->connection());
    const auto habits = habitStore.allHabits(IncludeDeleted::Yes);
    if (!habits)
        return context.fail(habits.failure());
    QHash<QString, Habit> habitsById;
    for (const Habit &habit : *habits)
        habitsById.insert(habit.stamps.id, habit);
    for (Reminder &reminder : *reminders)
        reminder.title = reminderTitle(reminder, habitsById);

    // Reminder times are wall-clock times where the user is: the system zone, which follows TZ.
    const QList<ReminderFiring> firings = upcomingFirings(*reminders, after, QTimeZone::systemTimeZone(), count);
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ReminderFiring &firing : firings) {
            array.append(QJsonObject{{QStringLiteral("reminderId"), firing.reminderId},
                                     {QStringLiteral("title"), firing.title},
                                     {QStringLiteral("at"), TimeFormat::formatInstantWithOffset(firing.at)}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (firings.isEmpty())
        context.out << Text::tr("No upcoming reminders: none is enabled.") << Qt::endl;
    for (const ReminderFiring &firing : firings)
        context.out << TimeFormat::formatInstantWithOffset(firing.at) << QStringLiteral("  ") << firing.title << Qt::endl;
    return ExitSuccess;
}

} // namespace mosaic::cli
