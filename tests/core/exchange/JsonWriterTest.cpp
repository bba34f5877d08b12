// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/JsonWriter.h"

#include "WriterFixtures.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace mosaic;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray stringJson(const QString &text)
{
    QByteArray out;
    JsonWriter w(out);
    w.value(text);
    return out;
}

QByteArray numberJson(double number)
{
    QByteArray out;
    JsonWriter w(out);
    w.value(number);
    return out;
}

QString parsedString(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']', &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.array().at(0).toString();
}

} // namespace

TEST_CASE("Quotes, backslashes and short escapes", "[json][escape]")
{
    CHECK(stringJson(u"say \"hi\""_s) == R"("say \"hi\"")");
    CHECK(stringJson(u"C:\\path"_s) == R"("C:\\path")");
    CHECK(stringJson(u"a/b"_s) == R"("a/b")"); // a slash needs no escape
    CHECK(stringJson(u"\b\f\n\r\t"_s) == R"("\b\f\n\r\t")");
    CHECK(stringJson(QString()) == R"("")");
}

TEST_CASE("Every other control character becomes \\u00XX", "[json][escape]")
{
    for (char16_t c = 0; c < 0x20; ++c) {
        if (c == u'\b' || c == u'\f' || c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        const QString text{QChar(c)};
        const QByteArray json = stringJson(text);
        INFO("U+" << int(c));
        CHECK(json == QByteArray("\"\\u00") + QByteArray::number(c, 16).rightJustified(2, '0') + '"');
        CHECK(parsedString(json) == text);
    }
    // DEL is not a JSON control character: written as is.
    CHECK(stringJson(QString(QChar(0x7f))) == "\"\x7f\"");
}

TEST_CASE("Line and paragraph separators are escaped for JavaScript's sake", "[json][escape]")
{
    CHECK(stringJson(u"a\u2028b\u2029c"_s) == R"("a\u2028b\u2029c")");
    CHECK(parsedString(stringJson(u"a\u2028b\u2029c"_s)) == u"a\u2028b\u2029c"_s);
}

TEST_CASE("Non-ASCII text is written as UTF-8, not escaped", "[json][escape]")
{
    CHECK(stringJson(u"\u00e9t\u00e9"_s) == "\"\xc3\xa9t\xc3\xa9\"");
    CHECK(stringJson(u"\u4e2d"_s) == "\"\xe4\xb8\xad\"");
    CHECK(stringJson(u"\u07ff\u0800\uffff"_s) == "\"\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\"");
    // An emoji is a surrogate pair in UTF-16 and one four-byte sequence in UTF-8.
    const QString smile = QString::fromUtf8("\xf0\x9f\x98\x8a");
    REQUIRE(smile.size() == 2);
    CHECK(stringJson(smile) == "\"\xf0\x9f\x98\x8a\"");
    CHECK(stringJson(QString::fromUtf8("\xf4\x8f\xbf\xbf")) == "\"\xf4\x8f\xbf\xbf\""); // U+10FFFF
    CHECK(parsedString(stringJson(smile + u"\u00e9"_s)) == smile + u"\u00e9"_s);
}

TEST_CASE("Unpaired surrogates become U+FFFD so the output stays valid UTF-8", "[json][escape]")
{
    const QByteArray replacement = "\xef\xbf\xbd";
    CHECK(stringJson(QString(QChar(0xd83d))) == '"' + replacement + '"');
    CHECK(stringJson(QString(QChar(0xde0a))) == '"' + replacement + '"');
    CHECK(stringJson(QString(QChar(0xd83d)) + u'x') == '"' + replacement + "x\"");
    const QString swapped = QString(QChar(0xde0a)) + QChar(0xd83d);
    CHECK(stringJson(swapped) == '"' + replacement + replacement + '"');
}

TEST_CASE("Every UTF-16 character round-trips through QJsonDocument", "[json][escape]")
{
    QString all;
    for (char32_t c = 0; c < 0x110000; c += (c < 0x3000 ? 1 : 97)) {
        if (c >= 0xd800 && c <= 0xdfff)
            continue;
        const char32_t one[] = {c};
        all += QString::fromUcs4(one, 1);
    }
    CHECK(parsedString(stringJson(all)) == all);
}

TEST_CASE("Latin-1 keys and values are converted to UTF-8 and escaped", "[json][escape]")
{
    QByteArray out;
    {
        JsonWriter w(out);
        w.beginObject();
        w.member(QLatin1StringView("caf\xe9"), QLatin1StringView("a\"b\n"));
        w.endObject();
    }
    CHECK(out == "{\n  \"caf\xc3\xa9\": \"a\\\"b\\n\"\n}\n");
}

TEST_CASE("Integers are written as integers", "[json][number]")
{
    QByteArray out;
    {
        JsonWriter w(out);
        w.beginArray();
        w.value(0);
        w.value(-42);
        w.value(std::numeric_limits<qint64>::max());
        w.value(std::numeric_limits<qint64>::min());
        w.value(1.0);
        w.value(-0.0);
        w.value(20.0);
        w.value(100000.0);
        w.value(9007199254740992.0);
        w.endArray();
    }
    CHECK(out == "[\n  0,\n  -42,\n  9223372036854775807,\n  -9223372036854775808,\n  1,\n  0,\n  20,\n  100000,\n  9007199254740992\n]\n");
}

TEST_CASE("Doubles take the shortest form that reads back exactly", "[json][number]")
{
    CHECK(numberJson(0.1) == "0.1");
    CHECK(numberJson(2.5) == "2.5");
    CHECK(numberJson(-0.75) == "-0.75");
    CHECK(numberJson(1e-7) == "1e-07");
    CHECK(numberJson(1.0 / 3.0) == "0.3333333333333333");
    CHECK(numberJson(123456.789) == "123456.789");
    CHECK(numberJson(1e21) == "1e+21");
    CHECK(numberJson(1e300) == "1e+300");
    CHECK(numberJson(std::numeric_limits<double>::denorm_min()) == "5e-324");

    for (const double number : {0.1, 0.2 + 0.1, 1e-7, 1.0 / 3.0, 123456.789, 1e21, 1e300, 4.35, 9007199254740993.0 * 4, -1.5e-300}) {
        const QByteArray json = numberJson(number);
        INFO(json.toStdString());
        bool ok = false;
        CHECK(json.toDouble(&ok) == number);
        CHECK(ok);
        const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']');
        CHECK(document.array().at(0).toDouble() == number);
    }
}

TEST_CASE("NaN and infinity have no JSON spelling and become null", "[json][number]")
{
    CHECK(numberJson(std::nan("")) == "null");
    CHECK(numberJson(std::numeric_limits<double>::infinity()) == "null");
    CHECK(numberJson(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("Pretty printing: two spaces, keys in the order written, empty containers inline", "[json][layout]")
{
    QByteArray out;
    {
        JsonWriter w(out);
        w.beginObject();
        w.member("z"_L1, 1);
        w.member("a"_L1, true);
        w.key("list"_L1);
        w.beginArray();
        w.value(u"x"_s);
        w.nullValue();
        w.beginObject();
        w.member("flag"_L1, false);
        w.endObject();
        w.beginArray();
        w.endArray();
        w.endArray();
        w.key("empty"_L1);
        w.beginObject();
        w.endObject();
        w.key(u"\u00fcber"_s);
        w.value(u""_s);
        w.endObject();
    }
    const QByteArray expected = "{\n"
                                "  \"z\": 1,\n"
                                "  \"a\": true,\n"
                                "  \"list\": [\n"
                                "    \"x\",\n"
                                "    null,\n"
                                "    {\n"
                                "      \"flag\": false\n"
                                "    },\n"
                                "    []\n"
                                "  ],\n"
                                "  \"empty\": {},\n"
                                "  \"\xc3\xbc"
                                "ber\": \"\"\n"
                                "}\n";
    CHECK(out == expected);
    CHECK_FALSE(QJsonDocument::fromJson(out).isNull());
}

TEST_CASE("The writer appends to what the array already holds", "[json][layout]")
{
    QByteArray out = "prefix ";
    {
        JsonWriter w(out);
        w.beginArray();
        w.endArray();
    }
    CHECK(out == "prefix []\n");
}

TEST_CASE("Writing to a device gives the same bytes, in chunks", "[json][device]")
{
    // Large enough to pass the writer's chunk size several times.
    const QString text = QString(5000, u'\u00e9') + u"\"\n"_s;
    const auto writeAll = [&text](JsonWriter &w) {
        w.beginArray();
        for (int i = 0; i < 200; ++i) {
            w.beginObject();
            w.member("i"_L1, i);
            w.member("text"_L1, text);
            w.endObject();
        }
        w.endArray();
    };
    QByteArray direct;
    {
        JsonWriter w(direct);
        writeAll(w);
    }
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        JsonWriter w(buffer);
        writeAll(w);
        CHECK(w.flush());
        CHECK_FALSE(w.hasError());
    }
    CHECK(buffer.data().size() == direct.size());
    CHECK(buffer.data() == direct);
}

TEST_CASE("A device that refuses to write is reported", "[json][device]")
{
    WriterFixtures::FailingDevice device;
    JsonWriter w(device);
    w.beginArray();
    w.value(1);
    w.endArray();
    CHECK_FALSE(w.flush());
    CHECK(w.hasError());
    CHECK(w.errorString() == u"No space left on device"_s);
    // Later output is dropped, and the error stays.
    w.beginArray();
    w.endArray();
    CHECK_FALSE(w.flush());
}
