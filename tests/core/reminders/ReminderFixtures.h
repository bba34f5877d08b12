// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/TimeFormat.h"
#include "reminders/Reminder.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

// Values for the reminder rules: zones by IANA id, instants from RFC 3339 text, reminders made short.
namespace reminder_fixtures {

inline QTimeZone zone(const char *ianaId)
{
    const QTimeZone result{QByteArray(ianaId)};
    REQUIRE(result.isValid());
    return result;
}

inline QDateTime instant(QStringView rfc3339)
{
    const auto parsed = mosaic::TimeFormat::parseInstant(rfc3339);
    REQUIRE(parsed.has_value());
    return *parsed;
}

// The RFC 3339 text of a result, with the offset it has in `in`; "none" for no result.
inline QString local(const std::optional<QDateTime> &at, const QTimeZone &in)
{
    return at ? mosaic::TimeFormat::formatInstantWithOffset(at->toTimeZone(in)) : QStringLiteral("none");
}

// A reminder last edited at the start of 2026, so that edits do not hide what a test is about.
inline mosaic::Reminder reminder(const QList<QTime> &times, const QList<int> &days = {}, const QString &id = QStringLiteral("r1"))
{
    mosaic::Reminder result;
    result.stamps.id = id;
    result.stamps.createdAt = instant(u"2026-01-01T00:00:00Z");
    result.stamps.updatedAt = result.stamps.createdAt;
    result.title = QStringLiteral("Reminder ") + id;
    result.times = times;
    result.days = days;
    return result;
}

} // namespace reminder_fixtures
