// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QString>
#include <QVariantMap>

#include <memory>

class QSyntaxHighlighter;

namespace mosaic {

class EditorHighlighting;
struct TextEditState;

/// The Markdown side of a QML text editor: highlights its document (KDE Syntax-Highlighting or Mosaic's own
/// highlighter, see EditorHighlighting) in the light or the dark theme, and runs the MarkdownEditing operations.
///
/// The operations are pure: they take the text and the selection and return the new `{text, selectionStart,
/// selectionEnd}`; apply() then writes such a result into the attached document as one undo step, so the
/// editor keeps its own undo history (assigning TextEdit.text would clear it).
class MarkdownDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY textDocumentChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QString highlightingEngine READ highlightingEngine CONSTANT)
    Q_PROPERTY(QColor textColor READ textColor NOTIFY darkChanged)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor NOTIFY darkChanged)
    Q_PROPERTY(QColor accentColor READ accentColor NOTIFY darkChanged)
    Q_PROPERTY(QColor mutedColor READ mutedColor NOTIFY darkChanged)

public:
    explicit MarkdownDocument(QObject *parent = nullptr);
    ~MarkdownDocument() override;

    QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *textDocument);

    bool isDark() const { return m_dark; }
    void setDark(bool dark);

    /// "KDE Syntax-Highlighting" or Mosaic's own highlighter's name, for the About page and the tests.
    QString highlightingEngine() const;

    /// The colours of the current theme, from the same palette as the highlighting.
    QColor textColor() const;
    QColor backgroundColor() const;
    QColor accentColor() const;
    QColor mutedColor() const;

    /// Ctrl+B, Ctrl+I, Ctrl+K, Enter, Ctrl+] and Ctrl+[ (see MarkdownEditing); each returns
    /// `{text, selectionStart, selectionEnd}`.
    Q_INVOKABLE QVariantMap toggleBold(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE QVariantMap toggleItalic(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE QVariantMap toggleLink(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE QVariantMap insertNewline(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE QVariantMap indentListItems(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE QVariantMap outdentListItems(const QString &text, int selectionStart, int selectionEnd) const;
    Q_INVOKABLE int wordCount(const QString &text) const;

    /// Gives a document rendered from Markdown (a read view's TextEdit.MarkdownText) the editor's look: links and
    /// headings in `accent` (Qt's importer bakes the application palette's link blue into the text), calmer heading
    /// sizes with room above them, quotes in `muted`.
    Q_INVOKABLE void styleRenderedDocument(QQuickTextDocument *rendered, const QColor &accent, const QColor &muted) const;

    /// Replaces the attached document's text with `state.text` as one undo step, changing only the span that
    /// differs (so the rest keeps its layout and highlighting). Returns false without a document.
    Q_INVOKABLE bool apply(const QVariantMap &state);

Q_SIGNALS:
    void textDocumentChanged();
    void darkChanged();

private:
    void attachHighlighter();

    QPointer<QQuickTextDocument> m_textDocument;
    QPointer<QSyntaxHighlighter> m_highlighter;
    std::unique_ptr<EditorHighlighting> m_highlighting;
    bool m_dark = false;
};

} // namespace mosaic
