// SPDX-License-Identifier: GPL-3.0-or-later
// What people do with reminders, as core actions on a journal file: a habit's reminders added, edited (a time twice
// is one time, the last time and the last day stay), switched off and removed; and what a shown reminder writes
// (Done, Snooze, firing).
#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "habits/CheckInRecording.h"
#include "reminders/ReminderActions.h"

#include <QTimeZone>
#include <QUuid>

using namespace StoreFixtures;

namespace {

struct FileJournal
{
    TempJournalDir dir;
    std::unique_ptr<Database> database = require(Database::open(dir.journalPath()));
    HabitStore habits{database->connection()};
    ReminderStore reminders{database->connection()};
};

const QTimeZone kUtc = QTimeZone::utc();

// A live check habit and a reminder for it at 07:30 every day, made on day 1.
QString addWalkReminder(FileJournal &journal)
{
    Habit habit = fullHabit(id('h', 1));
    habit.archived = false;
    habit.target = HabitTarget{TargetType::Count, 20, QStringLiteral("minutes")};
    requireOk(journal.habits.save(habit));
    return require(addHabitReminder(journal.reminders, journal.habits, id('h', 1), QTime(7, 30), at(1)));
}

Reminder reminderOf(FileJournal &journal, const QString &reminderId)
{
    return *require(journal.reminders.findReminder(reminderId));
}

} // namespace

TEST_CASE("A habit's new reminder fires every day at its time, titled with the habit", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    CHECK_FALSE(QUuid::fromString(reminderId).isNull());
    const Reminder reminder = reminderOf(journal, reminderId);
    CHECK(reminder.habitId == id('h', 1));
    CHECK(reminder.title == QStringLiteral("Morning walk"));
    CHECK(reminder.times == QList<QTime>{QTime(7, 30)});
    CHECK(reminder.days.isEmpty());
    CHECK(reminder.enabled);
    CHECK(reminder.stamps.createdAt == at(1));
    CHECK(reminder.stamps.updatedAt == at(1));

    // No reminder for a habit that is gone, nor at a time that is none; nothing is written.
    requireOk(journal.habits.markHabitDeleted(id('h', 1), at(2)));
    const Result<QString> forDeleted = addHabitReminder(journal.reminders, journal.habits, id('h', 1), QTime(8, 0), at(3));
    REQUIRE_FALSE(forDeleted.ok());
    CHECK(forDeleted.failure().kind == FailureKind::BadInput);
    requireOk(journal.habits.save(fullHabit(id('h', 2))));
    CHECK_FALSE(addHabitReminder(journal.reminders, journal.habits, id('h', 2), QTime(), at(3)).ok());
    CHECK(rowCount(journal.database->connection(), QStringLiteral("reminders")) == 1);
}

TEST_CASE("A time a reminder has already is one time; a new one is kept in order and is an edit", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    CHECK_FALSE(require(addReminderTime(journal.reminders, reminderId, QTime(7, 30), at(5))));
    CHECK(reminderOf(journal, reminderId).stamps.updatedAt == at(1));

    CHECK(require(addReminderTime(journal.reminders, reminderId, QTime(6, 15), at(5))));
    const Reminder edited = reminderOf(journal, reminderId);
    CHECK(edited.times == QList<QTime>{QTime(6, 15), QTime(7, 30)});
    CHECK(edited.stamps.updatedAt == at(5));
    CHECK(edited.stamps.createdAt == at(1));

    // Up to 24 times.
    for (int hour = 8; hour < 30; ++hour) // 22 more: 24 in all
        CHECK(require(addReminderTime(journal.reminders, reminderId, QTime(hour % 24, 45), at(6))));
    const Result<bool> tooMany = addReminderTime(journal.reminders, reminderId, QTime(23, 59), at(7));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.failure().kind == FailureKind::BadInput);
    CHECK(reminderOf(journal, reminderId).times.size() == 24);
}

TEST_CASE("The last time and the last day of a reminder stay", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    CHECK_FALSE(removeReminderTime(journal.reminders, reminderId, QTime(7, 30), at(5)).ok());
    CHECK_FALSE(require(removeReminderTime(journal.reminders, reminderId, QTime(9, 0), at(5)))); // not one of its times
    REQUIRE(require(addReminderTime(journal.reminders, reminderId, QTime(12, 0), at(5))));
    CHECK(require(removeReminderTime(journal.reminders, reminderId, QTime(7, 30), at(6))));
    CHECK(reminderOf(journal, reminderId).times == QList<QTime>{QTime(12, 0)});

    CHECK(require(toggleReminderDay(journal.reminders, reminderId, 7, at(7))));
    CHECK(reminderOf(journal, reminderId).days == QList<int>{1, 2, 3, 4, 5, 6});
    for (int day = 1; day <= 5; ++day)
        REQUIRE(require(toggleReminderDay(journal.reminders, reminderId, day, at(8))));
    const Result<bool> noDay = toggleReminderDay(journal.reminders, reminderId, 6, at(9));
    REQUIRE_FALSE(noDay.ok());
    CHECK(noDay.failure().kind == FailureKind::BadInput);
    CHECK(reminderOf(journal, reminderId).days == QList<int>{6});
    CHECK(reminderOf(journal, reminderId).stamps.updatedAt == at(8));
}

TEST_CASE("Switching a reminder off, and removing it, which tombstones it", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    CHECK(require(setReminderEnabled(journal.reminders, reminderId, false, at(5))));
    CHECK_FALSE(reminderOf(journal, reminderId).enabled);
    CHECK(reminderOf(journal, reminderId).stamps.updatedAt == at(5));
    CHECK_FALSE(require(setReminderEnabled(journal.reminders, reminderId, false, at(6)))); // off already

    requireOk(removeReminder(journal.reminders, reminderId, at(7)));
    const Reminder removed = reminderOf(journal, reminderId);
    CHECK(removed.stamps.deletedAt == at(7));
    CHECK(require(journal.reminders.allReminders(IncludeDeleted::No)).isEmpty());

    // A removed reminder is no longer edited.
    const Result<bool> edit = setReminderEnabled(journal.reminders, reminderId, true, at(8));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(reminderOf(journal, reminderId).enabled);
}

TEST_CASE("A reminder's Done checks the habit off once, with the default value", "[reminder-actions]")
{
    FileJournal journal;
    addWalkReminder(journal); // the habit counts minutes, goal 20
    const QDate day(2026, 3, 20);
    CHECK(require(recordReminderDone(journal.habits, id('h', 1), day, at(20))));
    const CheckIn done = *require(journal.habits.findCheckIn(id('h', 1), day));
    CHECK(done.status == CheckInStatus::Done);
    CHECK(done.value == 20);
    CHECK(done.updatedAt == at(20));

    // Done again: the day keeps its check-in as it is.
    CHECK_FALSE(require(recordReminderDone(journal.habits, id('h', 1), day, at(21))));
    CHECK(require(journal.habits.findCheckIn(id('h', 1), day))->updatedAt == at(20));

    // A day counted below the goal is met by Done; a skipped day is done.
    requireOk(recordCheckIn(journal.habits, id('h', 1), day.addDays(2), CheckInStatus::Done, 5, at(20)));
    CHECK(require(recordReminderDone(journal.habits, id('h', 1), day.addDays(2), at(21))));
    CHECK(require(journal.habits.findCheckIn(id('h', 1), day.addDays(2)))->value == 20);
    requireOk(recordCheckIn(journal.habits, id('h', 1), day.addDays(3), CheckInStatus::Skipped, 1, at(20)));
    CHECK(require(recordReminderDone(journal.habits, id('h', 1), day.addDays(3), at(21))));
    CHECK(require(journal.habits.findCheckIn(id('h', 1), day.addDays(3)))->status == CheckInStatus::Done);

    requireOk(journal.habits.markHabitDeleted(id('h', 1), at(22)));
    const Result<bool> gone = recordReminderDone(journal.habits, id('h', 1), day.addDays(1), at(22));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.failure().kind == FailureKind::BadInput);
    CHECK_FALSE(require(journal.habits.findCheckIn(id('h', 1), day.addDays(1))).has_value());
}

TEST_CASE("Snoozing stores the end unless it would pass the next firing", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    const QDateTime now(QDate(2026, 3, 20), QTime(7, 31), Qt::UTC);
    const auto snoozed = require(snoozeReminder(journal.reminders, reminderId, now.addSecs(600), now, kUtc));
    CHECK(snoozed == now.addSecs(600));
    CHECK(reminderOf(journal, reminderId).snoozedUntil == now.addSecs(600));
    CHECK(reminderOf(journal, reminderId).stamps.updatedAt == at(1)); // not an edit of the schedule

    // Past tomorrow's 07:30: dropped, and the stored snooze stays.
    const QDateTime late(QDate(2026, 3, 21), QTime(8, 0), Qt::UTC);
    CHECK_FALSE(require(snoozeReminder(journal.reminders, reminderId, late, now, kUtc)).has_value());
    CHECK(reminderOf(journal, reminderId).snoozedUntil == now.addSecs(600));
}

TEST_CASE("A due alert is claimed once", "[reminder-actions]")
{
    FileJournal journal;
    const QString reminderId = addWalkReminder(journal);
    const QDateTime due(QDate(2026, 3, 20), QTime(7, 30), Qt::UTC);
    CHECK_FALSE(require(claimReminderAlert(journal.reminders, reminderId, {}, due.addSecs(-60), kUtc)).has_value()); // not yet

    const auto claimed = require(claimReminderAlert(journal.reminders, reminderId, {}, due, kUtc));
    REQUIRE(claimed.has_value());
    CHECK_FALSE(claimed->lastFiredAt.has_value()); // as it was before
    CHECK(reminderOf(journal, reminderId).lastFiredAt == due);
    CHECK_FALSE(require(claimReminderAlert(journal.reminders, reminderId, {}, due.addSecs(5), kUtc)).has_value());
}
