// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"
#include "reminders/Notifier.h"
#include "reminders/ReminderClock.h"
#include "reminders/ReminderPreferences.h"
#include "storage/Database.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QList>
#include <QTemporaryDir>

#include <memory>

// A journal folder with one ritual and its reminders, a clock moved by hand, and a notifier that only records.
namespace service_fixtures {

inline QDateTime at(const char *rfc3339)
{
    const QDateTime instant = QDateTime::fromString(QString::fromLatin1(rfc3339), Qt::ISODate);
    REQUIRE(instant.isValid());
    return instant.toUTC();
}

class FakeClock final : public mosaic::reminders::ReminderClock
{
public:
    explicit FakeClock(QDateTime now, QByteArray zone = "Europe/Berlin")
        : m_now(std::move(now))
        , m_zone(std::move(zone))
    { }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    QTimeZone zone() const override { return QTimeZone(m_zone); }

    /// Time passing while the machine is awake: both clocks move.
    void pass(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }
    /// The wall clock only (sleep, or someone set the clock).
    void setWall(const QDateTime &now) { m_now = now; }
    void setZone(const QByteArray &zone) { m_zone = zone; }

private:
    QDateTime m_now;
    QByteArray m_zone;
    qint64 m_monotonic = 1000;
};

class FakeNotifier final : public mosaic::reminders::Notifier
{
public:
    void show(const mosaic::reminders::ReminderNotice &notice) override { shown.append(notice); }
    void withdraw(const QString &reminderId) override { withdrawn.append(reminderId); }
    void invoke(const QString &reminderId, mosaic::reminders::ReminderAction action) { Q_EMIT actionInvoked(reminderId, action); }

    QList<mosaic::reminders::ReminderNotice> shown;
    QStringList withdrawn;
};

inline const QString kHabit = QStringLiteral("7f26144b-9828-4fcd-99a5-4a7bb1fee08f");

/// A data folder whose journal holds the ritual "Morning strengths" (daily, check) and the given reminders for it.
class Journal
{
public:
    Journal()
    {
        REQUIRE(m_dir.isValid());
        mosaic::JournalSession session;
        session.setDataDirectory(path());
        REQUIRE(session.isOpen());
        auto transaction = mosaic::WriteTransaction::begin(session.database());
        REQUIRE(transaction.ok());
        mosaic::Habit habit;
        habit.stamps.id = kHabit;
        habit.stamps.createdAt = at("2026-01-01T00:00:00Z");
        habit.stamps.updatedAt = habit.stamps.createdAt;
        habit.name = QStringLiteral("Morning strengths");
        habit.prompt = QStringLiteral("Which strength will you use today?");
        habit.startDate = QDate(2026, 1, 1);
        REQUIRE(session.habits().save(habit).ok());
        REQUIRE(transaction->commit().ok());
    }

    QString path() const { return m_dir.filePath(QStringLiteral("journal")); }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    /// Adds a reminder for the ritual at `times`, last edited at the start of 2026; returns its id.
    QString addReminder(const QList<QTime> &times, const QString &id = QStringLiteral("a0000000-0000-4000-8000-000000000001"))
    {
        mosaic::JournalSession session;
        session.setDataDirectory(path());
        auto transaction = mosaic::WriteTransaction::begin(session.database());
        REQUIRE(transaction.ok());
        mosaic::Reminder reminder;
        reminder.stamps.id = id;
        reminder.stamps.createdAt = at("2026-01-01T00:00:00Z");
        reminder.stamps.updatedAt = reminder.stamps.createdAt;
        reminder.habitId = kHabit;
        reminder.title = QStringLiteral("Morning strengths");
        reminder.times = times;
        REQUIRE(session.reminders().save(reminder).ok());
        REQUIRE(transaction->commit().ok());
        return id;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace service_fixtures
