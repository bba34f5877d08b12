// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TimeInput.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;

namespace {
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
} // namespace

TEST_CASE("Times show in the locale's short form, without seconds", "[times]")
{
    CHECK(TimeInput::format(QTime(7, 30), kAmerican) == QStringLiteral("7:30 AM"));
    CHECK(TimeInput::format(QTime(19, 5), kAmerican) == QStringLiteral("7:05 PM"));
    CHECK(TimeInput::format(QTime(7, 30), kGerman) == QStringLiteral("07:30"));
    CHECK(TimeInput::format(QTime(7, 30), QLocale::c()) == QStringLiteral("07:30"));
    CHECK(TimeInput::format(QTime(), kGerman).isEmpty());
}

TEST_CASE("What is shown reads back as the same time", "[times]")
{
    for (const QLocale &locale : {kAmerican, kGerman, QLocale::c(), QLocale(QLocale::Korean, QLocale::SouthKorea)}) {
        for (const QTime time : {QTime(0, 0), QTime(7, 30), QTime(12, 0), QTime(23, 59)}) {
            INFO(locale.name().toStdString() << " " << time.toString().toStdString());
            CHECK(TimeInput::parse(TimeInput::format(time, locale), locale) == time);
        }
    }
}

TEST_CASE("The locale's way and 24-hour HH:mm are both read", "[times]")
{
    CHECK(TimeInput::parse(u"7:30 PM", kAmerican) == QTime(19, 30));
    CHECK(TimeInput::parse(u"7:30 pm", kAmerican) == QTime(19, 30));
    CHECK(TimeInput::parse(u"7:30pm", kAmerican) == QTime(19, 30));
    CHECK(TimeInput::parse(u"7:30\u202FAM", kAmerican) == QTime(7, 30));
    CHECK(TimeInput::parse(u"19:30", kAmerican) == QTime(19, 30));
    CHECK(TimeInput::parse(u" 07:30 ", kAmerican) == QTime(7, 30));
    CHECK(TimeInput::parse(u"7:30", kGerman) == QTime(7, 30));
    CHECK(TimeInput::parse(u"19:30", kGerman) == QTime(19, 30));
}

TEST_CASE("Anything else is not a time", "[times]")
{
    for (const QStringView text : {u"", u"soon", u"25:00", u"7:5", u"7", u"7:60", u"13:00 PM x", u"730"}) {
        INFO(text.toString().toStdString());
        CHECK_FALSE(TimeInput::parse(text, kAmerican).has_value());
        CHECK_FALSE(TimeInput::parse(text, kGerman).has_value());
    }
}
