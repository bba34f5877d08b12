// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/MarkdownFormats.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>

namespace mosaic {

/// What one line leaves behind for the next: enough to highlight a line of Markdown without looking at
/// any line before it. It is stored as the block state of a QTextBlock, so a keystroke re-highlights the
/// following lines only while this state changes (opening or closing a fence, for instance).
struct MarkdownBlockState
{
    /// What the line was, as far as the next line cares.
    enum class LineKind : quint8
    {
        Blank, ///< Empty, or only spaces (also the state before the first line).
        Paragraph, ///< Paragraph text outside any container: may be underlined into a setext heading.
        ContainerText, ///< Text of a list item or a quote: continues lazily, but is never a setext heading.
        IndentedCode, ///< An indented code line.
        Other, ///< A heading, rule, fence or link reference: ends a paragraph.
    };

    LineKind kind = LineKind::Blank;
    bool inList = false; ///< Inside a list, where indented lines are list content rather than code.
    bool inFence = false; ///< Inside a fenced code block.
    bool tildeFence = false; ///< The fence is made of `~` rather than backticks.
    int fenceLength = 0; ///< The opening fence's length (a closing fence must be at least as long).
    int fenceIndent = 0; ///< The opening fence's indentation, in columns.
    int fenceQuoteDepth = 0; ///< How many `>` the fence sits in; the fence ends with its quote.
    bool setextText = false; ///< The line is the text of a setext heading (the next line underlines it).
    bool quoteParagraph = false; ///< The line is paragraph text in a quote, which unmarked lines continue lazily.

    /// The state as a QTextBlock user state (always ≥ 0).
    int encode() const;
    /// The state from a QTextBlock user state; -1 (no state yet) gives the state before the first line.
    static MarkdownBlockState decode(int userState);

    friend bool operator==(const MarkdownBlockState &, const MarkdownBlockState &) = default;
};

/// The roles of each character of one line.
using MarkdownRoleBuffer = QVarLengthArray<MarkdownRoles, 256>;

/// The result of scanning one line.
struct MarkdownLineScan
{
    MarkdownBlockState state; ///< The state after the line.
    bool setextUnderline = false; ///< The line underlines the previous one into a setext heading.
};

/// Scans one line of Markdown given the state after the previous line, filling `roles` (resized to the
/// line's length). `nextLine` returns the following line, or a null string at the end; it is called only for
/// paragraph lines, which a setext underline on the next line turns into a heading.
MarkdownLineScan scanMarkdownLine(QStringView line, const MarkdownBlockState &previous, const std::function<QString()> &nextLine, MarkdownRoleBuffer &roles);

/// Whether `line` is made only of `=` or only of `-` (after up to three spaces, before trailing spaces).
bool isSetextUnderline(QStringView line);

} // namespace mosaic
