// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeInput.h"

#include <QStringList>

namespace mosaic::TimeInput {

namespace {

// CLDR puts a narrow or non-breaking space before AM/PM in some locales; people type a plain one.
QString plainSpaces(QString text)
{
    text.replace(QChar(0x202F), u' ');
    text.replace(QChar(0x00A0), u' ');
    return text;
}

} // namespace

QString displayFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

QString format(QTime time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, displayFormat(locale)) : QString();
}

std::optional<QTime> parse(QStringView text, const QLocale &locale)
{
    const QString typed = plainSpaces(text.trimmed().toString());
    if (typed.isEmpty())
        return std::nullopt;
    const QString localeFormat = plainSpaces(displayFormat(locale));
    QString withoutSpace = localeFormat;
    withoutSpace.replace(QStringLiteral(" AP"), QStringLiteral("AP")).replace(QStringLiteral("AP "), QStringLiteral("AP"));
    for (const QString &format : {localeFormat, withoutSpace}) {
        const QTime time = locale.toTime(typed, format);
        if (time.isValid())
            return time;
    }
    // 24-hour time, with ASCII digits, whatever the locale.
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm")}) {
        const QTime time = QTime::fromString(typed, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

} // namespace mosaic::TimeInput
