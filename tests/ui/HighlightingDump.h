// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

/// The highlighting of `document` in a form to read and diff: per block, its number and text, then each
/// formatted range as `start-end formats "text"` (UTF-16 code units, end exclusive), the formats named
/// after the MarkdownFormats members the highlighter composed them from.
QString dumpHighlighting(const QTextDocument &document);

/// The names of the MarkdownFormats members at `position` of block `blockNumber`, e.g. "heading+markup",
/// or an empty string where the text is not formatted.
QString formatNamesAt(const QTextDocument &document, int blockNumber, int position);
