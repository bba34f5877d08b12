// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/MarkdownHighlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

namespace mosaic {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, EditorTheme theme)
    : QSyntaxHighlighter(document)
    , m_theme(theme)
    , m_formats(formatsFor(theme))
{
    // QSyntaxHighlighter's constructor connected its own handler of edits first, so this one runs after it.
    connect(document, &QTextDocument::contentsChange, this, &MarkdownHighlighter::highlightLineAbove);
}

void MarkdownHighlighter::setEditorTheme(EditorTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_formats = formatsFor(theme);
    m_composed.clear();
    rehighlight();
}

const QTextCharFormat &MarkdownHighlighter::composedFormat(MarkdownRoles roles)
{
    auto found = m_composed.find(roles);
    if (found == m_composed.end())
        found = m_composed.insert(roles, m_formats.compose(roles));
    return *found;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const MarkdownBlockState previous = MarkdownBlockState::decode(previousBlockState());
    const auto nextLine = [&block] {
        const QTextBlock next = block.next();
        return next.isValid() ? next.text() : QString();
    };
    const MarkdownLineScan scan = scanMarkdownLine(text, previous, nextLine, m_roles);

    for (qsizetype start = 0; start < m_roles.size();) {
        qsizetype end = start + 1;
        while (end < m_roles.size() && m_roles[end] == m_roles[start])
            ++end;
        if (m_roles[start] != 0)
            setFormat(int(start), int(end - start), composedFormat(m_roles[start]));
        start = end;
    }
    setCurrentBlockState(scan.state.encode());

    // A setext underline was typed or removed below a line highlighted without it. QSyntaxHighlighter only
    // walks forward, and re-entering it from here is not allowed, so the line above gets its turn as soon as
    // QSyntaxHighlighter is done with the edit, still within it (highlightLineAbove).
    if (scan.setextUnderline != previous.setextText && block.previous().isValid())
        m_lineAbove = QTextCursor(block.previous());
}

void MarkdownHighlighter::highlightLineAbove()
{
    if (!m_lineAbove)
        return;
    // A cursor rather than a block: it follows the line through the edit. Taken first, as re-highlighting the
    // line is itself a change of the document's contents.
    const QTextBlock above = std::exchange(m_lineAbove, std::nullopt)->block();
    rehighlightBlock(above);
}

} // namespace mosaic
