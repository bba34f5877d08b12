// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>

namespace mosaic {

namespace {

// The rules a scan can find broken, worded as Qt's parser words them (the messages used to quote Qt's), marked for
// translation in the reader's context, which translates them when it writes a message.
constexpr const char *kUnterminatedObject = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "unterminated object");
constexpr const char *kMissingNameSeparator = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "missing name separator");
constexpr const char *kUnterminatedArray = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "unterminated array");
constexpr const char *kIllegalValue = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "illegal value");
constexpr const char *kIllegalNumber = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "illegal number");
constexpr const char *kIllegalEscape = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "invalid escape sequence");
constexpr const char *kControlCharacter = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "control character in a string (write it as an escape like \\n)");
constexpr const char *kMissingObject = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "object is missing after a comma");
constexpr const char *kGarbageAtEnd = QT_TRANSLATE_NOOP("mosaic::JournalJsonReader", "garbage at the end of the document");

constexpr qsizetype kMaxUnknownMembers = 20; // as many as a report lists
constexpr qsizetype kMaxKeyBytes = 600; // enough for a message, which cuts long text anyway
constexpr int kMaxDepth = 1024; // the scanner's own bound; the caller's may be lower

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(uchar c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms, surrogates or values past
/// U+10FFFF), 0 when it is malformed, or -1 when the text ends inside it.
int utf8SequenceLength(const uchar *data, qsizetype size, qsizetype i)
{
    const uchar lead = data[i];
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF; // The allowed range of the second byte.
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size)
            return -1;
        const uchar next = data[i + k];
        const bool fits = k == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
        if (!fits)
            return 0;
    }
    return length;
}

/// Where a string's text can be cut at or before `maxBytes` without splitting an escape or a character.
qsizetype safeCut(QByteArrayView text, qsizetype maxBytes)
{
    const auto *data = reinterpret_cast<const uchar *>(text.data());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype step = 1;
        if (data[i] == '\\')
            step = i + 1 < text.size() && data[i + 1] == 'u' ? 6 : 2;
        else if (data[i] >= 0x80)
            step = std::max(1, utf8SequenceLength(data, text.size(), i));
        if (i + step > maxBytes)
            break;
        i += step;
    }
    return i;
}

class Scanner
{
public:
    Scanner(QByteArrayView bytes, int maxDepth, std::span<const QLatin1StringView> knownKeys, JsonTopLevel &topLevel)
        : m_data(reinterpret_cast<const uchar *>(bytes.data()))
        , m_size(bytes.size())
        , m_maxDepth(maxDepth)
        , m_knownKeys(knownKeys)
        , m_topLevel(topLevel)
    { }

    JsonSyntaxError run()
    {
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
            m_i = 3;
        skipSpace();
        if (m_i < m_size && m_data[m_i] != '{' && m_data[m_i] != '[') {
            // Qt's parser takes only an object or an array at the top.
            if (m_data[m_i] >= 0x80 && utf8SequenceLength(m_data, m_size, m_i) == 0)
                return fail(JsonSyntaxError::Kind::NotUtf8, m_i);
            return syntax(m_i, kIllegalValue);
        }
        m_topLevel.rootIsObject = m_i < m_size && m_data[m_i] == '{';
        parse();
        return m_error;
    }

private:
    enum class Next
    {
        Value,
        Key,
        AfterValue,
        Done
    };

    JsonSyntaxError fail(JsonSyntaxError::Kind kind, qsizetype offset, const char *rule = nullptr)
    {
        if (m_error.kind == JsonSyntaxError::Kind::None)
            m_error = {kind, offset, rule};
        return m_error;
    }
    bool failed() const { return m_error.kind != JsonSyntaxError::Kind::None; }
    JsonSyntaxError syntax(qsizetype offset, const char *rule) { return fail(JsonSyntaxError::Kind::Syntax, offset, rule); }
    void truncated() { fail(JsonSyntaxError::Kind::Truncated, m_size); }

    // A byte where a structural character was expected: a malformed UTF-8 sequence is the real cause then.
    void unexpected(qsizetype offset, const char *rule)
    {
        if (m_data[offset] >= 0x80) {
            const int length = utf8SequenceLength(m_data, m_size, offset);
            if (length == 0) {
                fail(JsonSyntaxError::Kind::NotUtf8, offset);
                return;
            }
            if (length < 0) {
                truncated();
                return;
            }
        }
        syntax(offset, rule);
    }

    void skipSpace()
    {
        while (m_i < m_size && isSpace(m_data[m_i]))
            ++m_i;
    }

    bool atEnd()
    {
        if (m_i < m_size)
            return false;
        truncated();
        return true;
    }

    void parse()
    {
        Next next = Next::Value;
        while (!failed() && next != Next::Done) {
            switch (next) {
            case Next::Value:
                next = value();
                break;
            case Next::Key:
                next = key();
                break;
            case Next::AfterValue:
                next = afterValue();
                break;
            case Next::Done:
                break;
            }
        }
    }

    Next value()
    {
        skipSpace();
        if (atEnd())
            return Next::Done;
        noteValueStart();
        const uchar c = m_data[m_i];
        switch (c) {
        case '{':
        case '[': {
            if (m_depth >= m_maxDepth) {
                fail(JsonSyntaxError::Kind::TooDeep, m_i);
                return Next::Done;
            }
            m_open[m_depth++] = c;
            ++m_i;
            skipSpace();
            if (atEnd())
                return Next::Done;
            const uchar close = c == '{' ? '}' : ']';
            if (m_data[m_i] == close) {
                --m_depth;
                ++m_i;
                noteValueEnd();
                return Next::AfterValue;
            }
            return c == '{' ? Next::Key : Next::Value;
        }
        case '"':
            if (string())
                noteValueEnd();
            return Next::AfterValue;
        case 't':
            literal("true");
            return Next::AfterValue;
        case 'f':
            literal("false");
            return Next::AfterValue;
        case 'n':
            literal("null");
            return Next::AfterValue;
        default:
            if (c == '-' || isDigit(c)) {
                number();
                return Next::AfterValue;
            }
            unexpected(m_i, kIllegalValue);
            return Next::Done;
        }
    }

    Next key()
    {
        skipSpace();
        if (atEnd())
            return Next::Done;
        if (m_data[m_i] != '"') {
            unexpected(m_i, m_afterComma ? kMissingObject : kIllegalValue);
            return Next::Done;
        }
        const qsizetype start = m_i;
        if (!string())
            return Next::Done;
        if (m_depth == 1 && m_topLevel.rootIsObject)
            noteTopLevelKey(QByteArrayView(m_data + start + 1, m_i - start - 2));
        skipSpace();
        if (atEnd())
            return Next::Done;
        if (m_data[m_i] != ':') {
            unexpected(m_i, kMissingNameSeparator);
            return Next::Done;
        }
        ++m_i;
        return Next::Value;
    }

    Next afterValue()
    {
        if (failed())
            return Next::Done;
        m_afterComma = false;
        skipSpace();
        if (m_depth == 0) {
            if (m_i < m_size)
                syntax(m_i, kGarbageAtEnd);
            return Next::Done;
        }
        if (atEnd())
            return Next::Done;
        const uchar open = m_open[m_depth - 1];
        const uchar c = m_data[m_i];
        if (c == ',') {
            ++m_i;
            m_afterComma = true;
            return open == '{' ? Next::Key : Next::Value;
        }
        if (c == (open == '{' ? '}' : ']')) {
            --m_depth;
            ++m_i;
            noteValueEnd();
            return Next::AfterValue;
        }
        unexpected(m_i, open == '{' ? kUnterminatedObject : kUnterminatedArray);
        return Next::Done;
    }

    // At the opening quote; on success, just past the closing one.
    bool string()
    {
        ++m_i;
        for (;;) {
            // The common case first: plain ASCII text.
            while (m_i < m_size) {
                const uchar c = m_data[m_i];
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++m_i;
            }
            if (atEnd())
                return false;
            const uchar c = m_data[m_i];
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c == '\\') {
                if (m_i + 1 >= m_size) {
                    truncated();
                    return false;
                }
                const uchar escaped = m_data[m_i + 1];
                if (escaped == 'u') {
                    for (int k = 2; k < 6; ++k) {
                        if (m_i + k >= m_size) {
                            truncated();
                            return false;
                        }
                        if (!isHexDigit(m_data[m_i + k])) {
                            syntax(m_i, kIllegalEscape);
                            return false;
                        }
                    }
                    m_i += 6;
                } else if (escaped == '"' || escaped == '\\' || escaped == '/' || escaped == 'b' || escaped == 'f' || escaped == 'n' || escaped == 'r' ||
                           escaped == 't') {
                    m_i += 2;
                } else {
                    syntax(m_i, kIllegalEscape);
                    return false;
                }
                continue;
            }
            if (c < 0x20) {
                syntax(m_i, kControlCharacter);
                return false;
            }
            const int length = utf8SequenceLength(m_data, m_size, m_i);
            if (length < 0) {
                truncated();
                return false;
            }
            if (length == 0) {
                fail(JsonSyntaxError::Kind::NotUtf8, m_i);
                return false;
            }
            m_i += length;
        }
    }

    void literal(const char *word)
    {
        const qsizetype start = m_i;
        for (const char *w = word; *w; ++w, ++m_i) {
            if (m_i >= m_size) {
                truncated();
                return;
            }
            if (m_data[m_i] != uchar(*w)) {
                unexpected(start, kIllegalValue);
                return;
            }
        }
        noteValueEnd();
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    void number()
    {
        const qsizetype start = m_i;
        const auto digits = [this]() {
            const qsizetype from = m_i;
            while (m_i < m_size && isDigit(m_data[m_i]))
                ++m_i;
            return m_i > from;
        };
        const auto bad = [&]() {
            if (m_i >= m_size)
                truncated();
            else
                syntax(start, kIllegalNumber);
        };
        if (m_data[m_i] == '-')
            ++m_i;
        if (m_i < m_size && m_data[m_i] == '0')
            ++m_i;
        else if (!digits())
            return bad();
        if (m_i < m_size && m_data[m_i] == '.') {
            ++m_i;
            if (!digits())
                return bad();
        }
        if (m_i < m_size && (m_data[m_i] == 'e' || m_data[m_i] == 'E')) {
            ++m_i;
            if (m_i < m_size && (m_data[m_i] == '+' || m_data[m_i] == '-'))
                ++m_i;
            if (!digits())
                return bad();
        }
        noteValueEnd();
    }

    // ---- recording the top level ------------------------------------------------------------------------------

    void noteTopLevelKey(QByteArrayView rawKey)
    {
        m_member = nullptr;
        const QString key = decodedKey(rawKey);
        const bool known = std::any_of(m_knownKeys.begin(), m_knownKeys.end(), [&](QLatin1StringView k) { return k == key; });
        if (known) {
            // A repeated key keeps its last value.
            const auto it = std::find_if(m_topLevel.members.begin(), m_topLevel.members.end(), [&](const TopLevelMember &m) { return m.key == key; });
            if (it != m_topLevel.members.end())
                m_topLevel.members.erase(it);
        } else if (++m_unknownMembers > kMaxUnknownMembers) {
            ++m_topLevel.unrecordedMembers;
            return;
        }
        m_topLevel.members.append(TopLevelMember{key, {}, {}});
        m_member = &m_topLevel.members.last();
    }

    static QString decodedKey(QByteArrayView rawKey)
    {
        if (!rawKey.contains('\\') && rawKey.size() <= kMaxKeyBytes)
            return QString::fromUtf8(rawKey);
        QByteArray quoted = "\"";
        quoted += rawKey.first(safeCut(rawKey, kMaxKeyBytes));
        quoted += '"';
        return QJsonDocument::fromJson(wrappedInArray(quoted, kMaxKeyBytes)).array().first().toString();
    }

    // Called with m_i at a value's first byte, m_depth the depth of the container holding it.
    void noteValueStart()
    {
        if (!m_member)
            return;
        if (m_depth == 1)
            m_member->value.begin = m_i;
        else if (m_depth == 2 && m_open[1] == '[')
            m_member->elementStarts.push_back(quint32(m_i));
    }

    // Called with m_i just past a value's last byte, m_depth the depth of the container holding it.
    void noteValueEnd()
    {
        if (m_member && m_depth == 1) {
            m_member->value.end = m_i;
            m_member = nullptr;
        }
    }

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_i = 0;
    int m_maxDepth;
    std::span<const QLatin1StringView> m_knownKeys;
    JsonTopLevel &m_topLevel;
    JsonSyntaxError m_error;
    std::array<uchar, kMaxDepth> m_open{}; // the brackets open, innermost last
    int m_depth = 0;
    bool m_afterComma = false;
    TopLevelMember *m_member = nullptr; // the recorded member whose value is being scanned
    qsizetype m_unknownMembers = 0;
};

} // namespace

const TopLevelMember *JsonTopLevel::member(QLatin1StringView key) const
{
    const auto it = std::find_if(members.cbegin(), members.cend(), [&](const TopLevelMember &m) { return m.key == key; });
    return it == members.cend() ? nullptr : &*it;
}

JsonSyntaxError scanJson(QByteArrayView bytes, int maxDepth, std::span<const QLatin1StringView> knownKeys, JsonTopLevel &topLevel)
{
    topLevel = {};
    Scanner scanner(bytes, std::min(maxDepth, kMaxDepth), knownKeys, topLevel);
    return scanner.run();
}

ByteSpan elementSpan(QByteArrayView bytes, const TopLevelMember &member, qsizetype index)
{
    const qsizetype begin = member.elementStarts[std::size_t(index)];
    qsizetype end = index + 1 < qsizetype(member.elementStarts.size()) ? qsizetype(member.elementStarts[std::size_t(index + 1)]) : member.value.end - 1;
    // Between two elements there is only space and one comma; before the closing bracket, only space.
    while (end > begin && (isSpace(uchar(bytes[end - 1])) || (bytes[end - 1] == ',')))
        --end;
    return {begin, end};
}

QByteArray wrappedInArray(QByteArrayView value, qsizetype maxStringBytes)
{
    QByteArray wrapped;
    wrapped += '[';
    // Compared without adding to maxStringBytes, which may be the largest qsizetype ("no limit").
    if (value.startsWith('"') && value.size() - 2 > maxStringBytes) {
        const QByteArrayView text = value.sliced(1, value.size() - 2);
        wrapped += '"';
        wrapped += text.first(safeCut(text, maxStringBytes));
        wrapped += '"';
    } else {
        wrapped += value;
    }
    wrapped += ']';
    return wrapped;
}

} // namespace mosaic
