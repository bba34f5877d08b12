// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QtPrinters.h"
#include "StoreFixtures.h"

#include <QMap>
#include <QTimeZone>

/// A calendar's counts print as {2026-11-14: 2, …}.
template <>
struct Catch::StringMaker<QMap<QDate, int>>
{
    static std::string convert(const QMap<QDate, int> &counts)
    {
        QStringList days;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            days.append(QStringLiteral("%1: %2").arg(it.key().toString(Qt::ISODate)).arg(it.value()));
        return "{" + days.join(QStringLiteral(", ")).toStdString() + "}";
    }
};

/// Entries of the Journal page, each with only what the page reads set.
namespace JournalFixtures {

using namespace mosaic;
using StoreFixtures::id;

inline QDateTime utc(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

inline RecordStamps live(const QString &recordId)
{
    return StoreFixtures::stamps(recordId, 1);
}

inline RecordStamps deleted(const QString &recordId)
{
    RecordStamps stamps = live(recordId);
    stamps.deletedAt = StoreFixtures::at(3);
    return stamps;
}

inline Incident reflection(const QString &incidentId, const QDateTime &occurredAt, IncidentKind kind = IncidentKind::Rejection)
{
    Incident incident;
    incident.stamps = live(incidentId);
    incident.occurredAt = occurredAt;
    incident.kind = kind;
    incident.title = QStringLiteral("Title ") + incidentId.left(2);
    incident.situation = QStringLiteral("What happened");
    return incident;
}

inline Win win(const QString &winId, QDate date, WinKind kind = WinKind::Courage)
{
    return Win{live(winId), date, QStringLiteral("Spoke up."), kind, {}, std::nullopt};
}

inline Habit habit(const QString &habitId, const QString &name = QStringLiteral("Walk"))
{
    Habit habit;
    habit.stamps = live(habitId);
    habit.name = name;
    habit.startDate = QDate(2020, 1, 1);
    return habit;
}

inline CheckIn note(const QString &habitId, QDate date, const QString &text = QStringLiteral("Felt calm."))
{
    return CheckIn{habitId, date, CheckInStatus::Done, 1, text, StoreFixtures::at(1), std::nullopt};
}

} // namespace JournalFixtures
