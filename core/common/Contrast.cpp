// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Contrast.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace mosaic::contrast {

namespace {

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Hsl
{
    double hue = 0; ///< 0–1
    double saturation = 0;
    double lightness = 0;
};

Hsl toHsl(Rgb colour)
{
    const double r = colour.red / 255.0;
    const double g = colour.green / 255.0;
    const double b = colour.blue / 255.0;
    const double high = std::max({r, g, b});
    const double low = std::min({r, g, b});
    Hsl hsl;
    hsl.lightness = (high + low) / 2;
    const double delta = high - low;
    if (delta <= 0)
        return hsl;
    hsl.saturation = hsl.lightness > 0.5 ? delta / (2 - high - low) : delta / (high + low);
    if (high == r)
        hsl.hue = (g - b) / delta + (g < b ? 6 : 0);
    else if (high == g)
        hsl.hue = (b - r) / delta + 2;
    else
        hsl.hue = (r - g) / delta + 4;
    hsl.hue /= 6;
    return hsl;
}

double hueChannel(double p, double q, double t)
{
    if (t < 0)
        t += 1;
    if (t > 1)
        t -= 1;
    if (t < 1.0 / 6)
        return p + (q - p) * 6 * t;
    if (t < 1.0 / 2)
        return q;
    if (t < 2.0 / 3)
        return p + (q - p) * (2.0 / 3 - t) * 6;
    return p;
}

Rgb toRgb(const Hsl &hsl)
{
    const auto byte = [](double value) { return int(std::lround(std::clamp(value, 0.0, 1.0) * 255)); };
    if (hsl.saturation <= 0)
        return {byte(hsl.lightness), byte(hsl.lightness), byte(hsl.lightness)};
    const double q = hsl.lightness < 0.5 ? hsl.lightness * (1 + hsl.saturation) : hsl.lightness + hsl.saturation - hsl.lightness * hsl.saturation;
    const double p = 2 * hsl.lightness - q;
    return {byte(hueChannel(p, q, hsl.hue + 1.0 / 3)), byte(hueChannel(p, q, hsl.hue)), byte(hueChannel(p, q, hsl.hue - 1.0 / 3))};
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    const QChar lower = c.toLower();
    if (lower >= u'a' && lower <= u'f')
        return lower.unicode() - u'a' + 10;
    return -1;
}

} // namespace

std::optional<Rgb> parseHex(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return std::nullopt;
    std::array<int, 3> channels{};
    for (int i = 0; i < 3; ++i) {
        const int high = hexDigit(text[1 + 2 * i]);
        const int low = hexDigit(text[2 + 2 * i]);
        if (high < 0 || low < 0)
            return std::nullopt;
        channels[size_t(i)] = high * 16 + low;
    }
    return Rgb{channels[0], channels[1], channels[2]};
}

QString toHex(Rgb colour)
{
    return QStringLiteral("#%1%2%3")
        .arg(colour.red, 2, 16, QLatin1Char('0'))
        .arg(colour.green, 2, 16, QLatin1Char('0'))
        .arg(colour.blue, 2, 16, QLatin1Char('0'));
}

double relativeLuminance(Rgb colour)
{
    return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue);
}

double contrastRatio(Rgb a, Rgb b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb withContrast(Rgb colour, Rgb background, double minimum)
{
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    const double backgroundLuminance = relativeLuminance(background);
    // Towards black or towards white: whichever can stand further from the background.
    const bool darker = (backgroundLuminance + 0.05) / 0.05 >= 1.05 / (backgroundLuminance + 0.05);
    const Hsl hsl = toHsl(colour);
    const auto at = [&](double lightness) {
        Hsl moved = hsl;
        moved.lightness = lightness;
        return toRgb(moved);
    };
    // Luminance grows with lightness at a fixed hue and saturation: search for the smallest move that reaches the
    // minimum, then step on by a byte's worth where rounding to whole channels fell just short.
    double reached = darker ? 0.0 : 1.0;
    double unreached = hsl.lightness;
    for (int i = 0; i < 40; ++i) {
        const double middle = (reached + unreached) / 2;
        if (contrastRatio(at(middle), background) >= minimum)
            reached = middle;
        else
            unreached = middle;
    }
    double lightness = reached;
    const double step = darker ? -1.0 / 255 : 1.0 / 255;
    while (contrastRatio(at(lightness), background) < minimum && lightness > 0 && lightness < 1)
        lightness = std::clamp(lightness + step, 0.0, 1.0);
    return at(lightness);
}

} // namespace mosaic::contrast
