// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/MarkdownHighlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace mosaic {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, EditorTheme theme)
    : QSyntaxHighlighter(document)
    , m_theme(theme)
    , m_formats(formatsFor(theme))
{ }

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
    // walks forward, and re-entering it from here is not allowed, so the line above gets its turn right after.
    if (scan.setextUnderline != previous.setextText && block.previous().isValid()) {
        const QTextCursor above(block.previous());
        QMetaObject::invokeMethod(
            this, [this, above] { rehighlightBlock(above.block()); }, Qt::QueuedConnection);
    }
}

} // namespace mosaic
