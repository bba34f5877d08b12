// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wording.h"

#include <QCoreApplication>
#include <QLocale>

namespace mosaic::cli {

namespace {
// The translation context of the shared wording (a class, so that lupdate files the strings under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::cli::Wording)
};
} // namespace

QString streakLength(int count, StreakUnit unit)
{
    if (unit == StreakUnit::Weeks) {
        //: A streak's length in weeks.
        return Text::tr("%n week(s)", nullptr, count);
    }
    //: A streak's length in days.
    return Text::tr("%n day(s)", nullptr, count);
}

QString humanDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString streakUnitName(StreakUnit unit)
{
    return unit == StreakUnit::Weeks ? QStringLiteral("weeks") : QStringLiteral("days");
}

} // namespace mosaic::cli
