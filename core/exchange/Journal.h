// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"
#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "incidents/Incident.h"
#include "incidents/Reframe.h"
#include "reminders/Reminder.h"
#include "strengths/Strength.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

/// The whole journal as values: what an interchange file holds, in the spec's order.
struct Journal
{
    QDateTime exportedAt;
    QString app;
    std::optional<PersonalValues> values;
    QList<Circle> circles;
    QList<Person> people;
    QList<Membership> memberships;
    QList<Contact> contacts;
    QList<Incident> incidents;
    QList<Reframe> reframes;
    QList<Strength> strengths;
    QList<Win> wins;
    QList<Habit> habits;
    QList<CheckIn> checkIns;
    QList<Reminder> reminders;
    friend bool operator==(const Journal &, const Journal &) = default;
};

} // namespace mosaic
