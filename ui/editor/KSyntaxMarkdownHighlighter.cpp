// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QTextBlock>
#include <QTextBlockUserData>

#include <limits>
#include <utility>

namespace mosaic {

namespace {

QString markdownDefinitionName()
{
    return QStringLiteral("Markdown");
}

constexpr auto rolesOf = [](auto... role) { return static_cast<MarkdownRoles>((static_cast<MarkdownRoles>(role) | ...)); };

/// The formats (itemData) of KDE's Markdown definition, and the roles Mosaic draws each in.
constexpr std::pair<const char *, MarkdownRoles> kMarkdownFormatRoles[] = {
    {"Normal Text", 0},
    {"Emphasis Text", rolesOf(MarkdownRole::Emphasis)},
    {"Strong Text", rolesOf(MarkdownRole::Strong)},
    {"Strong-Emphasis Text", rolesOf(MarkdownRole::Emphasis, MarkdownRole::Strong)},
    {"Strikethrough Text", rolesOf(MarkdownRole::Strikethrough)},
    {"Normal Text: Link", rolesOf(MarkdownRole::LinkUrl)}, // A bare URL.
    {"Horizontal Rule", rolesOf(MarkdownRole::HorizontalRule)},
    {"Line Break", rolesOf(MarkdownRole::Markup)}, // The two spaces at the end of a line.
    {"Header H1", rolesOf(MarkdownRole::Heading)},
    {"Header H2", rolesOf(MarkdownRole::Heading)},
    {"Header H3", rolesOf(MarkdownRole::Heading)},
    {"Header H4", rolesOf(MarkdownRole::Heading)},
    {"Header H5", rolesOf(MarkdownRole::Heading)},
    {"Header H6", rolesOf(MarkdownRole::Heading)},
    {"Blockquote", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::Markup)}, // The '>'.
    {"Blockquote: Normal Text", rolesOf(MarkdownRole::BlockQuote)},
    {"Blockquote: Emphasis Text", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::Emphasis)},
    {"Blockquote: Strong Text", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::Strong)},
    {"Blockquote: Strong-Emphasis Text", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::Emphasis, MarkdownRole::Strong)},
    {"Blockquote: Strikethrough Text", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::Strikethrough)},
    {"Blockquote: Link", rolesOf(MarkdownRole::BlockQuote, MarkdownRole::LinkUrl)},
    {"List", rolesOf(MarkdownRole::ListMarker)},
    {"Number List", rolesOf(MarkdownRole::ListMarker)},
    {"List: Normal Text", 0},
    {"List: Emphasis Text", rolesOf(MarkdownRole::Emphasis)},
    {"List: Strong Text", rolesOf(MarkdownRole::Strong)},
    {"List: Strong-Emphasis Text", rolesOf(MarkdownRole::Emphasis, MarkdownRole::Strong)},
    {"List: Strikethrough Text", rolesOf(MarkdownRole::Strikethrough)},
    {"List: Link", rolesOf(MarkdownRole::LinkUrl)},
    {"List: Checkbox", rolesOf(MarkdownRole::ListMarker)},
    {"Comment", rolesOf(MarkdownRole::Markup)}, // <!-- … -->, which a reader of the entry does not see.
    {"Code", rolesOf(MarkdownRole::CodeBlock)}, // Code spans and the lines of code blocks.
    {"Fenced Code", rolesOf(MarkdownRole::CodeBlock)}, // The fences.
    {"Auto-Link", rolesOf(MarkdownRole::Markup)}, // The '<' and '>' around a URL.
    {"Link", rolesOf(MarkdownRole::LinkUrl)},
    {"Mailto-Link", rolesOf(MarkdownRole::Markup)},
    {"Email", rolesOf(MarkdownRole::LinkUrl)},
    {"Footnote", rolesOf(MarkdownRole::LinkText)},
    {"Reference-Link", rolesOf(MarkdownRole::Markup)}, // Brackets and parentheses.
    {"Reference-Link Name", rolesOf(MarkdownRole::LinkText)},
    {"Reference-Link ID", rolesOf(MarkdownRole::LinkUrl)},
    {"Reference-Link: Link", rolesOf(MarkdownRole::LinkUrl)},
    {"Reference-Link: Email", rolesOf(MarkdownRole::LinkUrl)},
    {"Reference-Link Target", rolesOf(MarkdownRole::LinkText)},
    {"Reference-Link Target: Link", rolesOf(MarkdownRole::LinkUrl)},
    {"Inline Image", rolesOf(MarkdownRole::LinkText)},
    {"Reference Image", rolesOf(MarkdownRole::LinkText)},
    {"Inline Image: Link", rolesOf(MarkdownRole::LinkUrl)},
    {"Metadata Title", rolesOf(MarkdownRole::Markup)},
    {"Metadata", rolesOf(MarkdownRole::Markup)},
    {"Backslash Escape", rolesOf(MarkdownRole::Markup)},
    {"EntityRef", rolesOf(MarkdownRole::Markup)},
};

/// The KSyntaxHighlighting states a block was last highlighted from and ended in.
class BlockStates : public QTextBlockUserData
{
public:
    KSyntaxHighlighting::State start;
    KSyntaxHighlighting::State end;
};

const BlockStates *statesOf(const QTextBlock &block)
{
    return block.isValid() ? dynamic_cast<const BlockStates *>(block.userData()) : nullptr;
}

} // namespace

KSyntaxMarkdownHighlighter::KSyntaxMarkdownHighlighter(QTextDocument *document, const KSyntaxHighlighting::Repository &repository, EditorTheme theme)
    : QSyntaxHighlighter(document)
    , m_theme(theme)
    , m_formats(formatsFor(theme))
{
    const KSyntaxHighlighting::Definition markdown = repository.definitionForName(markdownDefinitionName());
    for (const KSyntaxHighlighting::Format &format : markdown.formats())
        m_rolesByFormatId.insert(format.id(), markdownRoles(format.name()).value_or(0));
    setDefinition(markdown);
    // Now rather than on the next event-loop turn, so that no unhighlighted frame is shown.
    rehighlight();
}

bool KSyntaxMarkdownHighlighter::isAvailable(const KSyntaxHighlighting::Repository &repository)
{
    return repository.definitionForName(markdownDefinitionName()).isValid();
}

void KSyntaxMarkdownHighlighter::setEditorTheme(EditorTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_formats = formatsFor(theme);
    rehighlight();
}

std::optional<MarkdownRoles> KSyntaxMarkdownHighlighter::markdownRoles(const QString &formatName)
{
    for (const auto &[name, roles] : kMarkdownFormatRoles) {
        if (formatName == QLatin1String(name))
            return roles;
    }
    return std::nullopt;
}

void KSyntaxMarkdownHighlighter::highlightBlock(const QString &text)
{
    const BlockStates *previous = statesOf(currentBlock().previous());
    auto *states = dynamic_cast<BlockStates *>(currentBlockUserData());
    if (!states) {
        states = new BlockStates; // owned by the block
        setCurrentBlockUserData(states);
    }
    states->start = previous ? previous->end : KSyntaxHighlighting::State();
    states->end = highlightLine(text, states->start);

    // When the next block was highlighted from another state than this block ends in now (a fence opened or closed
    // here, or lines were inserted or removed above it), a new block state number makes QSyntaxHighlighter
    // highlight it too, right away — and so on while the states keep differing. KSyntaxHighlighting states cannot
    // be turned into numbers; a changed number is all QSyntaxHighlighter needs.
    const QTextBlock next = currentBlock().next();
    const BlockStates *nextStates = statesOf(next);
    if (next.isValid() && (!nextStates || nextStates->start != states->end)) {
        const int number = currentBlockState();
        setCurrentBlockState(number == std::numeric_limits<int>::max() ? 0 : number + 1);
    }
}

void KSyntaxMarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length == 0 || !format.isValid())
        return;
    // A format the Markdown definition does not own comes from a language it embeds: code, in Mosaic's eyes.
    const MarkdownRoles roles = m_rolesByFormatId.value(format.id(), static_cast<MarkdownRoles>(MarkdownRole::CodeBlock));
    if (roles != 0) // Plain text keeps the editor's own colours, as with Mosaic's own highlighter.
        setFormat(offset, length, m_formats.compose(roles));
}

} // namespace mosaic
