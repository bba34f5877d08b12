// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/MarkdownFormats.h"

#include <QList>
#include <QString>

#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
}
#endif

namespace mosaic {

/// Which code highlights Markdown.
enum class HighlightingEngine
{
    KSyntaxHighlighting, ///< KDE Syntax-Highlighting (KF6), when the build found it.
    Fallback, ///< Mosaic's own MarkdownHighlighter.
};

/// The one place that decides how editors highlight Markdown, and creates their highlighters.
///
/// One per application, made by the composition root and handed to the editors: with KDE
/// Syntax-Highlighting it holds the syntax repository, which is costly to load and must outlive every
/// highlighter made from it.
class EditorHighlighting
{
public:
    /// Uses `engine` if this build has it and it works (KSyntaxHighlighting needs its Markdown definition),
    /// else the fallback.
    explicit EditorHighlighting(HighlightingEngine engine = compiledEngine());
    ~EditorHighlighting();
    EditorHighlighting(const EditorHighlighting &) = delete;
    EditorHighlighting &operator=(const EditorHighlighting &) = delete;

    /// The engine create() uses.
    HighlightingEngine engine() const { return m_engine; }

    /// A highlighter for `document`, owned by it, that has already highlighted it in `theme` and follows
    /// its edits from now on (it gives the document a layout if it has none yet).
    QSyntaxHighlighter *create(QTextDocument *document, EditorTheme theme) const;

    /// Switches a highlighter made by create() to `theme`; it re-highlights its document.
    static void setTheme(QSyntaxHighlighter *highlighter, EditorTheme theme);

    /// The engine this build prefers: KSyntaxHighlighting when CMake found KF6SyntaxHighlighting (and
    /// MOSAIC_FORCE_FALLBACK_HIGHLIGHTER was off), else the fallback.
    static HighlightingEngine compiledEngine();

    /// Every engine this build contains, the preferred first.
    static QList<HighlightingEngine> compiledEngines();

    /// A name for the About page and the logs, e.g. "KDE Syntax-Highlighting".
    static QString engineName(HighlightingEngine engine);

private:
    HighlightingEngine m_engine;
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
#endif
};

} // namespace mosaic
