// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QIODevice>

#include <charconv>
#include <cmath>

namespace mosaic {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// Writes the escape for an ASCII character that must not appear raw; returns the new end.
char *escapeAscii(char *p, char16_t c)
{
    *p++ = '\\';
    switch (c) {
    case u'"':
        *p++ = '"';
        break;
    case u'\\':
        *p++ = '\\';
        break;
    case u'\b':
        *p++ = 'b';
        break;
    case u'\f':
        *p++ = 'f';
        break;
    case u'\n':
        *p++ = 'n';
        break;
    case u'\r':
        *p++ = 'r';
        break;
    case u'\t':
        *p++ = 't';
        break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = HexDigits[(c >> 4) & 0xf];
        *p++ = HexDigits[c & 0xf];
        break;
    }
    return p;
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

char *writeUtf8(char *p, char32_t c)
{
    if (c < 0x80) {
        *p++ = static_cast<char>(c);
    } else if (c < 0x800) {
        *p++ = static_cast<char>(0xc0 | (c >> 6));
        *p++ = static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *p++ = static_cast<char>(0xe0 | (c >> 12));
        *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        *p++ = static_cast<char>(0x80 | (c & 0x3f));
    } else {
        *p++ = static_cast<char>(0xf0 | (c >> 18));
        *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
        *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        *p++ = static_cast<char>(0x80 | (c & 0x3f));
    }
    return p;
}

// Integral doubles up to here are written as integers; 2^53 keeps every such value exact.
constexpr double MaxExactInteger = 9007199254740992.0;

} // namespace

JsonWriter::JsonWriter(QByteArray &out)
    : m_out(&out)
{ }

JsonWriter::JsonWriter(QIODevice &device)
    : m_out(&m_buffer)
    , m_device(&device)
{
    m_buffer.reserve(ChunkSize + ChunkSize / 4);
}

JsonWriter::~JsonWriter()
{
    flush();
}

bool JsonWriter::flush()
{
    if (!m_device)
        return true;
    if (!m_error && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_error = true;
        m_errorString = m_device->errorString();
    }
    // After a failed write the rest is dropped rather than kept: the output is incomplete anyway.
    // resize(0) rather than clear() keeps the capacity, so each chunk does not allocate again.
    m_buffer.resize(0);
    return !m_error;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    Q_ASSERT_X(!level.isObject, "JsonWriter", "a value inside an object needs a key first");
    if (level.hasItems)
        m_out->append(',');
    m_out->append('\n');
    m_out->append(2 * m_levels.size(), ' ');
    level.hasItems = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out->append('{');
    m_levels.append({true, false});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    close('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_levels.append({false, false});
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().isObject);
    close(']');
}

void JsonWriter::close(char bracket)
{
    const bool hadItems = m_levels.last().hasItems;
    m_levels.removeLast();
    if (hadItems) {
        m_out->append('\n');
        m_out->append(2 * m_levels.size(), ' ');
    }
    m_out->append(bracket);
    if (m_levels.isEmpty())
        m_out->append('\n');
    maybeFlush();
}

void JsonWriter::beginMember()
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey, "JsonWriter", "a key belongs directly inside an object");
    Level &level = m_levels.last();
    if (level.hasItems)
        m_out->append(',');
    m_out->append('\n');
    m_out->append(2 * m_levels.size(), ' ');
    level.hasItems = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    beginMember();
    writeQuoted(name);
    m_out->append(": ", 2);
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    beginMember();
    writeQuoted(name);
    m_out->append(": ", 2);
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeQuoted(text);
    maybeFlush();
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    writeQuoted(text);
    maybeFlush();
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out->append(buffer, result.ptr - buffer);
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) {
        nullValue();
        return;
    }
    if (number == std::trunc(number) && std::fabs(number) <= MaxExactInteger) {
        value(static_cast<qint64>(number));
        return;
    }
    beforeValue();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out->append(buffer, result.ptr - buffer);
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out->append("null", 4);
}

void JsonWriter::writeQuoted(QStringView text)
{
    // Reserve the worst case (six bytes per UTF-16 unit, for \u00xx) and write through a pointer:
    // appending byte by byte would cost a capacity check per character.
    const qsizetype start = m_out->size();
    m_out->resize(start + 6 * text.size() + 2);
    char *p = m_out->data() + start;
    *p++ = '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t c = *it++;
        if (c < 0x80) {
            if (needsEscape(c))
                p = escapeAscii(p, c);
            else
                *p++ = static_cast<char>(c);
        } else if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && it != end && QChar::isLowSurrogate(*it))
                p = writeUtf8(p, QChar::surrogateToUcs4(c, *it++));
            else
                p = writeUtf8(p, QChar::ReplacementCharacter);
        } else if (c == 0x2028 || c == 0x2029) {
            // Valid raw in JSON, but line terminators in JavaScript: escape them for anyone who embeds the file.
            for (const char e : {'\\', 'u', '2', '0', '2'})
                *p++ = e;
            *p++ = c == 0x2028 ? '8' : '9';
        } else {
            p = writeUtf8(p, c);
        }
    }
    *p++ = '"';
    m_out->resize(p - m_out->constData());
}

void JsonWriter::writeQuoted(QLatin1StringView text)
{
    const qsizetype start = m_out->size();
    m_out->resize(start + 6 * text.size() + 2);
    char *p = m_out->data() + start;
    *p++ = '"';
    for (const char ch : text) {
        const auto c = static_cast<char16_t>(static_cast<unsigned char>(ch));
        if (c < 0x80) {
            if (needsEscape(c))
                p = escapeAscii(p, c);
            else
                *p++ = ch;
        } else {
            p = writeUtf8(p, c);
        }
    }
    *p++ = '"';
    m_out->resize(p - m_out->constData());
}

} // namespace mosaic
