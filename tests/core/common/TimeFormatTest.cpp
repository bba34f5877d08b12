// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TimeFormat.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;

TEST_CASE("Instants with an offset become UTC", "[time]")
{
    const auto instant = TimeFormat::parseInstant(u"2026-03-29T07:30:00+02:00");
    REQUIRE(instant.has_value());
    CHECK(instant->timeSpec() == Qt::UTC);
    CHECK(TimeFormat::formatInstant(*instant) == QStringLiteral("2026-03-29T05:30:00Z"));
    CHECK(TimeFormat::storageInstant(*instant) == QStringLiteral("2026-03-29T05:30:00.000Z"));
}

TEST_CASE("Negative offsets, lowercase separators and fractions", "[time]")
{
    CHECK(TimeFormat::formatInstant(*TimeFormat::parseInstant(u"2026-01-01T00:15:00-05:30")) == QStringLiteral("2026-01-01T05:45:00Z"));
    CHECK(TimeFormat::formatInstant(*TimeFormat::parseInstant(u"2026-01-01t10:00:00z")) == QStringLiteral("2026-01-01T10:00:00Z"));
    CHECK(TimeFormat::formatInstant(*TimeFormat::parseInstant(u"2026-01-01T10:00:00.25Z")) == QStringLiteral("2026-01-01T10:00:00.250Z"));
    CHECK(TimeFormat::formatInstant(*TimeFormat::parseInstant(u"2026-01-01T10:00:00.123456Z")) == QStringLiteral("2026-01-01T10:00:00.123Z"));
}

TEST_CASE("Impossible or malformed instants are refused", "[time]")
{
    for (const QStringView text :
         {u"", u"2026-02-30T10:00:00Z", u"2026-13-01T10:00:00Z", u"2026-01-01T24:00:00Z", u"2026-01-01T10:60:00Z", u"2026-06-30T23:59:60Z",
          u"2026-01-01T10:00:00", u"2026-01-01 10:00:00Z", u"2026-01-01T10:00:00+2:00", u"2026-01-01T10:00:00+24:00", u"2026-01-01T10:00:00.Z",
          u"2026-01-01T10:00Z", u"2026-01-01T10:00:00Zjunk", u"0000-01-01T10:00:00Z", u"2026-01-01T10:00:00\u0662Z"}) {
        INFO(text.toString().toStdString());
        CHECK_FALSE(TimeFormat::parseInstant(text).has_value());
    }
}

TEST_CASE("Dates are strict YYYY-MM-DD", "[time]")
{
    CHECK(TimeFormat::parseDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK_FALSE(TimeFormat::parseDate(u"2026-02-29").has_value());
    CHECK_FALSE(TimeFormat::parseDate(u"2026-02-30").has_value());
    CHECK_FALSE(TimeFormat::parseDate(u"2026-2-03").has_value());
    CHECK_FALSE(TimeFormat::parseDate(u"2026-02-03T00:00:00Z").has_value());
    CHECK_FALSE(TimeFormat::parseDate(u"20260203").has_value());
    CHECK(TimeFormat::formatDate(QDate(2026, 2, 3)) == QStringLiteral("2026-02-03"));
}

TEST_CASE("Storage form sorts like time", "[time]")
{
    const auto earlier = *TimeFormat::parseInstant(u"2026-01-01T09:59:59.999Z");
    const auto later = *TimeFormat::parseInstant(u"2026-01-01T10:00:00Z");
    CHECK(TimeFormat::storageInstant(earlier) < TimeFormat::storageInstant(later));
}
