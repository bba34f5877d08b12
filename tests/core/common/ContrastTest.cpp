// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Contrast.h"

#include "QtPrinters.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

using namespace mosaic::contrast;

namespace {

Rgb hex(const char *text)
{
    const auto parsed = parseHex(QString::fromLatin1(text));
    REQUIRE(parsed);
    return *parsed;
}

/// The hue in degrees (the hexagonal formula, written again here rather than taken from the code under test).
double hueOf(Rgb colour)
{
    const double r = colour.red, g = colour.green, b = colour.blue;
    return std::fmod(std::atan2(std::sqrt(3.0) * (g - b), 2 * r - g - b) * 180 / M_PI + 360, 360);
}

double hueDistance(double a, double b)
{
    const double d = std::abs(a - b);
    return std::min(d, 360 - d);
}

} // namespace

TEST_CASE("Colours are read and written as #rrggbb", "[contrast]")
{
    CHECK(parseHex(u"#3949AB") == Rgb{0x39, 0x49, 0xab});
    CHECK(toHex(Rgb{0x39, 0x49, 0xab}) == QStringLiteral("#3949ab"));
    CHECK_FALSE(parseHex(u"3949ab"));
    CHECK_FALSE(parseHex(u"#3949a"));
    CHECK_FALSE(parseHex(u"#3949ag"));
    CHECK_FALSE(parseHex(u"red"));
}

TEST_CASE("Luminance and contrast follow WCAG 2", "[contrast]")
{
    CHECK(relativeLuminance(Rgb{0, 0, 0}) == 0.0);
    CHECK(relativeLuminance(Rgb{255, 255, 255}) == Catch::Approx(1.0));
    CHECK(contrastRatio(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == Catch::Approx(21.0));
    CHECK(contrastRatio(hex("#777777"), hex("#ffffff")) == Catch::Approx(4.48).margin(0.01));
    CHECK(contrastRatio(hex("#ffffff"), hex("#777777")) == contrastRatio(hex("#777777"), hex("#ffffff")));
    CHECK(contrastRatio(hex("#3949ab"), hex("#262421")) == Catch::Approx(2.0).margin(0.1));
}

TEST_CASE("A colour that already reads is left as it is", "[contrast]")
{
    CHECK(withContrast(hex("#3949ab"), hex("#fffdf9"), kGraphicContrast) == hex("#3949ab"));
    CHECK(withContrast(hex("#7fc4bb"), hex("#262421"), kGraphicContrast) == hex("#7fc4bb"));
}

TEST_CASE("A dark colour on the dark surface is lightened, keeping its hue", "[contrast]")
{
    const Rgb indigo = hex("#3949ab");
    const Rgb surface = hex("#262421");
    const Rgb drawn = withContrast(indigo, surface, kGraphicContrast);
    CHECK(contrastRatio(drawn, surface) >= kGraphicContrast);
    // As little as it takes: just past the minimum.
    CHECK(contrastRatio(drawn, surface) < kGraphicContrast + 0.15);
    CHECK(relativeLuminance(drawn) > relativeLuminance(indigo));
    CHECK(hueDistance(hueOf(drawn), hueOf(indigo)) < 3);
}

TEST_CASE("A light colour on the light surface is darkened, keeping its hue", "[contrast]")
{
    const Rgb butter = hex("#f3e27a");
    const Rgb surface = hex("#fffdf9");
    const Rgb drawn = withContrast(butter, surface, kGraphicContrast);
    CHECK(contrastRatio(drawn, surface) >= kGraphicContrast);
    CHECK(relativeLuminance(drawn) < relativeLuminance(butter));
    CHECK(hueDistance(hueOf(drawn), hueOf(butter)) < 3);
    // Text asks for more.
    CHECK(contrastRatio(withContrast(butter, surface, kTextContrast), surface) >= kTextContrast);
}

TEST_CASE("Greys and the impossible", "[contrast]")
{
    const Rgb grey = hex("#777777");
    const Rgb drawn = withContrast(grey, grey, kGraphicContrast);
    CHECK(contrastRatio(drawn, grey) >= kGraphicContrast);
    CHECK(drawn.red == drawn.green);
    CHECK(drawn.green == drawn.blue);
    // Nothing reaches 25:1: the furthest the colour can go.
    CHECK(withContrast(hex("#3949ab"), hex("#ffffff"), 25) == Rgb{0, 0, 0});
    CHECK(withContrast(hex("#3949ab"), hex("#000000"), 25) == Rgb{255, 255, 255});
}
