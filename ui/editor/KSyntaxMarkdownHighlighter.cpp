// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/KSyntaxMarkdownHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

namespace mosaic {

namespace {

QString markdownDefinitionName()
{
    return QStringLiteral("Markdown");
}

} // namespace

KSyntaxMarkdownHighlighter::KSyntaxMarkdownHighlighter(QTextDocument *document, const KSyntaxHighlighting::Repository &repository, EditorTheme theme)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_theme(theme)
    , m_lightTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme))
    , m_darkTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme))
{
    // Theme first: setDefinition() re-highlights when the definition changes, and should do so only once.
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(themeFor(theme));
    setDefinition(repository.definitionForName(markdownDefinitionName()));
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
    // SyntaxHighlighter::setTheme() only drops its cached formats; the document is re-highlighted here.
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(themeFor(theme));
    rehighlight();
}

KSyntaxHighlighting::Theme KSyntaxMarkdownHighlighter::themeFor(EditorTheme theme) const
{
    return theme == EditorTheme::Dark ? m_darkTheme : m_lightTheme;
}

} // namespace mosaic
