// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/ReadableMarkdown.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace mosaic {

/// Markdown as the window shows it to be read (ReadableMarkdown::toRichText): every Text or TextEdit that renders
/// a person's Markdown shows `ReadableText.html(markdown, linkColor)` as Text.RichText, never Text.MarkdownText,
/// which would fetch the images written into it.
class ReadableText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ReadableText(QObject *parent = nullptr)
        : QObject(parent)
    { }

    Q_INVOKABLE QString html(const QString &markdown, const QColor &linkColor) const { return ReadableMarkdown::toRichText(markdown, linkColor); }
};

} // namespace mosaic
