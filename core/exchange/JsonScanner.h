// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <deque>
#include <span>

namespace mosaic {

/// A range of bytes [begin, end) in the scanned text.
struct ByteSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
};

/// Where and why a strict JSON pass stopped.
struct JsonSyntaxError
{
    enum class Kind
    {
        None,
        Truncated, ///< The text ends inside the document (an open string, array, object, keyword or character).
        NotUtf8, ///< A malformed UTF-8 sequence starts at `offset`.
        TooDeep, ///< Arrays and objects nest deeper than the scanner's limit at `offset`.
        Syntax, ///< Anything else; `rule` says what was wrong at `offset`.
    };
    Kind kind = Kind::None;
    qsizetype offset = 0;
    const char *rule = nullptr; ///< In the words of Qt's JSON parser ("unterminated string", …), untranslated.
};

/// One member of the top-level object, as the scan found it.
struct TopLevelMember
{
    QString key; ///< Decoded; cut to a few hundred characters for a long unknown key.
    ByteSpan value;
    /// Where each element of an array value starts (32 bits each: files are far smaller than 4 GiB). Its end is
    /// found from the next element's start (see elementSpan), so one offset per record is enough.
    std::deque<quint32> elementStarts;
};

/// The top-level object's members: every member whose key is among the known keys (a repeated key keeps its last
/// value, as Qt's parser does) and the first few others, so that a hostile file of many keys costs nothing.
struct JsonTopLevel
{
    bool rootIsObject = false;
    QList<TopLevelMember> members;
    qsizetype unrecordedMembers = 0;

    const TopLevelMember *member(QLatin1StringView key) const;
};

/// A strict RFC 8259 pass over `bytes` (after an optional UTF-8 byte order mark) that allocates nothing but the
/// record of the top level: grammar, string escapes, numbers, UTF-8 (no overlong forms or surrogates), no raw control
/// characters in strings, and nesting up to `maxDepth`. About 30 ms for a 24 MB journal, so an error anywhere in a
/// large file is found before anything is parsed.
JsonSyntaxError scanJson(QByteArrayView bytes, int maxDepth, std::span<const QLatin1StringView> knownKeys, JsonTopLevel &topLevel);

/// The bytes of element `index` of an array member: from its start to the next one's, less the comma and spaces.
ByteSpan elementSpan(QByteArrayView bytes, const TopLevelMember &member, qsizetype index);

/// A scanned value as the text of a one-element JSON array, which Qt's parser takes whatever the value's type. A string
/// longer than `maxStringBytes` is cut there (at a character boundary), for a message that quotes only its start.
QByteArray wrappedInArray(QByteArrayView value, qsizetype maxStringBytes);

} // namespace mosaic
