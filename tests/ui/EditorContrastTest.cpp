// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's Markdown colours read on the page in both themes (WCAG 2 AA): what a person reads at 4.5:1 against
// what it is drawn on, the quieter markup characters and rules at 3:1. Every combination of roles the highlighters
// can compose is walked, so a colour cannot slip below the line by landing on the code tint.
#include "common/Contrast.h"
#include "editor/MarkdownFormats.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <optional>

#include <QColor>
#include <QList>
#include <QTextCharFormat>

using namespace mosaic;

namespace {

contrast::Rgb rgb(const QColor &colour)
{
    return {colour.red(), colour.green(), colour.blue()};
}

std::string themeName(EditorTheme theme)
{
    return theme == EditorTheme::Dark ? "dark" : "light";
}

/// The role whose colour a composed format draws its text in: the last one in merge order that sets a colour.
std::optional<MarkdownRole> inkRole(const MarkdownFormats &formats, MarkdownRoles set)
{
    std::optional<MarkdownRole> ink;
    for (const MarkdownRole role : MarkdownFormats::roles) {
        if ((set & static_cast<MarkdownRoles>(role)) && formats.format(role).hasProperty(QTextFormat::ForegroundBrush))
            ink = role;
    }
    return ink;
}

} // namespace

TEST_CASE("Every colour of the editor reads on what it is drawn on, in both themes", "[contrast]")
{
    /// A colour drawn on another, and the first combination of roles found to draw it.
    struct Drawn
    {
        QColor foreground;
        QColor background;
        bool quiet = false;
        QString roles;
    };
    for (const EditorTheme theme : {EditorTheme::Light, EditorTheme::Dark}) {
        const MarkdownPalette palette = paletteFor(theme);
        const MarkdownFormats formats = formatsFor(theme);
        QList<Drawn> drawn;
        constexpr MarkdownRoles kEveryRole = (1 << MarkdownFormats::roles.size()) - 1;
        for (MarkdownRoles set = 0; set <= kEveryRole; ++set) {
            const QTextCharFormat format = formats.compose(set);
            const std::optional<MarkdownRole> ink = inkRole(formats, set);
            Drawn colours{
                .foreground = ink ? format.foreground().color() : palette.text,
                .background = format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : palette.background,
                // Markup characters and rules are quieter on purpose; everything else is read.
                .quiet = ink == MarkdownRole::Markup || ink == MarkdownRole::HorizontalRule,
                .roles = set ? MarkdownFormats::roleNames(set) : QStringLiteral("plain text"),
            };
            const bool known = std::any_of(drawn.cbegin(), drawn.cend(), [&colours](const Drawn &other) {
                return other.foreground == colours.foreground && other.background == colours.background && other.quiet == colours.quiet;
            });
            if (!known)
                drawn.append(colours);
        }
        // Text, quote, accent (links too), url, struck, code on its tint, and markup and rules on the page and the tint.
        REQUIRE(drawn.size() >= 10);
        for (const Drawn &colours : std::as_const(drawn)) {
            const double ratio = contrast::contrastRatio(rgb(colours.foreground), rgb(colours.background));
            INFO(themeName(theme) << ": " << colours.roles.toStdString() << ", " << colours.foreground.name().toStdString() << " on "
                                  << colours.background.name().toStdString() << ", is " << ratio);
            CHECK(ratio >= (colours.quiet ? contrast::kGraphicContrast : contrast::kTextContrast));
        }
    }
}
