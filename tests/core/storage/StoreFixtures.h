// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/CircleStore.h"
#include "common/Result.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "reminders/ReminderStore.h"
#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTime>

#include <memory>
#include <utility>

namespace StoreFixtures {

using namespace mosaic;

/// The value of a Result that must have succeeded; the failure's message is shown when it did not.
template <typename T>
T require(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.failure().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void requireOk(const Status &status)
{
    INFO((status.ok() ? std::string() : status.failure().message.toStdString()));
    REQUIRE(status.ok());
}

/// An instant on 2026-03-`day` with milliseconds, so that a store that drops them is caught.
inline QDateTime at(int day, int hour = 9, int msec = 250)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 15, 30, msec), Qt::UTC);
}

/// Ids readable at a glance: the first digit says what the record is, the last ones which.
inline QString id(char kind, int number)
{
    return QStringLiteral("%1%2-0000-4000-8000-%3").arg(QChar::fromLatin1(kind)).arg(QStringLiteral("0000000")).arg(number, 12, 10, QLatin1Char('0'));
}

inline RecordStamps stamps(const QString &recordId, int createdDay)
{
    return RecordStamps{recordId, at(createdDay, 8, 125), at(createdDay + 1, 10, 999), std::nullopt};
}

// Records with every field set to a value unlike its default.

inline Circle fullCircle(const QString &circleId)
{
    return Circle{stamps(circleId, 1),
                  QStringLiteral("Book club"),
                  CircleKind::Hobby,
                  QStringLiteral("the curious reader"),
                  4,
                  QStringLiteral("#7a9e7e"),
                  true,
                  QStringLiteral("Meets every *second* Tuesday.")};
}

inline Person fullPerson(const QString &personId)
{
    return Person{stamps(personId, 2),
                  QStringLiteral("Alex \"Al\" Müller"),
                  {SupportKind::Perspective, SupportKind::Emotional},
                  QStringLiteral("Good listener.\nLives nearby.")};
}

inline Membership fullMembership(const QString &personId, const QString &circleId)
{
    return Membership{personId, circleId, Ring::Inner, at(3), at(4)};
}

inline Contact fullContact(const QString &contactId, const QString &personId, const QString &circleId)
{
    return Contact{stamps(contactId, 5), QDate(2026, 3, 5), personId, circleId, -2, QStringLiteral("Coffee; it was awkward.")};
}

inline Incident fullIncident(const QString &incidentId, const QString &circleId, const QString &personId)
{
    Incident incident;
    incident.stamps = stamps(incidentId, 6);
    incident.occurredAt = at(5, 19, 500);
    incident.kind = IncidentKind::Exposure;
    incident.title = QStringLiteral("Barbecue invitation");
    incident.situation = QStringLiteral("They posted photos of a barbecue I was not invited to.");
    incident.circleId = circleId;
    incident.personIds = {personId, id('a', 99)};
    incident.emotions = {EmotionRating{QStringLiteral("hurt"), 80, 40}, EmotionRating{QStringLiteral("lonely \"very\""), 60, std::nullopt}};
    incident.thought = QStringLiteral("Nobody wants me around.");
    incident.belief = QStringLiteral("I am unlikeable.");
    incident.beliefBefore = 75;
    incident.beliefAfter = 0;
    incident.distortions = {Distortion::MindReading, Distortion::Overgeneralizing, Distortion::Blaming};
    incident.evidenceFor = QStringLiteral("No invitation.");
    incident.evidenceAgainst = QStringLiteral("Sam called last week.");
    incident.factors = {SituationalFactor::Timing, SituationalFactor::ValuesMismatch};
    incident.learned = QStringLiteral("Small gatherings are often arranged on the spot.");
    incident.adjustment = QStringLiteral("Ask directly.");
    incident.feedbackFrom = {personId};
    incident.nextStep = NextStep{QStringLiteral("Invite Sam for a walk"), QDate(2026, 3, 31), true};
    incident.exposure = ExposurePlan{QStringLiteral("Ask to join next time"), QStringLiteral("Leave after an hour"), 70, QStringLiteral("They will say no"), 30,
                                     QStringLiteral("They said yes"),         QStringLiteral("Breathing\tfirst")};
    incident.notes = QStringLiteral("**Bold** notes with a \\ backslash and é.");
    incident.tags = {QStringLiteral("friends"), QStringLiteral("summer")};
    return incident;
}

inline Reframe fullReframe(const QString &reframeId, const QString &incidentId)
{
    return Reframe{stamps(reframeId, 7), incidentId, QStringLiteral("They may have planned it in a hurry."), ReframeKind::SelfCompassion, 65};
}

inline Strength fullStrength(const QString &strengthId)
{
    return Strength{stamps(strengthId, 8), QStringLiteral("Patience"), QStringLiteral("I stay calm when plans change."), true};
}

inline Win fullWin(const QString &winId, const QString &strengthId, const QString &incidentId)
{
    return Win{stamps(winId, 9), QDate(2026, 3, 9), QStringLiteral("Spoke up in the meeting."), WinKind::Courage, {strengthId, id('5', 98)}, incidentId};
}

inline Habit fullHabit(const QString &habitId)
{
    return Habit{stamps(habitId, 10),
                 QStringLiteral("Morning walk"),
                 QStringLiteral("Which strength will you use today?"),
                 Ritual::Breathing,
                 HabitSchedule{ScheduleType::Weekdays, {1, 3, 5}, 4},
                 HabitTarget{TargetType::Count, 2.5, QStringLiteral("minutes")},
                 QDate(2026, 2, 1),
                 QStringLiteral("#123abc"),
                 true};
}

inline CheckIn fullCheckIn(const QString &habitId, QDate date)
{
    return CheckIn{habitId, date, CheckInStatus::Skipped, 3.75, QStringLiteral("Rained all morning."), at(11), at(12)};
}

inline Reminder fullReminder(const QString &reminderId, const QString &habitId)
{
    return Reminder{stamps(reminderId, 12), habitId, QStringLiteral("Time for a walk"), {QTime(7, 30), QTime(21, 5)}, {1, 2, 7}, false, at(13), at(14)};
}

/// A fresh in-memory journal with every store on it. Members are destroyed in reverse order: stores (and their
/// prepared statements) before the connection is closed.
struct TestJournal
{
    std::unique_ptr<Database> database = require(Database::openInMemory());
    QSqlDatabase connection = database->connection();
    IncidentStore incidents{connection};
    StrengthStore strengths{connection};
    HabitStore habits{connection};
    CircleStore circles{connection};
    ReminderStore reminders{connection};
};

/// `seq` of a row, the stable row number the full-text index is keyed on; -1 when there is no such row.
inline qint64 seqOf(const QSqlDatabase &connection, const QString &table, const QString &recordId)
{
    QSqlQuery query(connection);
    REQUIRE(query.prepare(QStringLiteral("SELECT seq FROM %1 WHERE id = ?").arg(table)));
    query.addBindValue(recordId);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toLongLong() : -1;
}

/// The number of rows in a table, tombstones included.
inline qint64 rowCount(const QSqlDatabase &connection, const QString &table)
{
    QSqlQuery query(connection);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// The full-text index rows matching a query.
inline QList<qint64> searchRowIds(const QSqlDatabase &connection, const QString &match)
{
    QSqlQuery query(connection);
    REQUIRE(query.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid")));
    query.addBindValue(match);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    QList<qint64> rowIds;
    while (query.next())
        rowIds.append(query.value(0).toLongLong());
    return rowIds;
}

} // namespace StoreFixtures
