// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/MarkdownFormats.h"

#include <QFont>
#include <QStringList>

namespace mosaic {

MarkdownPalette paletteFor(EditorTheme theme)
{
    // Warm paper and warm charcoal; one muted teal accent. Markup is visible but recedes. What is read stands at 4.5:1
    // or more on what it is drawn on (code on its tint), markup characters and rules at 3:1 (test_ui_contrast).
    switch (theme) {
    case EditorTheme::Dark:
        return MarkdownPalette{
            .text = QColor(0xe7, 0xe1, 0xd7),
            .background = QColor(0x23, 0x21, 0x1f),
            .accent = QColor(0x7f, 0xc4, 0xbb),
            .markup = QColor(0x7d, 0x76, 0x6c),
            .quote = QColor(0xb9, 0xb0, 0xa2),
            .link = QColor(0x7f, 0xc4, 0xbb),
            .url = QColor(0x6c, 0x9b, 0x96),
            .code = QColor(0xe2, 0xc7, 0xa4),
            .codeBackground = QColor(0x2e, 0x2b, 0x28),
            .rule = QColor(0x7e, 0x76, 0x6a),
            .struck = QColor(0x9a, 0x92, 0x87),
        };
    case EditorTheme::Light:
        break;
    }
    return MarkdownPalette{
        .text = QColor(0x3b, 0x36, 0x31),
        .background = QColor(0xfb, 0xf8, 0xf3),
        .accent = QColor(0x3c, 0x7b, 0x76),
        .markup = QColor(0x8f, 0x85, 0x74),
        .quote = QColor(0x6e, 0x66, 0x5b),
        .link = QColor(0x3c, 0x7b, 0x76),
        .url = QColor(0x57, 0x77, 0x74),
        .code = QColor(0x6b, 0x4f, 0x3a),
        .codeBackground = QColor(0xf2, 0xed, 0xe4),
        .rule = QColor(0x94, 0x84, 0x6b),
        .struck = QColor(0x77, 0x70, 0x66),
    };
}

namespace {

QTextCharFormat foreground(const QColor &colour)
{
    QTextCharFormat format;
    format.setForeground(colour);
    return format;
}

QTextCharFormat code(const MarkdownPalette &palette)
{
    QTextCharFormat format = foreground(palette.code);
    format.setBackground(palette.codeBackground);
    format.setFontFamilies(QStringList{QStringLiteral("monospace")});
    format.setFontStyleHint(QFont::Monospace);
    format.setFontFixedPitch(true);
    return format;
}

} // namespace

MarkdownFormats formatsFor(EditorTheme theme)
{
    const MarkdownPalette palette = paletteFor(theme);
    MarkdownFormats formats;

    formats.blockQuote = foreground(palette.quote);

    formats.heading = foreground(palette.accent);
    formats.heading.setFontWeight(QFont::Bold);

    formats.listMarker = foreground(palette.accent);

    formats.emphasis.setFontItalic(true);
    formats.strong.setFontWeight(QFont::Bold);

    formats.strikethrough = foreground(palette.struck);
    formats.strikethrough.setFontStrikeOut(true);

    formats.linkText = foreground(palette.link);
    formats.linkText.setFontUnderline(true);
    formats.linkText.setUnderlineColor(palette.url);
    formats.linkUrl = foreground(palette.url);

    formats.inlineCode = code(palette);
    formats.codeBlock = code(palette);

    formats.horizontalRule = foreground(palette.rule);
    formats.markup = foreground(palette.markup);
    return formats;
}

const QTextCharFormat &MarkdownFormats::format(MarkdownRole role) const
{
    switch (role) {
    case MarkdownRole::BlockQuote:
        return blockQuote;
    case MarkdownRole::Heading:
        return heading;
    case MarkdownRole::ListMarker:
        return listMarker;
    case MarkdownRole::Emphasis:
        return emphasis;
    case MarkdownRole::Strong:
        return strong;
    case MarkdownRole::Strikethrough:
        return strikethrough;
    case MarkdownRole::LinkText:
        return linkText;
    case MarkdownRole::LinkUrl:
        return linkUrl;
    case MarkdownRole::InlineCode:
        return inlineCode;
    case MarkdownRole::CodeBlock:
        return codeBlock;
    case MarkdownRole::HorizontalRule:
        return horizontalRule;
    case MarkdownRole::Markup:
        break;
    }
    return markup;
}

QTextCharFormat MarkdownFormats::compose(MarkdownRoles set) const
{
    QTextCharFormat composed;
    for (const MarkdownRole role : MarkdownFormats::roles) {
        if (set & static_cast<MarkdownRoles>(role))
            composed.merge(format(role));
    }
    composed.setProperty(RolesProperty, int(set));
    return composed;
}

QString MarkdownFormats::roleName(MarkdownRole role)
{
    switch (role) {
    case MarkdownRole::BlockQuote:
        return QStringLiteral("blockQuote");
    case MarkdownRole::Heading:
        return QStringLiteral("heading");
    case MarkdownRole::ListMarker:
        return QStringLiteral("listMarker");
    case MarkdownRole::Emphasis:
        return QStringLiteral("emphasis");
    case MarkdownRole::Strong:
        return QStringLiteral("strong");
    case MarkdownRole::Strikethrough:
        return QStringLiteral("strikethrough");
    case MarkdownRole::LinkText:
        return QStringLiteral("linkText");
    case MarkdownRole::LinkUrl:
        return QStringLiteral("linkUrl");
    case MarkdownRole::InlineCode:
        return QStringLiteral("inlineCode");
    case MarkdownRole::CodeBlock:
        return QStringLiteral("codeBlock");
    case MarkdownRole::HorizontalRule:
        return QStringLiteral("horizontalRule");
    case MarkdownRole::Markup:
        break;
    }
    return QStringLiteral("markup");
}

QString MarkdownFormats::roleNames(MarkdownRoles set)
{
    QStringList names;
    for (const MarkdownRole role : MarkdownFormats::roles) {
        if (set & static_cast<MarkdownRoles>(role))
            names.append(roleName(role));
    }
    return names.join(QLatin1Char('+'));
}

} // namespace mosaic
