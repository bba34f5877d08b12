// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace mosaic {

/// What the window shows of a person's Markdown wherever it is read rather than edited (the Journal's read view,
/// the editor's read view, a mission): the one way from Markdown to the rich text a Text or TextEdit shows.
namespace ReadableMarkdown {

/// Rich text (HTML for Text.RichText / TextEdit.RichText) for `markdown`, GitHub-flavoured, that loads nothing:
/// every image (remote, `file:`, relative, `data:`) becomes a quiet placeholder naming where it lives ("Image from
/// example.com"); a remote one links to its address, so that a click (never the showing) opens it in the browser.
/// Raw HTML in the text shows as the text it is. A single line break is kept as a line break, as a journal's
/// writer expects; blank lines still part paragraphs, and lists, quotes, tables and code work as in Markdown.
/// Links are drawn in `linkColor`.
QString toRichText(const QString &markdown, const QColor &linkColor);

/// `markdown` with each line break inside a paragraph made a hard break (two trailing spaces), fenced code blocks
/// left as they are.
QString keepLineBreaks(const QString &markdown);

} // namespace ReadableMarkdown

} // namespace mosaic
