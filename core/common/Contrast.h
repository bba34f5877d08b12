// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mosaic::contrast {

/// A colour as sRGB channels, 0–255 each.
struct Rgb
{
    int red = 0;
    int green = 0;
    int blue = 0;

    friend bool operator==(const Rgb &, const Rgb &) = default;
};

/// "#rrggbb" (case-insensitive); nothing for anything else.
std::optional<Rgb> parseHex(QStringView text);
/// "#rrggbb", lower case.
QString toHex(Rgb colour);

/// WCAG 2's relative luminance: 0 for black, 1 for white.
double relativeLuminance(Rgb colour);
/// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white); symmetric.
double contrastRatio(Rgb a, Rgb b);

/// Text reads at 4.5:1 (WCAG AA); large text, lines, shapes and focus rings at 3:1.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kGraphicContrast = 3.0;

/// `colour` as drawn on `background` with at least `minimum` contrast: unchanged when it already has it; otherwise
/// its HSL lightness moved as little as it takes (hue and saturation kept) — darker on a light background, lighter
/// on a dark one. A person's own colour for a circle stays recognisably theirs and still reads on either theme.
/// Gives the most contrast that direction allows when `minimum` cannot be reached.
Rgb withContrast(Rgb colour, Rgb background, double minimum);

} // namespace mosaic::contrast
