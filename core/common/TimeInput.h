// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

/// Times of day as people read and type them: the locale's short time ("7:30 AM", "07:30") and 24-hour "HH:mm".
namespace mosaic::TimeInput {

/// The locale's short time format in hours and minutes (the C locale's has seconds, which a time of day never needs).
QString displayFormat(const QLocale &locale);

/// `time` in displayFormat(locale), e.g. "7:30 AM" in American English, "07:30" in German; empty if invalid.
QString format(QTime time, const QLocale &locale);

/// Reads a time typed by a person: the locale's short time (with any kind of space, or none, before AM/PM, in any
/// case) or 24-hour "H:mm"/"HH:mm". Spaces around it are ignored; nullopt for anything else (25:00, 7:5, "soon").
std::optional<QTime> parse(QStringView text, const QLocale &locale);

} // namespace mosaic::TimeInput
