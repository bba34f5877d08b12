// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/MarkdownFormats.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace KSyntaxHighlighting {
class Repository;
}

namespace mosaic {

/// Markdown highlighting by KDE Syntax-Highlighting (KF6): its "Markdown" definition and a light and a
/// dark theme. Built only when CMake finds KF6SyntaxHighlighting; uses its documented API only.
class KSyntaxMarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    /// Highlights `document`, which owns the highlighter, at once. The definition and themes are looked up
    /// in `repository` now; `repository` must outlive the highlighter (definitions load lazily from it).
    KSyntaxMarkdownHighlighter(QTextDocument *document, const KSyntaxHighlighting::Repository &repository, EditorTheme theme);

    /// Whether `repository` has the Markdown definition this highlighter needs.
    static bool isAvailable(const KSyntaxHighlighting::Repository &repository);

    EditorTheme editorTheme() const { return m_theme; }

    /// Switches theme and re-highlights the whole document. (Not an overload of setTheme(const Theme &),
    /// which is virtual in KSyntaxHighlighting::AbstractHighlighter and would be hidden by one.)
    void setEditorTheme(EditorTheme theme);

private:
    KSyntaxHighlighting::Theme themeFor(EditorTheme theme) const;

    EditorTheme m_theme;
    KSyntaxHighlighting::Theme m_lightTheme;
    KSyntaxHighlighting::Theme m_darkTheme;
};

} // namespace mosaic
