// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace mosaic {

/// The one table of limits on what Mosaic reads from outside — what a person types into a search, and the files it
/// imports — so that no input, however large or odd, can take unbounded time or memory. docs/limits.md lists them for
/// people. (The interchange schema's own limits, such as a name's length, are the schema's: JournalJsonReader.cpp.)
namespace InputLimits {

/// A search query: at most this many characters (UTF-16 units) ...
inline constexpr qsizetype kSearchQueryLength = 1000;
/// ... and this many words. A person looks for a few words; a pasted page is no search.
inline constexpr qsizetype kSearchWords = 64;

/// The largest journal file imported; a journal with hundreds of thousands of records is far below it.
inline constexpr qint64 kJournalFileBytes = 256 * 1024 * 1024;
/// How deep a journal file may nest arrays and objects: far beyond a valid journal (5 levels: root → habits → habit →
/// schedule → days), well within what Qt's JSON parser handles (1024).
inline constexpr int kJournalFileDepth = 512;
/// How densely a journal file may pack JSON values, as the fewest bytes of file per array or object and per value on
/// average (once there are more than kJournalFileDenseValues of them). Qt's JSON parser spends about 150 bytes per
/// array or object and 17 per value, so a file of "[[[[]]]]" would take 70 times its size; a journal spends more than
/// 100 bytes of file per object or array and 25 per value, even without spaces.
inline constexpr qint64 kJournalFileBytesPerContainer = 24;
inline constexpr qint64 kJournalFileBytesPerValue = 8;
inline constexpr qint64 kJournalFileDenseValues = 4096;

} // namespace InputLimits

} // namespace mosaic
