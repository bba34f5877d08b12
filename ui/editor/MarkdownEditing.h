// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace mosaic {

/// A text with its selection: the input and the result of every editing operation, so that the QML editor
/// only replaces its text and selection with what comes back (one undo step).
/// `selectionStart` and `selectionEnd` are UTF-16 offsets; equal for a plain cursor. Either order is accepted.
struct TextEditState
{
    QString text;
    int selectionStart = 0;
    int selectionEnd = 0;

    friend bool operator==(const TextEditState &, const TextEditState &) = default;
};

/// Pure Markdown editing operations: Ctrl+B, Ctrl+I, Ctrl+K, Enter in lists, Ctrl+] and Ctrl+[, and the word count.
/// Text is plain Markdown with `\n` line ends (the editor never stores CR).
namespace MarkdownEditing {

/// Ctrl+B: wraps the selection in `**`, or removes the bold around or inside it. A selection partly in bold
/// becomes bold as a whole; a selection inside a longer bold span splits it. An empty selection inserts `****`
/// with the cursor in the middle, or, inside bold text, removes that span's markers.
TextEditState toggleBold(const TextEditState &state);

/// Ctrl+I: the same with `*` (Mosaic writes italics with `*`; `_` italics are recognised when removing).
TextEditState toggleItalic(const TextEditState &state);

/// Ctrl+K: `[selection](url)` with "url" selected, ready to be typed over; a selected address becomes
/// `[](address)` with the cursor in the brackets; no selection inserts `[](url)` with the cursor in the
/// brackets. With the selection in a link, the link is removed and its text selected.
TextEditState toggleLink(const TextEditState &state);

/// Enter: replaces the selection with a new line that continues the current list item or quote: same
/// indentation and quote markers, the same bullet, the next number (`1.` → `2.`, `1)` → `2)`), a new
/// unchecked task `- [ ] `. Enter on an empty item ends the list: the marker is removed and no line is added.
TextEditState insertNewline(const TextEditState &state);

/// Ctrl+]: nests every list item the selection touches one level deeper (four spaces more before its marker,
/// inside any quote markers). Lines that are not list items stay as they are; without one the state is returned
/// unchanged. (Tab moves the keyboard on to the next control, so indenting has a shortcut of its own.)
TextEditState indentListItems(const TextEditState &state);

/// Ctrl+[: the reverse, one level out (up to four spaces, or one tab, fewer before the marker); an item already at
/// the margin stays there.
TextEditState outdentListItems(const TextEditState &state);

/// The number of words a reader sees. A word is a run of letters, marks and digits, joined across an
/// apostrophe or hyphen between letters ("don't", "well-known") and a point or comma between digits ("3.14").
/// Han, Hiragana and Katakana are written without spaces, so each of their characters counts as a word (as
/// word processors count them); Hangul is written with spaces and counts by runs. Emoji and other symbols,
/// punctuation and Markdown markup are not words: list, quote, heading and task markers, link destinations
/// `](…)` and code-fence lines are skipped.
int wordCount(QStringView text);

} // namespace MarkdownEditing
} // namespace mosaic
