// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/MarkdownDocument.h"

#include "editor/EditorHighlighting.h"
#include "editor/MarkdownEditing.h"
#include "editor/MarkdownFormats.h"

#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace mosaic {

namespace {

TextEditState stateOf(const QString &text, int selectionStart, int selectionEnd)
{
    const auto clamp = [&text](int position) { return std::clamp(position, 0, int(text.size())); };
    return TextEditState{text, clamp(selectionStart), clamp(selectionEnd)};
}

QVariantMap toMap(const TextEditState &state)
{
    return QVariantMap{
        {QStringLiteral("text"), state.text},
        {QStringLiteral("selectionStart"), state.selectionStart},
        {QStringLiteral("selectionEnd"), state.selectionEnd},
    };
}

} // namespace

MarkdownDocument::MarkdownDocument(QObject *parent)
    : QObject(parent)
    // One highlighting per editor for now; the window's composition root will share one (its KSyntaxHighlighting
    // repository is costly to load) once it exists.
    , m_highlighting(std::make_unique<EditorHighlighting>())
{ }

MarkdownDocument::~MarkdownDocument()
{
    // The highlighter belongs to the document, which may outlive this object: leave it highlighting, but do not
    // leave a highlighter whose EditorHighlighting (and KSyntaxHighlighting repository) is gone.
    delete m_highlighter.data();
}

void MarkdownDocument::setTextDocument(QQuickTextDocument *textDocument)
{
    if (m_textDocument == textDocument)
        return;
    delete m_highlighter.data();
    m_textDocument = textDocument;
    attachHighlighter();
    Q_EMIT textDocumentChanged();
}

void MarkdownDocument::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    if (m_highlighter)
        EditorHighlighting::setTheme(m_highlighter, dark ? EditorTheme::Dark : EditorTheme::Light);
    Q_EMIT darkChanged();
}

QString MarkdownDocument::highlightingEngine() const
{
    return EditorHighlighting::engineName(m_highlighting->engine());
}

QColor MarkdownDocument::textColor() const
{
    return paletteFor(m_dark ? EditorTheme::Dark : EditorTheme::Light).text;
}

QColor MarkdownDocument::backgroundColor() const
{
    return paletteFor(m_dark ? EditorTheme::Dark : EditorTheme::Light).background;
}

QColor MarkdownDocument::accentColor() const
{
    return paletteFor(m_dark ? EditorTheme::Dark : EditorTheme::Light).accent;
}

QColor MarkdownDocument::mutedColor() const
{
    return paletteFor(m_dark ? EditorTheme::Dark : EditorTheme::Light).quote;
}

QVariantMap MarkdownDocument::toggleBold(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::toggleBold(stateOf(text, selectionStart, selectionEnd)));
}

QVariantMap MarkdownDocument::toggleItalic(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::toggleItalic(stateOf(text, selectionStart, selectionEnd)));
}

QVariantMap MarkdownDocument::toggleLink(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::toggleLink(stateOf(text, selectionStart, selectionEnd)));
}

QVariantMap MarkdownDocument::insertNewline(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::insertNewline(stateOf(text, selectionStart, selectionEnd)));
}

QVariantMap MarkdownDocument::indentListItems(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::indentListItems(stateOf(text, selectionStart, selectionEnd)));
}

QVariantMap MarkdownDocument::outdentListItems(const QString &text, int selectionStart, int selectionEnd) const
{
    return toMap(MarkdownEditing::outdentListItems(stateOf(text, selectionStart, selectionEnd)));
}

int MarkdownDocument::wordCount(const QString &text) const
{
    return MarkdownEditing::wordCount(text);
}

bool MarkdownDocument::apply(const QVariantMap &state)
{
    if (!m_textDocument || !m_textDocument->textDocument())
        return false;
    QTextDocument *document = m_textDocument->textDocument();
    const QString before = document->toPlainText();
    const QString after = state.value(QStringLiteral("text")).toString();

    // Only the differing middle is replaced: the common prefix and suffix stay untouched.
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (prefix == before.size() && prefix == after.size())
        return true;

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    cursor.endEditBlock();
    return true;
}

void MarkdownDocument::styleRenderedDocument(QQuickTextDocument *rendered, const QColor &accent, const QColor &muted) const
{
    if (!rendered || !rendered->textDocument())
        return;
    QTextDocument *document = rendered->textDocument();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat blockFormat = block.blockFormat();
        const int headingLevel = blockFormat.headingLevel();
        const bool quote = blockFormat.property(QTextFormat::BlockQuoteLevel).toInt() > 0;
        if (headingLevel > 0) {
            QTextBlockFormat spaced;
            spaced.setTopMargin(block == document->begin() ? 0 : 14);
            spaced.setBottomMargin(6);
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(spaced);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format;
            if (fragment.charFormat().isAnchor()) {
                format.setForeground(accent);
                format.setUnderlineColor(accent);
            } else if (headingLevel > 0) {
                format.setForeground(accent);
                // Qt's importer makes a first-level heading four sizes larger: too loud for a journal.
                format.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - headingLevel));
            } else if (quote) {
                format.setForeground(muted);
            } else {
                continue;
            }
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
    cursor.endEditBlock();
}

void MarkdownDocument::attachHighlighter()
{
    if (!m_textDocument || !m_textDocument->textDocument())
        return;
    m_highlighter = m_highlighting->create(m_textDocument->textDocument(), m_dark ? EditorTheme::Dark : EditorTheme::Light);
}

} // namespace mosaic
