// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateInput.h"

#include "TimeFormat.h"

#include <QRegularExpression>

namespace mosaic::DateInput {

namespace {

constexpr int kGridDays = 42;
constexpr int kEarliestYear = 1000;

// A run of exactly two 'y' (not part of "yyyy").
const QRegularExpression &twoDigitYear()
{
    static const QRegularExpression pattern(QStringLiteral("(?<!y)yy(?!y)"));
    return pattern;
}

// The same format with one-or-two-digit days and months ("dd.MM.yyyy" also reads "7.3.2026"); month names stay.
QString lenient(QString format)
{
    static const QRegularExpression twoDigitDay(QStringLiteral("(?<!d)dd(?!d)"));
    static const QRegularExpression twoDigitMonth(QStringLiteral("(?<!M)MM(?!M)"));
    return format.replace(twoDigitDay, QStringLiteral("d")).replace(twoDigitMonth, QStringLiteral("M"));
}

std::optional<QDate> readWith(const QString &text, const QString &format, const QLocale &locale)
{
    const QDate date = locale.toDate(text, format);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QString displayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear(), QStringLiteral("yyyy"));
    return format;
}

QString format(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, displayFormat(locale)) : QString();
}

std::optional<QDate> parse(QStringView text, const QLocale &locale)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (const std::optional<QDate> iso = TimeFormat::parseDate(trimmed))
        return iso;

    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    // A two-digit year first: read with a four-digit pattern, "26" would be the year 26.
    if (shortFormat.contains(twoDigitYear())) {
        if (const std::optional<QDate> date = readWith(trimmed, lenient(shortFormat), locale)) {
            // Qt reads "yy" as 1900–1999; the dates a journal asks for are this century's.
            const QDate moved(2000 + date->year() % 100, date->month(), date->day());
            if (moved.isValid())
                return moved;
        }
    }
    if (const std::optional<QDate> date = readWith(trimmed, lenient(displayFormat(locale)), locale); date && date->year() >= kEarliestYear)
        return date;
    return std::nullopt;
}

QList<QDate> monthGrid(QDate day, Qt::DayOfWeek firstDayOfWeek)
{
    if (!day.isValid())
        return {};
    const QDate first(day.year(), day.month(), 1);
    const int back = (first.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    const QDate start = first.addDays(-back);
    QList<QDate> days;
    days.reserve(kGridDays);
    for (int i = 0; i < kGridDays; ++i)
        days.append(start.addDays(i));
    return days;
}

} // namespace mosaic::DateInput
