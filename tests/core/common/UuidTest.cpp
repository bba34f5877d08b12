// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Uuid.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;

TEST_CASE("New UUIDs are canonical and distinct", "[uuid]")
{
    const QString first = Uuid::create();
    CHECK(Uuid::isCanonical(first));
    CHECK(first != Uuid::create());
}

TEST_CASE("Only lowercase 8-4-4-4-12 UUIDs are canonical", "[uuid]")
{
    CHECK(Uuid::isCanonical(u"d27c3a5b-4e28-4100-925c-806205221a0f"));
    CHECK_FALSE(Uuid::isCanonical(u"D27C3A5B-4E28-4100-925C-806205221A0F"));
    CHECK_FALSE(Uuid::isCanonical(u"{d27c3a5b-4e28-4100-925c-806205221a0f}"));
    CHECK_FALSE(Uuid::isCanonical(u"d27c3a5b4e284100925c806205221a0f"));
    CHECK_FALSE(Uuid::isCanonical(u"d27c3a5b-4e28-4100-925c-806205221a0g"));
    CHECK_FALSE(Uuid::isCanonical(u""));
}
