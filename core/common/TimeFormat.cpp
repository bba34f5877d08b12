// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

#include <QTimeZone>

namespace mosaic::TimeFormat {

namespace {

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool charIs(QStringView text, qsizetype pos, char16_t expected)
{
    return pos < text.size() && text[pos].unicode() == expected;
}

std::optional<QDate> parseDatePart(QStringView text)
{
    if (text.size() < 10 || !charIs(text, 4, u'-') || !charIs(text, 7, u'-'))
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    if (year < 1 || month < 1 || day < 1)
        return std::nullopt;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

} // namespace

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10)
        return std::nullopt;
    return parseDatePart(text);
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDateTime> parseInstant(QStringView text)
{
    // full-date "T" partial-time time-offset, per RFC 3339 section 5.6.
    const std::optional<QDate> date = parseDatePart(text);
    if (!date || text.size() < 20)
        return std::nullopt;
    if (!charIs(text, 10, u'T') && !charIs(text, 10, u't'))
        return std::nullopt;
    if (!charIs(text, 13, u':') || !charIs(text, 16, u':'))
        return std::nullopt;
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;

    qsizetype pos = 19;
    int millisecond = 0;
    if (charIs(text, pos, u'.')) {
        ++pos;
        int digits = 0;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (digits < 3)
                millisecond = millisecond * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millisecond *= 10;
    }

    int offsetSeconds = 0;
    if (charIs(text, pos, u'Z') || charIs(text, pos, u'z')) {
        ++pos;
    } else if (charIs(text, pos, u'+') || charIs(text, pos, u'-')) {
        const bool negative = charIs(text, pos, u'-');
        if (!charIs(text, pos + 3, u':'))
            return std::nullopt;
        const int offsetHours = readDigits(text, pos + 1, 2);
        const int offsetMinutes = readDigits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (negative ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    const QDateTime local(*date, QTime(hour, minute, second, millisecond), Qt::UTC);
    return local.addSecs(-offsetSeconds);
}

QString formatInstant(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.toString(utc.time().msec() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString storageInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString formatInstantWithOffset(const QDateTime &instant)
{
    const int offset = instant.offsetFromUtc();
    const QDateTime shifted = instant.toUTC().addSecs(offset);
    QString text = shifted.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (shifted.time().msec() != 0)
        text += shifted.toString(QStringLiteral(".zzz"));
    const int absolute = std::abs(offset);
    text +=
        (offset < 0 ? u'-' : u'+') + QStringLiteral("%1:%2").arg(absolute / 3600, 2, 10, QLatin1Char('0')).arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace mosaic::TimeFormat
