// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateInput.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;

namespace {
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
} // namespace

TEST_CASE("Dates show in the locale's short form with four-digit years", "[dates]")
{
    CHECK(DateInput::displayFormat(kAmerican) == QStringLiteral("M/d/yyyy"));
    CHECK(DateInput::format(QDate(2026, 3, 7), kAmerican) == QStringLiteral("3/7/2026"));
    CHECK(DateInput::format(QDate(2026, 3, 7), kGerman) == QStringLiteral("07.03.2026"));
    CHECK(DateInput::format(QDate(2026, 3, 7), kBritish) == QStringLiteral("07/03/2026"));
    CHECK(DateInput::format(QDate(), kAmerican).isEmpty());
}

TEST_CASE("What is shown reads back as the same date", "[dates]")
{
    for (const QLocale &locale : {kAmerican, kGerman, kBritish, QLocale::c(), QLocale(QLocale::Japanese, QLocale::Japan)}) {
        for (const QDate date : {QDate(2026, 3, 7), QDate(2026, 12, 31), QDate(2024, 2, 29), QDate(1999, 1, 1)}) {
            INFO(locale.name().toStdString() << " " << date.toString(Qt::ISODate).toStdString());
            CHECK(DateInput::parse(DateInput::format(date, locale), locale) == date);
        }
    }
}

TEST_CASE("ISO dates are read in every locale", "[dates]")
{
    CHECK(DateInput::parse(u"2026-03-07", kAmerican) == QDate(2026, 3, 7));
    CHECK(DateInput::parse(u"  2026-03-07 ", kGerman) == QDate(2026, 3, 7));
}

TEST_CASE("The locale's own short date, with a two-digit year, is this century's", "[dates]")
{
    CHECK(DateInput::parse(u"3/7/26", kAmerican) == QDate(2026, 3, 7));
    CHECK(DateInput::parse(u"07.03.26", kGerman) == QDate(2026, 3, 7));
    CHECK(DateInput::parse(u"7.3.2026", kGerman) == QDate(2026, 3, 7));
    // The American order, not the British one.
    CHECK(DateInput::parse(u"12/1/2026", kAmerican) == QDate(2026, 12, 1));
    CHECK(DateInput::parse(u"12/1/2026", kBritish) == QDate(2026, 1, 12));
}

TEST_CASE("Impossible or foreign dates are refused", "[dates]")
{
    for (const QStringView text : {u"", u"   ", u"2026-02-30", u"2/30/2026", u"13/1/2026", u"tomorrow", u"3/7", u"07.03.2026x", u"3/7/0026", u"2026-3-7"}) {
        INFO(text.toString().toStdString());
        CHECK_FALSE(DateInput::parse(text, kAmerican).has_value());
    }
    CHECK_FALSE(DateInput::parse(u"3/7/2026", kGerman).has_value());
}

TEST_CASE("A month's page starts on the locale's first day of the week", "[dates]")
{
    // March 2026 begins on a Sunday.
    const QList<QDate> sundayFirst = DateInput::monthGrid(QDate(2026, 3, 18), Qt::Sunday);
    REQUIRE(sundayFirst.size() == 42);
    CHECK(sundayFirst.first() == QDate(2026, 3, 1));
    CHECK(sundayFirst.last() == QDate(2026, 4, 11));
    const QList<QDate> mondayFirst = DateInput::monthGrid(QDate(2026, 3, 1), Qt::Monday);
    CHECK(mondayFirst.first() == QDate(2026, 2, 23));
    CHECK(mondayFirst.at(6) == QDate(2026, 3, 1));
    for (qsizetype i = 1; i < mondayFirst.size(); ++i)
        CHECK(mondayFirst.at(i) == mondayFirst.at(i - 1).addDays(1));
    CHECK(DateInput::monthGrid(QDate(), Qt::Monday).isEmpty());
}
