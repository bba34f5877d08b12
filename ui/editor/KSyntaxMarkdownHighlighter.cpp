// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QTextBlock>
#include <QTextBlockUserData>

#include <limits>

namespace mosaic {

namespace {

QString markdownDefinitionName()
{
    return QStringLiteral("Markdown");
}

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
    , m_lightTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme))
    , m_darkTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme))
{
    AbstractHighlighter::setTheme(themeFor(theme));
    setDefinition(repository.definitionForName(markdownDefinitionName()));
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
    AbstractHighlighter::setTheme(themeFor(theme));
    rehighlight();
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
    if (length == 0)
        return;
    const KSyntaxHighlighting::Theme current = theme();
    QTextCharFormat textFormat;
    textFormat.setForeground(format.textColor(current)); // Always, so that the editor's palette never shows through.
    if (format.hasBackgroundColor(current))
        textFormat.setBackground(format.backgroundColor(current));
    if (format.isBold(current))
        textFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(current))
        textFormat.setFontItalic(true);
    if (format.isUnderline(current))
        textFormat.setFontUnderline(true);
    if (format.isStrikeThrough(current))
        textFormat.setFontStrikeOut(true);
    setFormat(offset, length, textFormat);
}

KSyntaxHighlighting::Theme KSyntaxMarkdownHighlighter::themeFor(EditorTheme theme) const
{
    return theme == EditorTheme::Dark ? m_darkTheme : m_lightTheme;
}

} // namespace mosaic
