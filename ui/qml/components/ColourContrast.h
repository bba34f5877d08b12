// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Contrast.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace mosaic {

/// The core's contrast rule (contrast::withContrast) for QColor, and for QML: a colour a person chose (a circle's)
/// as it is drawn, so that lines and text on it stand out from the surface behind it.
class ColourContrast : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ColourContrast(QObject *parent = nullptr)
        : QObject(parent)
    { }

    /// `colour` with its lightness moved until it reaches `minimum` contrast against `background` (its hue kept);
    /// its alpha is kept.
    static QColor readable(const QColor &colour, const QColor &background, double minimum)
    {
        if (!colour.isValid() || !background.isValid())
            return colour;
        const contrast::Rgb drawn =
            contrast::withContrast({colour.red(), colour.green(), colour.blue()}, {background.red(), background.green(), background.blue()}, minimum);
        return QColor(drawn.red, drawn.green, drawn.blue, colour.alpha());
    }

    /// For lines, shapes and large text (3:1): `readable(colour, background, 3)`.
    Q_INVOKABLE QColor forGraphics(const QColor &colour, const QColor &background) const { return readable(colour, background, contrast::kGraphicContrast); }
    /// The contrast ratio of two colours, 1 to 21.
    Q_INVOKABLE double ratio(const QColor &a, const QColor &b) const
    {
        return contrast::contrastRatio({a.red(), a.green(), a.blue()}, {b.red(), b.green(), b.blue()});
    }
};

} // namespace mosaic
