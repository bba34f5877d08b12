// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/MarkdownFormats.h"
#include "editor/MarkdownScanner.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCursor>

#include <optional>

namespace mosaic {

/// Mosaic's own Markdown highlighter, used where KDE Syntax-Highlighting is not available.
///
/// Highlighting is incremental: each block keeps the state its successor needs (see MarkdownBlockState),
/// so typing re-highlights one block, and opening or closing a code fence re-highlights the blocks after it
/// until the states agree again.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Highlights `document`, which owns the highlighter. Like every QSyntaxHighlighter it first highlights
    /// when the event loop next runs; call rehighlight() to do it at once.
    explicit MarkdownHighlighter(QTextDocument *document, EditorTheme theme = EditorTheme::Light);

    EditorTheme editorTheme() const { return m_theme; }

    /// Switches to the formats of `theme` and re-highlights the whole document.
    /// (Named like KSyntaxMarkdownHighlighter's, where setTheme() is KSyntaxHighlighting's own.)
    void setEditorTheme(EditorTheme theme);

    const MarkdownFormats &formats() const { return m_formats; }

protected:
    void highlightBlock(const QString &text) override;

private:
    const QTextCharFormat &composedFormat(MarkdownRoles roles);
    void highlightLineAbove();

    EditorTheme m_theme;
    MarkdownFormats m_formats;
    QHash<MarkdownRoles, QTextCharFormat> m_composed; ///< Merged formats by role set, for the current theme.
    MarkdownRoleBuffer m_roles; ///< Reused between blocks to spare an allocation per keystroke.
    /// The line above a setext underline that was typed or removed, to re-highlight once QSyntaxHighlighter has
    /// finished with the edit.
    std::optional<QTextCursor> m_lineAbove;
};

} // namespace mosaic
