// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QTextCharFormat>

#include <array>
#include <cstdint>

namespace mosaic {

/// The editor's colour scheme; it follows the system's light or dark appearance.
enum class EditorTheme
{
    Light,
    Dark,
};

/// The colours of one theme: soft, warm, with a single muted-teal accent.
struct MarkdownPalette
{
    QColor text; ///< Body text (the editor draws it; kept here so the palette is complete).
    QColor background; ///< The page (likewise drawn by the editor).
    QColor accent; ///< Headings, list markers, links.
    QColor markup; ///< Syntax characters (`#`, `*`, `>`, brackets): present but quiet.
    QColor quote; ///< Block-quote text.
    QColor link; ///< Link text.
    QColor url; ///< Link destinations and bare URLs.
    QColor code; ///< Text of code spans and code blocks.
    QColor codeBackground; ///< A faint tint behind code.
    QColor rule; ///< Horizontal rules.
    QColor struck; ///< Struck-through text.

    friend bool operator==(const MarkdownPalette &, const MarkdownPalette &) = default;
};

/// The palette of a theme.
MarkdownPalette paletteFor(EditorTheme theme);

/// Each kind of Markdown element the highlighters tell apart. A character may carry several roles
/// (strong text inside a heading), so they are bits; the order is the order in which their formats
/// are merged, later roles winning where two set the same property.
enum class MarkdownRole : std::uint16_t
{
    BlockQuote = 1 << 0,
    Heading = 1 << 1,
    ListMarker = 1 << 2, ///< Bullets, numbers and task boxes.
    Emphasis = 1 << 3,
    Strong = 1 << 4,
    Strikethrough = 1 << 5,
    LinkText = 1 << 6,
    LinkUrl = 1 << 7,
    InlineCode = 1 << 8,
    CodeBlock = 1 << 9, ///< Fenced and indented code blocks, fences included.
    HorizontalRule = 1 << 10,
    Markup = 1 << 11, ///< Syntax characters that are not list markers: `#`, `*`, `_`, `` ` ``, `>`, `[`, `](`, …
};

/// A set of roles, one bit per MarkdownRole.
using MarkdownRoles = std::uint16_t;

/// The text formats both highlighters share, one member per MarkdownRole.
struct MarkdownFormats
{
    QTextCharFormat blockQuote;
    QTextCharFormat heading;
    QTextCharFormat listMarker;
    QTextCharFormat emphasis;
    QTextCharFormat strong;
    QTextCharFormat strikethrough;
    QTextCharFormat linkText;
    QTextCharFormat linkUrl;
    QTextCharFormat inlineCode;
    QTextCharFormat codeBlock;
    QTextCharFormat horizontalRule;
    QTextCharFormat markup;

    /// Every role, in merge order.
    static constexpr std::array<MarkdownRole, 12> roles{MarkdownRole::BlockQuote, MarkdownRole::Heading,        MarkdownRole::ListMarker,
                                                        MarkdownRole::Emphasis,   MarkdownRole::Strong,         MarkdownRole::Strikethrough,
                                                        MarkdownRole::LinkText,   MarkdownRole::LinkUrl,        MarkdownRole::InlineCode,
                                                        MarkdownRole::CodeBlock,  MarkdownRole::HorizontalRule, MarkdownRole::Markup};

    /// The property of a composed format that records its roles (a MarkdownRoles value), so that tests
    /// and tools can tell what the highlighter meant without looking at colours.
    static constexpr int RolesProperty = QTextFormat::UserProperty + 0x4d44; // "MD"

    /// The member that holds the format of `role`.
    const QTextCharFormat &format(MarkdownRole role) const;

    /// The formats of the roles in `set` merged in role order, tagged with RolesProperty.
    QTextCharFormat compose(MarkdownRoles set) const;

    /// The member name of a role, e.g. "linkUrl".
    static QString roleName(MarkdownRole role);

    /// The member names of the roles in `set`, in role order, joined with '+', e.g. "heading+markup".
    static QString roleNames(MarkdownRoles set);
};

/// The formats of a theme.
MarkdownFormats formatsFor(EditorTheme theme);

} // namespace mosaic
