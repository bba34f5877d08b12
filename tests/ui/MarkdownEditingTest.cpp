// SPDX-License-Identifier: GPL-3.0-or-later
// The editing operations behind Ctrl+B, Ctrl+I, Ctrl+K and Enter, and the word count. A state is written as text
// with `[` and `]` (or `|` for a cursor) where the selection is, so a case reads like what the user sees.
#include "editor/MarkdownEditing.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace mosaic::MarkdownEditing;

namespace {

/// "a [b] c" → text "a b c", selection 2..3; "a|b" → cursor at 1. The tests' texts use no brackets or bars otherwise
/// except where `plain` is true.
TextEditState state(const QString &marked)
{
    QString text = marked;
    const auto cursor = text.indexOf(u'|');
    if (cursor >= 0) {
        text.remove(cursor, 1);
        return {text, int(cursor), int(cursor)};
    }
    const auto open = text.indexOf(u'{');
    text.remove(open, 1);
    const auto close = text.indexOf(u'}');
    text.remove(close, 1);
    return {text, int(open), int(close)};
}

/// The inverse of state(): `{…}` around a selection, `|` for a cursor.
QString marked(const TextEditState &s)
{
    QString text = s.text;
    if (s.selectionStart == s.selectionEnd)
        return text.insert(s.selectionStart, u'|');
    text.insert(s.selectionEnd, u'}');
    return text.insert(s.selectionStart, u'{');
}

} // namespace

#define CHECK_EDIT(operation, before, after) CHECK(marked(operation(state(QStringLiteral(before)))).toStdString() == std::string(after))

TEST_CASE("Bold wraps a selection and unwraps it again", "[editing][bold]")
{
    CHECK_EDIT(toggleBold, "a {word} here", "a **{word}** here");
    CHECK_EDIT(toggleBold, "a **{word}** here", "a {word} here");
    // A double-clicked word with its trailing space: the markers go around the word only.
    CHECK_EDIT(toggleBold, "a {word }here", "a **{word}** here");
    // The selection includes its markers.
    CHECK_EDIT(toggleBold, "a {**word**} here", "a {word} here");
    // Reversed selection (anchor after cursor) is the same selection.
    TextEditState reversed{QStringLiteral("a word"), 6, 2};
    CHECK(marked(toggleBold(reversed)) == QStringLiteral("a **{word}**"));
}

TEST_CASE("Bold with an empty selection inserts a pair and takes it back", "[editing][bold]")
{
    CHECK_EDIT(toggleBold, "a |b", "a **|**b");
    CHECK_EDIT(toggleBold, "a **|**b", "a |b");
    CHECK_EDIT(toggleBold, "|", "**|**");
    // The cursor inside bold text: the span is un-bolded.
    CHECK_EDIT(toggleBold, "a **wo|rd** b", "a wo|rd b");
}

TEST_CASE("Bold across the markers and inside a span", "[editing][bold]")
{
    // Partly bold: the whole selection becomes one bold span.
    CHECK_EDIT(toggleBold, "**bo{ld** te}xt", "**bo{ld te}**xt");
    CHECK_EDIT(toggleBold, "pl{ain **bo}ld**", "pl**{ain bo}ld**");
    // Two bold spans and the plain text between them merge.
    CHECK_EDIT(toggleBold, "{**a** and **b**}", "**{a and b}**");
    // Inside a longer span: the span splits around the selection.
    CHECK_EDIT(toggleBold, "**one {two} three**", "**one** {two} **three**");
    // A bullet `* ` is not emphasis.
    CHECK_EDIT(toggleBold, "* {item}", "* **{item}**");
}

TEST_CASE("Italic and bold nest", "[editing][italic]")
{
    CHECK_EDIT(toggleItalic, "a {word}", "a *{word}*");
    CHECK_EDIT(toggleItalic, "a *{word}*", "a {word}");
    CHECK_EDIT(toggleItalic, "a _{word}_", "a {word}");
    CHECK_EDIT(toggleItalic, "**{word}**", "***{word}***");
    CHECK_EDIT(toggleBold, "*{word}*", "***{word}***");
    CHECK_EDIT(toggleItalic, "***{word}***", "**{word}**");
    CHECK_EDIT(toggleBold, "***{word}***", "*{word}*");
    CHECK_EDIT(toggleItalic, "a |b", "a *|*b");
    CHECK_EDIT(toggleItalic, "a *|*b", "a |b");
    // Italic inside bold, bold inside italic.
    CHECK_EDIT(toggleItalic, "**a {b} c**", "**a *{b}* c**");
    CHECK_EDIT(toggleBold, "*a {b} c*", "*a **{b}** c*");
    // `__` bold and `_` italic are recognised too.
    CHECK_EDIT(toggleBold, "__{word}__", "{word}");
    // A soft line break inside the selection: one span over both lines.
    CHECK_EDIT(toggleBold, "{one\ntwo}", "**{one\ntwo}**");
    // snake_case is not italic.
    CHECK_EDIT(toggleItalic, "snake_case {word}", "snake_case *{word}*");
}

TEST_CASE("Link wraps the selection with the address selected", "[editing][link]")
{
    CHECK_EDIT(toggleLink, "see {the docs} now", "see [the docs]({url}) now");
    CHECK_EDIT(toggleLink, "see | now", "see [|](url) now");
    CHECK_EDIT(toggleLink, "see {https://kde.org} now", "see [|](https://kde.org) now");
    // In a link: unlinked, its text selected.
    CHECK_EDIT(toggleLink, "see [the d|ocs](https://kde.org) now", "see {the docs} now");
    CHECK_EDIT(toggleLink, "see [the docs]({url}) now", "see {the docs} now");
}

TEST_CASE("Enter continues lists and quotes", "[editing][lists]")
{
    CHECK_EDIT(insertNewline, "- one|", "- one\n- |");
    CHECK_EDIT(insertNewline, "* one|", "* one\n* |");
    CHECK_EDIT(insertNewline, "+ one|", "+ one\n+ |");
    CHECK_EDIT(insertNewline, "1. one|", "1. one\n2. |");
    CHECK_EDIT(insertNewline, "9) nine|", "9) nine\n10) |");
    CHECK_EDIT(insertNewline, "- [x] done|", "- [x] done\n- [ ] |");
    CHECK_EDIT(insertNewline, "- [ ] todo|", "- [ ] todo\n- [ ] |");
    CHECK_EDIT(insertNewline, "> said|", "> said\n> |");
    CHECK_EDIT(insertNewline, ">said|", ">said\n> |");
    CHECK_EDIT(insertNewline, "> - quoted item|", "> - quoted item\n> - |");
    // Indentation and the spacing after the marker are kept.
    CHECK_EDIT(insertNewline, "- a\n    - nested|", "- a\n    - nested\n    - |");
    CHECK_EDIT(insertNewline, "1.  wide|", "1.  wide\n2.  |");
    CHECK_EDIT(insertNewline, "1. a\n10. ten|", "1. a\n10. ten\n11. |");
    CHECK_EDIT(insertNewline, "\t- tab|", "\t- tab\n\t- |");
    // Only `\n` is ever inserted: the journal stores no CR.
    CHECK_FALSE(insertNewline(state(QStringLiteral("- a|"))).text.contains(u'\r'));
    // Splitting an item in the middle carries the rest to the new item.
    CHECK_EDIT(insertNewline, "- one|two", "- one\n- |two");
    // The selection is replaced.
    CHECK_EDIT(insertNewline, "- one{ two}", "- one\n- |");
    // Not in a list: a plain new line.
    CHECK_EDIT(insertNewline, "plain|", "plain\n|");
    CHECK_EDIT(insertNewline, "|", "\n|");
    CHECK_EDIT(insertNewline, "-not a list|", "-not a list\n|");
    CHECK_EDIT(insertNewline, "2026 was a year|", "2026 was a year\n|");
    // The cursor before the marker: a plain new line.
    CHECK_EDIT(insertNewline, "|- one", "\n|- one");
}

TEST_CASE("Enter on an empty item ends the list", "[editing][lists]")
{
    CHECK_EDIT(insertNewline, "- one\n- |", "- one\n|");
    CHECK_EDIT(insertNewline, "1. one\n2. |", "1. one\n|");
    CHECK_EDIT(insertNewline, "- [ ] a\n- [ ] |", "- [ ] a\n|");
    CHECK_EDIT(insertNewline, "> a\n> |", "> a\n|");
    CHECK_EDIT(insertNewline, "> - a\n> - |", "> - a\n> |");
    CHECK_EDIT(insertNewline, "- a\n  - |\n- b", "- a\n|\n- b");
}

TEST_CASE("Indenting nests the list items of the selection one level deeper", "[editing][lists][indent]")
{
    CHECK_EDIT(indentListItems, "- one\n- tw|o", "- one\n    - tw|o");
    CHECK_EDIT(indentListItems, "1. one\n2. |two", "1. one\n    2. |two");
    CHECK_EDIT(indentListItems, "- a\n    - b|", "- a\n        - b|");
    CHECK_EDIT(indentListItems, "- [ ] task|", "    - [ ] task|");
    // Every item the selection touches, and only items; a line where the selection merely ends is not touched.
    CHECK_EDIT(indentListItems, "- {a\ntext\n- b\n}- c", "    - {a\ntext\n    - b\n}- c");
    // In a quote the indentation goes after the quote markers.
    CHECK_EDIT(indentListItems, "> - quoted|", ">     - quoted|");
    // The cursor before the marker stays before it.
    CHECK_EDIT(indentListItems, "|- one", "    |- one");
    // Not a list: nothing changes (a tab is never inserted).
    CHECK_EDIT(indentListItems, "plain te|xt", "plain te|xt");
    CHECK_EDIT(indentListItems, "-not a list|", "-not a list|");
    CHECK_EDIT(indentListItems, "|", "|");
}

TEST_CASE("Outdenting takes the list items of the selection one level out", "[editing][lists][indent]")
{
    CHECK_EDIT(outdentListItems, "- a\n    - b|", "- a\n- b|");
    CHECK_EDIT(outdentListItems, "        - deep|", "    - deep|");
    CHECK_EDIT(outdentListItems, "  - two spaces|", "- two spaces|");
    CHECK_EDIT(outdentListItems, "\t- tab|", "- tab|");
    CHECK_EDIT(outdentListItems, ">     - quoted|", "> - quoted|");
    CHECK_EDIT(outdentListItems, "    {- a\n    - b}", "{- a\n- b}");
    // A cursor inside the removed indentation lands where it was.
    CHECK_EDIT(outdentListItems, "  |  - a", "|- a");
    // At the margin already, or not a list: nothing changes.
    CHECK_EDIT(outdentListItems, "- top|", "- top|");
    CHECK_EDIT(outdentListItems, "    indented text|", "    indented text|");
    // Indenting then outdenting gives back the text and the selection.
    const TextEditState before = state(QStringLiteral("- {one\n    - two\n}three"));
    CHECK(outdentListItems(indentListItems(before)) == before);
}

TEST_CASE("Word count", "[editing][words]")
{
    CHECK(wordCount(u"") == 0);
    CHECK(wordCount(u"   \n\n ") == 0);
    CHECK(wordCount(u"The quick brown fox.") == 4);
    CHECK(wordCount(u"Don't over-think it; well\u2019s deep.") == 5);
    CHECK(wordCount(u"Café naïve résumé Straße") == 4);
    CHECK(wordCount(u"Cafe\u0301 ok") == 2); // a combining accent stays in its word
    CHECK(wordCount(u"Привет мир") == 2);
    CHECK(wordCount(u"مرحبا بالعالم") == 2);
    CHECK(wordCount(u"नमस्ते दुनिया") == 2);
    CHECK(wordCount(u"3.14 and 1,000 and 2026") == 5);
    CHECK(wordCount(u"I'm happy 😊 today 👍🏽") == 3);
    CHECK(wordCount(u"😊 🎉") == 0);
    CHECK(wordCount(u"日本語") == 3);
    CHECK(wordCount(u"私はテストです") == 7);
    CHECK(wordCount(u"中文 and English") == 4);
    CHECK(wordCount(u"안녕하세요 세계") == 2);
    CHECK(wordCount(u"snake_case") == 1);
}

TEST_CASE("Markdown markup is not counted", "[editing][words]")
{
    CHECK(wordCount(u"# Heading here") == 2);
    CHECK(wordCount(u"**bold** and *italic* and `code`") == 5);
    CHECK(wordCount(u"- one\n* two\n+ three\n1. four\n10) five") == 5);
    CHECK(wordCount(u"- [ ] todo\n- [x] done") == 2);
    CHECK(wordCount(u"> quoted words\n> > nested") == 3);
    CHECK(wordCount(u"see [the docs](https://kde.org/docs?a=1) now") == 4);
    CHECK(wordCount(u"```cpp\nint x\n```") == 2);
    CHECK(wordCount(u"---\n***\n___") == 0);
}
