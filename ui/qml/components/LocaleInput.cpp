// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/LocaleInput.h"

#include "common/DateInput.h"
#include "common/TimeFormat.h"
#include "common/TimeInput.h"

#include <QLocale>
#include <QVariantMap>

namespace mosaic {
namespace {

QDate fromIso(const QString &isoDate)
{
    return TimeFormat::parseDate(isoDate).value_or(QDate());
}

QString toIso(QDate date)
{
    return date.isValid() ? TimeFormat::formatDate(date) : QString();
}

} // namespace

LocaleInput::LocaleInput(QObject *parent)
    : QObject(parent)
{ }

QString LocaleInput::datePattern() const
{
    return DateInput::displayFormat(QLocale());
}

QString LocaleInput::dateText(const QString &isoDate) const
{
    return DateInput::format(fromIso(isoDate), QLocale());
}

QString LocaleInput::longDateText(const QString &isoDate) const
{
    const QDate date = fromIso(isoDate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString LocaleInput::isoDate(const QString &typed) const
{
    return toIso(DateInput::parse(typed, QLocale()).value_or(QDate()));
}

QString LocaleInput::timeText(const QString &clockTime) const
{
    return TimeInput::format(QTime::fromString(clockTime, QStringLiteral("HH:mm")), QLocale());
}

QString LocaleInput::clockTime(const QString &typed) const
{
    const std::optional<QTime> time = TimeInput::parse(typed, QLocale());
    return time ? time->toString(QStringLiteral("HH:mm")) : QString();
}

QString LocaleInput::addDays(const QString &isoDate, int days) const
{
    return toIso(fromIso(isoDate).addDays(days));
}

QString LocaleInput::addMonths(const QString &isoDate, int months) const
{
    return toIso(fromIso(isoDate).addMonths(months));
}

QString LocaleInput::monthTitle(const QString &isoDate) const
{
    const QDate date = fromIso(isoDate);
    if (!date.isValid())
        return {};
    //: Title of a calendar page: %1 is the month's name, %2 the year (e.g. "March 2026").
    return tr("%1 %2").arg(QLocale().standaloneMonthName(date.month()), QString::number(date.year()));
}

QVariantList LocaleInput::monthDays(const QString &isoDate) const
{
    const QDate date = fromIso(isoDate);
    QVariantList days;
    for (const QDate day : DateInput::monthGrid(date, QLocale().firstDayOfWeek()))
        days.append(
            QVariantMap{{QStringLiteral("iso"), toIso(day)}, {QStringLiteral("day"), day.day()}, {QStringLiteral("inMonth"), day.month() == date.month()}});
    return days;
}

QStringList LocaleInput::weekdayNames(bool longNames) const
{
    const QLocale locale;
    QStringList names;
    for (int i = 0; i < 7; ++i)
        names.append(locale.standaloneDayName((int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1, longNames ? QLocale::LongFormat : QLocale::ShortFormat));
    return names;
}

} // namespace mosaic
