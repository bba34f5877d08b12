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

/// What KSyntaxHighlighting says at the end of a block: the state to start the next block in.
class EndState : public QTextBlockUserData
{
public:
    KSyntaxHighlighting::State state;
};

const EndState *endStateOf(const QTextBlock &block)
{
    return block.isValid() ? dynamic_cast<const EndState *>(block.userData()) : nullptr;
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
    const EndState *previous = endStateOf(currentBlock().previous());
    const KSyntaxHighlighting::State end = highlightLine(text, previous ? previous->state : KSyntaxHighlighting::State());

    auto *stored = dynamic_cast<EndState *>(currentBlockUserData());
    if (stored && stored->state == end)
        return; // The block state stays as it was, so QSyntaxHighlighter stops here unless the edit goes on.
    if (!stored) {
        stored = new EndState; // owned by the block
        setCurrentBlockUserData(stored);
    }
    stored->state = end;
    // A new block state number tells QSyntaxHighlighter that the next block starts differently now: it
    // highlights that one too, right away, and so on while the end state keeps changing. (KSyntaxHighlighting
    // states cannot be turned into numbers; a changed number is all QSyntaxHighlighter needs. A block new to
    // the highlighter counts as changed: the block after it was highlighted from another one's end.)
    const int number = currentBlockState();
    setCurrentBlockState(number == std::numeric_limits<int>::max() ? 0 : number + 1);
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
