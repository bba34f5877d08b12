// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

class QIODevice;

namespace mosaic {

/// A small streaming JSON writer: UTF-8, pretty-printed with a two-space indent, keys in the order written.
///
/// Strings are escaped per RFC 8259: `"` `\` and the control characters (as \b \f \n \r \t or \u00xx),
/// plus U+2028 and U+2029 so that the output is also safe to embed in JavaScript. Everything else,
/// non-ASCII included, is written as UTF-8. An unpaired surrogate becomes U+FFFD so the output is
/// always valid UTF-8. Integral doubles are written as integers, other doubles in the shortest form
/// that reads back to the same value, and NaN or infinity as null (JSON has no spelling for them).
///
/// The writer trusts its caller to nest calls properly (checked with Q_ASSERT in debug builds).
class JsonWriter
{
public:
    /// Appends to `out`, which is not cleared first.
    explicit JsonWriter(QByteArray &out);
    /// Writes to an open `device` in chunks; call flush() (or let the destructor do it) at the end.
    explicit JsonWriter(QIODevice &device);
    ~JsonWriter();

    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The next member's name; must be followed by exactly one value or container.
    void key(QLatin1StringView name);
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(bool flag);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(qint64 number);
    void value(double number);
    void nullValue();
    // A string literal would otherwise silently become `true`.
    void value(const char *) = delete;

    /// key() then value(), for the common case.
    template <typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// Writes buffered output to the device (a no-op for a QByteArray). False once any write failed.
    bool flush();
    /// True when a write to the device failed; the output is then incomplete.
    bool hasError() const { return m_error; }
    /// The device's error message after a failed write.
    QString errorString() const { return m_errorString; }

private:
    struct Level
    {
        bool isObject;
        bool hasItems;
    };

    void beforeValue();
    void beginMember();
    void close(char bracket);
    void writeQuoted(QStringView text);
    void writeQuoted(QLatin1StringView text);
    void maybeFlush()
    {
        if (m_device && m_out->size() >= ChunkSize)
            flush();
    }

    static constexpr qsizetype ChunkSize = 256 * 1024;

    QByteArray m_buffer; // Only used when writing to a device.
    QByteArray *m_out;
    QIODevice *m_device = nullptr;
    QVarLengthArray<Level, 16> m_levels;
    bool m_afterKey = false;
    bool m_error = false;
    QString m_errorString;
};

} // namespace mosaic
