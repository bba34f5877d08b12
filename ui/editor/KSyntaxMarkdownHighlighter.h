// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/MarkdownFormats.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QHash>
#include <QSyntaxHighlighter>

#include <optional>

namespace KSyntaxHighlighting {
class Repository;
}

namespace mosaic {

/// Markdown highlighting by KDE Syntax-Highlighting (KF6): its "Markdown" definition finds the elements, and
/// Mosaic's MarkdownFormats draw them (not a KDE theme), so that both engines look alike and meet the same
/// contrast rules. Built only when CMake finds KF6SyntaxHighlighting; uses its documented API only.
///
/// It is a QSyntaxHighlighter driving KSyntaxHighlighting's AbstractHighlighter itself rather than a
/// KSyntaxHighlighting::SyntaxHighlighter: that one re-highlights the blocks after a block whose end state
/// changed through queued calls, one block per event-loop turn (and not at all after a pasted new block),
/// so after a code fence opens or closes the text below shows its old formatting for a while. Here each block
/// remembers the states it started and ended in; when the next block started from another state than this one
/// now ends in, this block's QSyntaxHighlighter state number changes, and QSyntaxHighlighter re-highlights
/// the next block at once — before the edit returns, and no further than the blocks whose start state changed.
class KSyntaxMarkdownHighlighter : public QSyntaxHighlighter, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT

public:
    /// Highlights `document`, which owns the highlighter, at once, in the colours of `theme`. The Markdown
    /// definition is looked up in `repository` now; `repository` must outlive the highlighter (the definitions
    /// of embedded languages load lazily from it).
    KSyntaxMarkdownHighlighter(QTextDocument *document, const KSyntaxHighlighting::Repository &repository, EditorTheme theme);

    /// Whether `repository` has the Markdown definition this highlighter needs.
    static bool isAvailable(const KSyntaxHighlighting::Repository &repository);

    EditorTheme editorTheme() const { return m_theme; }

    /// Switches theme and re-highlights the whole document.
    void setEditorTheme(EditorTheme theme);

    /// The roles Mosaic draws a format of KDE's Markdown definition in, by the format's name, e.g. "Header H1" is a
    /// heading; nothing for a name it does not know. Formats of other definitions (the languages of fenced code
    /// blocks, HTML within the text) are drawn as code.
    static std::optional<MarkdownRoles> markdownRoles(const QString &formatName);

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    EditorTheme m_theme;
    MarkdownFormats m_formats;
    QHash<quint16, MarkdownRoles> m_rolesByFormatId; ///< The Markdown definition's own formats, by Format::id().
};

} // namespace mosaic
