// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/EditorHighlighting.h"

#include "editor/MarkdownHighlighter.h"

#include <QTextDocument>

#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Repository>
#endif

namespace mosaic {

EditorHighlighting::EditorHighlighting(HighlightingEngine engine)
    : m_engine(HighlightingEngine::Fallback)
{
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    if (engine == HighlightingEngine::KSyntaxHighlighting) {
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        if (KSyntaxMarkdownHighlighter::isAvailable(*m_repository))
            m_engine = HighlightingEngine::KSyntaxHighlighting;
        else
            m_repository.reset();
    }
#else
    Q_UNUSED(engine)
#endif
}

EditorHighlighting::~EditorHighlighting() = default;

QSyntaxHighlighter *EditorHighlighting::create(QTextDocument *document, EditorTheme theme) const
{
    // QTextDocument tells of edits (contentsChange, which QSyntaxHighlighter follows) only once it has a
    // layout. An editor's document always has one; make sure, so that no document is left unhighlighted.
    document->documentLayout();
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    if (m_engine == HighlightingEngine::KSyntaxHighlighting)
        return new KSyntaxMarkdownHighlighter(document, *m_repository, theme); // owned by document
#endif
    auto *highlighter = new MarkdownHighlighter(document, theme); // owned by document
    // Highlight now rather than on the next event-loop turn, so that no unhighlighted frame is shown.
    highlighter->rehighlight();
    return highlighter;
}

void EditorHighlighting::setTheme(QSyntaxHighlighter *highlighter, EditorTheme theme)
{
    if (auto *own = qobject_cast<MarkdownHighlighter *>(highlighter)) {
        own->setEditorTheme(theme);
        return;
    }
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *kde = qobject_cast<KSyntaxMarkdownHighlighter *>(highlighter))
        kde->setEditorTheme(theme);
#endif
}

HighlightingEngine EditorHighlighting::compiledEngine()
{
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    return HighlightingEngine::KSyntaxHighlighting;
#else
    return HighlightingEngine::Fallback;
#endif
}

QList<HighlightingEngine> EditorHighlighting::compiledEngines()
{
#ifdef MOSAIC_HAVE_KSYNTAXHIGHLIGHTING
    return {HighlightingEngine::KSyntaxHighlighting, HighlightingEngine::Fallback};
#else
    return {HighlightingEngine::Fallback};
#endif
}

QString EditorHighlighting::engineName(HighlightingEngine engine)
{
    switch (engine) {
    case HighlightingEngine::KSyntaxHighlighting:
        return QStringLiteral("KDE Syntax-Highlighting");
    case HighlightingEngine::Fallback:
        break;
    }
    return QStringLiteral("Mosaic's own highlighter");
}

} // namespace mosaic
