// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/// Text forms of instants and calendar dates, strict on input and canonical on output.
namespace mosaic::TimeFormat {

/// Parses an RFC 3339 date-time ("2026-03-29T07:30:00+02:00", "…Z", optional fraction) into a UTC QDateTime.
/// Fractions finer than a millisecond are truncated. Returns nullopt for anything else, including
/// impossible dates and times (2026-02-30, 24:00, leap seconds, offsets beyond ±23:59).
std::optional<QDateTime> parseInstant(QStringView text);

/// RFC 3339 in UTC for interchange: "2026-03-29T05:30:00Z", or "…05:30:00.250Z" when there are milliseconds.
QString formatInstant(const QDateTime &instant);

/// Fixed-width UTC form for the database ("2026-03-29T05:30:00.000Z"): text order is time order.
QString storageInstant(const QDateTime &instant);

/// RFC 3339 with the local offset of the instant's time zone, e.g. "2026-03-29T07:30:00+02:00".
QString formatInstantWithOffset(const QDateTime &instant);

/// Parses a calendar date "YYYY-MM-DD"; nullopt for any other shape or an impossible date.
std::optional<QDate> parseDate(QStringView text);

/// "YYYY-MM-DD".
QString formatDate(QDate date);

} // namespace mosaic::TimeFormat
