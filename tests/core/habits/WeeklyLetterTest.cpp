// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/WeeklyLetter.h"

#include "HabitFixtures.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace mosaic::test;

namespace {

// 2024-01-01 is a Monday.
QDate jan(int day)
{
    return QDate(2024, 1, day);
}

Win win(QDate date, const QString &text)
{
    Win result;
    result.stamps.id = text;
    result.date = date;
    result.text = text;
    return result;
}

Habit named(Habit habit, const QString &name, Ritual ritual)
{
    habit.name = name;
    habit.ritual = ritual;
    return habit;
}

} // namespace

TEST_CASE("The week runs Monday to Sunday", "[habits][letter]")
{
    CHECK(weekMonday(jan(1)) == jan(1));
    CHECK(weekMonday(jan(7)) == jan(1));
    CHECK(weekMonday(jan(8)) == jan(8));
}

TEST_CASE("Kept rituals count the week's successful days, leaving out the letter itself", "[habits][letter]")
{
    const Habit gratitude = withCountTarget(named(dailyHabit(jan(1)), QStringLiteral("Gratitude"), Ritual::Gratitude), 3);
    const Habit breathing = named(dailyHabit(jan(1)), QStringLiteral("Breathing"), Ritual::Breathing);
    Habit archived = named(dailyHabit(jan(1)), QStringLiteral("Old"), Ritual::Custom);
    archived.archived = true;
    const Habit letter = named(perWeekHabit(jan(1), 1), QStringLiteral("Letter"), Ritual::WeeklyLetter);
    const QList<HabitWithCheckIns> habits{
        {gratitude, {done(jan(8), 3), done(jan(9), 1), done(jan(10), 3), done(jan(1), 3), done(jan(15), 3)}},
        {breathing, {skipped(jan(8)), tombstoned(done(jan(9)))}},
        {archived, {done(jan(8))}},
        {letter, {done(jan(12))}},
    };
    CHECK(keptRituals(habits, jan(10)) == QList<KeptRitual>{{QStringLiteral("Gratitude"), 2}});
}

TEST_CASE("The letter lists the week's wins by date and the kept rituals", "[habits][letter]")
{
    const QList<Win> wins{win(jan(12), QStringLiteral("Spoke up\nin the meeting.")), win(jan(8), QStringLiteral("Asked for help.")),
                          win(jan(7), QStringLiteral("Last week's win."))};
    const QString text = weeklyLetterText(jan(10), wins, {{QStringLiteral("Gratitude"), 2}, {QStringLiteral("Breathing"), 1}}, QLocale::c());
    CHECK(text.startsWith(QStringLiteral("# Dear me, the week of 8 January 2024\n")));
    CHECK(text.contains(QStringLiteral("- Monday: Asked for help.\n- Friday: Spoke up in the meeting.\n")));
    CHECK_FALSE(text.contains(QStringLiteral("Last week's win.")));
    CHECK(text.contains(QStringLiteral("- Gratitude: 2 days\n- Breathing: 1 day\n")));
    CHECK(text.indexOf(QStringLiteral("## Wins this week")) < text.indexOf(QStringLiteral("## Rituals I kept")));
}

TEST_CASE("An empty week gets gentle lines instead of empty lists", "[habits][letter]")
{
    Win deleted = win(jan(9), QStringLiteral("Gone"));
    deleted.stamps.deletedAt = QDateTime(jan(9), QTime(10, 0), Qt::UTC);
    const QString text = weeklyLetterText(jan(10), {deleted}, {}, QLocale::c());
    CHECK(text.contains(QStringLiteral("No wins written down this week.")));
    CHECK(text.contains(QStringLiteral("A quiet week for rituals.")));
    CHECK_FALSE(text.contains(QStringLiteral("Gone")));
    CHECK_FALSE(text.contains(QStringLiteral("\n- ")));
}
