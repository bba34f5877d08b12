// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalJsonReader.h"

#include "JsonScanner.h"
#include "ValidationReport.h"
#include "common/EnumNames.h"
#include "common/InputLimits.h"
#include "common/RecordLimits.h"
#include "common/TimeFormat.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace mosaic {

namespace {

// The translation context of the reader's messages (a class, so that lupdate files them under it). The messages
// name a JSON path and a rule; field names, JSON values and enum names in them stay as the file spells them.
struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::JournalJsonReader)
};

// Limits of the interchange schema (mosaic-journal-v1). Lengths count Unicode code points, as JSON Schema does.
constexpr int kFormatVersion = 1;
constexpr qsizetype kUnlimited = std::numeric_limits<qsizetype>::max();
// The records' limits are the one table of them (RecordLimits), shared with the actions and the pages.
constexpr qsizetype kNameMaxLength = RecordLimits::kNameLength;
constexpr qsizetype kTextMaxLength = RecordLimits::kTextLength;
constexpr qsizetype kStatementMaxLength = RecordLimits::kStatementLength;
constexpr qsizetype kFacetMaxLength = RecordLimits::kFacetLength;
constexpr qsizetype kAppMaxLength = RecordLimits::kAppLength;
constexpr qsizetype kUnitMaxLength = RecordLimits::kUnitLength;
constexpr qsizetype kTagMaxLength = RecordLimits::kTagLength;
constexpr qsizetype kMaxTags = RecordLimits::kTags;
constexpr qsizetype kMaxEmotions = RecordLimits::kEmotions;
constexpr qsizetype kMaxValues = RecordLimits::kValues;
constexpr qsizetype kMaxReminderTimes = RecordLimits::kReminderTimes;
constexpr double kMaxAmount = RecordLimits::kAmount;
// The deepest a valid journal nests arrays and objects (root → habits → habit → schedule → days).
constexpr int kSchemaDepth = 5;
// Enough of a long string to quote the start of it in a message.
constexpr qsizetype kMessageStringBytes = 1000;
// The members of the top level: the scan records these, and a few unknown ones for the report.
constexpr QLatin1StringView kTopLevelKeys[] = {
    "format"_L1,   "version"_L1,   "exportedAt"_L1, "app"_L1,       "values"_L1, "circles"_L1, "people"_L1,   "memberships"_L1,
    "contacts"_L1, "incidents"_L1, "reframes"_L1,   "strengths"_L1, "wins"_L1,   "habits"_L1,  "checkIns"_L1, "reminders"_L1,
};

// ECMA-262 \s, which the schema's patterns use: white space and line terminators, including Unicode spaces.
bool isPatternSpace(char16_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Index of the first UTF-16 unit that is half of a surrogate pair without its other half, or -1.
// JSON lets "\ud800" through, but such text cannot be stored or exported as UTF-8.
qsizetype firstUnpairedSurrogate(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i];
        if ((unit & 0xF800) != 0xD800)
            continue;
        if (unit < 0xDC00 && i + 1 < size && (units[i + 1] & 0xFC00) == 0xDC00) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

template <typename Enum>
QString enumChoices()
{
    QString choices;
    for (const QStringView name : EnumNames<Enum>::names) {
        if (!choices.isEmpty())
            choices += u", "_s;
        choices += u'"' + name + u'"';
    }
    return choices;
}

QString itemCount(qsizetype count)
{
    //: In "must have at least %1": a number of list entries.
    return ReaderText::tr("%n item(s)", nullptr, int(count));
}

/// A value inside the parsed document, read in place: unlike QJsonValue it neither copies nor reference-counts,
/// which matters over a few million fields. Valid while the QJsonObject or QJsonArray it points into lives.
using JsonRef = QJsonValueConstRef;

/// The value of one object field, if present, with the path pointing at it while it is in scope.
class FieldValue
{
public:
    FieldValue(JsonPath &path, QLatin1StringView key, std::optional<JsonRef> value)
        : m_path(path)
        , m_value(std::move(value))
    {
        if (m_value)
            m_path.push(key);
    }
    ~FieldValue()
    {
        if (m_value)
            m_path.pop();
    }
    FieldValue(const FieldValue &) = delete;
    FieldValue &operator=(const FieldValue &) = delete;

    explicit operator bool() const { return m_value.has_value(); }
    const JsonRef &operator*() const { return *m_value; }
    const JsonRef *operator->() const { return &*m_value; }

private:
    JsonPath &m_path;
    std::optional<JsonRef> m_value;
};

/// The fields of one JSON object, looked up by name without allocating. finish() then reports any field that
/// no lookup asked for: the schema forbids unknown fields everywhere (additional/unevaluatedProperties false).
class ObjectReader
{
public:
    ObjectReader(JsonPath &path, ValidationReport &report, QJsonObject object)
        : m_path(path)
        , m_report(report)
        , m_object(std::move(object))
    { }

    FieldValue optional(QLatin1StringView key) { return FieldValue(m_path, key, find(key)); }

    FieldValue required(QLatin1StringView key)
    {
        std::optional<JsonRef> value = find(key);
        if (!value)
            m_report.add(m_path, ReaderText::tr("missing required field \"%1\"").arg(key));
        return FieldValue(m_path, key, std::move(value));
    }

    /// Reports the fields nobody asked for; `typeName` names the object's type where it decides the fields (e.g. "daily").
    void finish(const QString &typeName = {})
    {
        // Fast path: every field was asked for. Keys are only materialised when something is unknown.
        if (m_seen.size() == m_object.size())
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::find(m_seen.cbegin(), m_seen.cend(), key) == m_seen.cend())
                //: %1 is a field's name in quotes, %2 the object's type as the file names it (e.g. "daily").
                m_report.add(m_path,
                             typeName.isEmpty() ? ReaderText::tr("unknown field %1").arg(quotedForMessage(key))
                                                : ReaderText::tr("unknown field %1 for type \"%2\"").arg(quotedForMessage(key), typeName));
        }
    }

private:
    std::optional<JsonRef> find(QLatin1StringView key)
    {
        // Keys are sorted, so this is a binary search; the reference points into m_object, which must not move.
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd())
            return std::nullopt;
        m_seen.append(key);
        return *it;
    }

    JsonPath &m_path;
    ValidationReport &m_report;
    QJsonObject m_object;
    QVarLengthArray<QLatin1StringView, 32> m_seen;
};

/// Finds repeats in a list whose items must be unique (JSON Schema uniqueItems) and remembers where each item
/// first appeared. Short lists, the usual case, are scanned; long ones switch to a hash.
template <typename T>
class UniqueItems
{
public:
    /// The index of an earlier equal item, or -1 (and then remembers this one).
    qsizetype earlierIndex(const T &item, qsizetype index)
    {
        if (m_hash.isEmpty()) {
            for (const auto &[seen, at] : m_small) {
                if (seen == item)
                    return at;
            }
            if (m_small.size() < kScanned) {
                m_small.append({item, index});
                return -1;
            }
            for (const auto &[seen, at] : m_small)
                m_hash.insert(seen, at);
        }
        const auto it = m_hash.constFind(item);
        if (it != m_hash.cend())
            return *it;
        m_hash.insert(item, index);
        return -1;
    }

private:
    static constexpr qsizetype kScanned = 16;
    QVarLengthArray<std::pair<T, qsizetype>, kScanned> m_small;
    QHash<T, qsizetype> m_hash;
};

/// Walks a parsed interchange document against the v1 schema, filling a Journal and reporting problems.
/// The path is a stack of segments, rendered only for a problem; the walk stops once the report is full.
class JournalParser
{
public:
    explicit JournalParser(ValidationReport &report)
        : m_report(report)
    { }

    /// Reads the top-level fields and then every record, each parsed from its own bytes, in dependency order.
    Status readScanned(const ScannedJournal &scanned, JournalRecordSink &sink)
    {
        const JsonTopLevel &top = scanned.topLevel();
        m_bytes = QByteArrayView(scanned.bytes());
        {
            const TopLevelValue v = topLevelValue(top, "version"_L1, true);
            if (v.present() && !(v->isDouble() && v->toDouble() == kFormatVersion))
                expected(u"1"_s, *v);
        }
        QDateTime exportedAt;
        QString app;
        if (const TopLevelValue v = topLevelValue(top, "exportedAt"_L1, true); v.present())
            readInstant(*v, exportedAt);
        if (const TopLevelValue v = topLevelValue(top, "app"_L1, false); v.present())
            readText(*v, app, kAppMaxLength);
        if (m_report.isEmpty()) {
            if (Status s = sink.header(exportedAt, app); !s)
                return s;
        }
        if (const TopLevelValue v = topLevelValue(top, "values"_L1, false); v.present()) {
            PersonalValues values;
            if (readValues(*v, values) && m_report.isEmpty()) {
                if (Status s = sink.values(std::move(values)); !s)
                    return s;
            }
        }
        const auto collections = [&]() -> Status {
            if (Status s = readCollection(top, "circles"_L1, &JournalParser::readCircle, sink); !s)
                return s;
            if (Status s = readCollection(top, "people"_L1, &JournalParser::readPerson, sink); !s)
                return s;
            if (Status s = readCollection(top, "memberships"_L1, &JournalParser::readMembership, sink); !s)
                return s;
            if (Status s = readCollection(top, "contacts"_L1, &JournalParser::readContact, sink); !s)
                return s;
            if (Status s = readCollection(top, "incidents"_L1, &JournalParser::readIncident, sink); !s)
                return s;
            if (Status s = readCollection(top, "reframes"_L1, &JournalParser::readReframe, sink); !s)
                return s;
            if (Status s = readCollection(top, "strengths"_L1, &JournalParser::readStrength, sink); !s)
                return s;
            if (Status s = readCollection(top, "wins"_L1, &JournalParser::readWin, sink); !s)
                return s;
            if (Status s = readCollection(top, "habits"_L1, &JournalParser::readHabit, sink); !s)
                return s;
            if (Status s = readCollection(top, "checkIns"_L1, &JournalParser::readCheckIn, sink); !s)
                return s;
            return readCollection(top, "reminders"_L1, &JournalParser::readReminder, sink);
        }();
        if (!collections)
            return collections;

        // Unknown members, in the order Qt's object listed them (by key).
        QStringList unknown;
        for (const TopLevelMember &member : top.members) {
            if (std::find(std::cbegin(kTopLevelKeys), std::cend(kTopLevelKeys), member.key) == std::cend(kTopLevelKeys))
                unknown.append(member.key);
        }
        unknown.sort();
        for (const QString &key : std::as_const(unknown))
            problem(ReaderText::tr("unknown field %1").arg(quotedForMessage(key)));
        if (top.unrecordedMembers > 0 && !m_report.isFull())
            problem(ReaderText::tr("unknown field %1").arg(u"…"_s)); // beyond the limit of the report: marks it full
        return success();
    }

private:
    // ---- reporting ------------------------------------------------------------------------------------------

    void problem(const QString &rule) { m_report.add(m_path, rule); }

    // "must be EXPECTATION (got VALUE)"; inside a "oneOf: [X, null]" field it reads "must be null or …".
    void expected(const QString &expectation, const JsonRef &got)
    {
        //: %1 describes the value wanted (e.g. "a string"), %2 is the value found in the file.
        problem(m_nullAllowed ? ReaderText::tr("must be null or %1 (got %2)").arg(expectation, describeJsonValue(got))
                              //: %1 describes the value wanted (e.g. "a string"), %2 is the value found in the file.
                              : ReaderText::tr("must be %1 (got %2)").arg(expectation, describeJsonValue(got)));
    }

    void duplicateOf(qsizetype earlierIndex) { problem(ReaderText::tr("must be unique in the list (same as [%1])").arg(earlierIndex)); }

    // ---- scalars --------------------------------------------------------------------------------------------

    bool readString(const JsonRef &value, QString &out)
    {
        if (!value.isString()) {
            expected(ReaderText::tr("a string"), value);
            return false;
        }
        out = value.toString();
        const qsizetype unpaired = firstUnpairedSurrogate(out);
        if (unpaired < 0)
            return true;
        problem(ReaderText::tr("must be valid Unicode text (an unpaired surrogate \\u%1 at character %2)")
                    .arg(QString::number(out[unpaired].unicode(), 16))
                    .arg(RecordLimits::codePointCount(QStringView(out).left(unpaired)) + 1));
        return false;
    }

    bool checkMaxLength(const QString &text, qsizetype maxLength)
    {
        // Code points never outnumber UTF-16 units, so only long strings need counting.
        if (text.size() <= maxLength)
            return true;
        const qsizetype length = RecordLimits::codePointCount(text);
        if (length <= maxLength)
            return true;
        problem(ReaderText::tr("must be at most %1 characters long (got %2)").arg(maxLength).arg(length));
        return false;
    }

    // $defs/text and other plain strings with a maxLength.
    bool readText(const JsonRef &value, QString &out, qsizetype maxLength = kTextMaxLength) { return readString(value, out) && checkMaxLength(out, maxLength); }

    // $defs/name, and reframe and win text: minLength 1, a maxLength, and pattern \S.
    bool readName(const JsonRef &value, QString &out, qsizetype maxLength = kNameMaxLength)
    {
        if (!readString(value, out))
            return false;
        if (out.isEmpty()) {
            problem(ReaderText::tr("must not be empty"));
            return false;
        }
        if (std::all_of(out.cbegin(), out.cend(), [](QChar c) { return isPatternSpace(c.unicode()); })) {
            problem(ReaderText::tr("must contain a character that is not a space (got %1)").arg(quotedForMessage(out)));
            return false;
        }
        return checkMaxLength(out, maxLength);
    }

    // Incident tags: 1–60 characters, pattern ^[^\s,#][^,#]*$.
    bool readTag(const JsonRef &value, QString &out)
    {
        if (!readString(value, out))
            return false;
        if (out.isEmpty()) {
            problem(ReaderText::tr("must not be empty"));
            return false;
        }
        const bool wellFormed = !isPatternSpace(out.front().unicode()) && !out.contains(u',') && !out.contains(u'#');
        if (!wellFormed) {
            problem(ReaderText::tr("must be a tag without \",\" or \"#\" that does not start with a space (got %1)").arg(quotedForMessage(out)));
            return false;
        }
        return checkMaxLength(out, kTagMaxLength);
    }

    bool readUuid(const JsonRef &value, QString &out)
    {
        if (value.isString()) {
            out = value.toString();
            if (Uuid::isCanonical(out))
                return true;
        }
        expected(ReaderText::tr("a lowercase UUID like 3f2a8c1e-0b5d-4c7a-9e21-6d4b8f0a1c2e"), value);
        return false;
    }

    bool readInstant(const JsonRef &value, QDateTime &out)
    {
        if (value.isString()) {
            if (const std::optional<QDateTime> instant = TimeFormat::parseInstant(value.toString())) {
                out = *instant;
                return true;
            }
        }
        expected(ReaderText::tr("an RFC 3339 date and time with Z or an offset, like 2026-03-29T07:30:00+02:00"), value);
        return false;
    }

    bool readDate(const JsonRef &value, QDate &out)
    {
        if (value.isString()) {
            if (const std::optional<QDate> date = TimeFormat::parseDate(value.toString())) {
                out = *date;
                return true;
            }
        }
        expected(ReaderText::tr("a calendar date YYYY-MM-DD that exists, like 2026-03-29"), value);
        return false;
    }

    // JSON Schema "integer": any number with a zero fractional part, so 50.0 is an integer and 50.5 is not.
    bool readInteger(const JsonRef &value, int minimum, int maximum, int &out)
    {
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number >= minimum && number <= maximum && std::floor(number) == number) {
                out = static_cast<int>(number);
                return true;
            }
        }
        expected(ReaderText::tr("an integer from %1 to %2").arg(minimum).arg(maximum), value);
        return false;
    }

    bool readPercent(const JsonRef &value, int &out) { return readInteger(value, 0, 100, out); }

    bool readPercent(const JsonRef &value, std::optional<int> &out)
    {
        int percent = 0;
        if (!readPercent(value, percent))
            return false;
        out = percent;
        return true;
    }

    bool readAmount(const JsonRef &value, double &out, bool zeroAllowed)
    {
        if (value.isDouble()) {
            const double number = value.toDouble();
            if ((zeroAllowed ? number >= 0 : number > 0) && number <= kMaxAmount) {
                out = number;
                return true;
            }
        }
        expected(zeroAllowed ? ReaderText::tr("a number from 0 to 1000000") : ReaderText::tr("a number greater than 0 and at most 1000000"), value);
        return false;
    }

    bool readBool(const JsonRef &value, bool &out)
    {
        if (value.isBool()) {
            out = value.toBool();
            return true;
        }
        expected(ReaderText::tr("true or false"), value);
        return false;
    }

    template <typename Enum>
    bool readEnum(const JsonRef &value, Enum &out)
    {
        if (value.isString()) {
            if (const std::optional<Enum> parsed = enumFromName<Enum>(value.toString())) {
                out = *parsed;
                return true;
            }
        }
        //: %1 lists the allowed names in quotes, e.g. "daily", "weekdays", "per-week".
        expected(ReaderText::tr("one of %1").arg(enumChoices<Enum>()), value);
        return false;
    }

    // $defs/color: ^#[0-9a-fA-F]{6}$.
    bool readColor(const JsonRef &value, QString &out)
    {
        if (value.isString()) {
            out = value.toString();
            if (out.size() == 7 && out.front() == u'#' && std::all_of(out.cbegin() + 1, out.cend(), isAsciiHexDigit))
                return true;
        }
        expected(ReaderText::tr("a color #rrggbb like #3a7bd5"), value);
        return false;
    }

    // Reminder times: ^([01]\d|2[0-3]):[0-5]\d$.
    bool readTime(const JsonRef &value, QTime &out)
    {
        if (value.isString()) {
            const QString text = value.toString();
            if (text.size() == 5 && text[2] == u':' && isAsciiDigit(text[0]) && isAsciiDigit(text[1]) && isAsciiDigit(text[3]) && isAsciiDigit(text[4])) {
                const int hour = (text[0].unicode() - u'0') * 10 + (text[1].unicode() - u'0');
                const int minute = (text[3].unicode() - u'0') * 10 + (text[4].unicode() - u'0');
                if (hour < 24 && minute < 60) {
                    out = QTime(hour, minute);
                    return true;
                }
            }
        }
        expected(ReaderText::tr("a time HH:MM from 00:00 to 23:59"), value);
        return false;
    }

    // A "oneOf: [X, null]" field: null gives nullopt, anything else must be an X.
    template <typename T>
    void readNullable(const JsonRef &value, std::optional<T> &out, bool (JournalParser::*read)(const JsonRef &, T &))
    {
        if (value.isNull()) {
            out.reset();
            return;
        }
        const bool outer = std::exchange(m_nullAllowed, true);
        T parsed{};
        if ((this->*read)(value, parsed))
            out = std::move(parsed);
        m_nullAllowed = outer;
    }

    // A field that may be absent but not null.
    template <typename T>
    void readPresent(const JsonRef &value, std::optional<T> &out, bool (JournalParser::*read)(const JsonRef &, T &))
    {
        T parsed{};
        if ((this->*read)(value, parsed))
            out = std::move(parsed);
    }

    // ---- containers -----------------------------------------------------------------------------------------

    std::optional<ObjectReader> objectAt(const JsonRef &value)
    {
        if (!value.isObject()) {
            expected(ReaderText::tr("an object"), value);
            return std::nullopt;
        }
        return ObjectReader(m_path, m_report, value.toObject());
    }

    // Checks the array and its item count, then calls readItem(item, index) with the path at each item.
    template <typename ReadItem>
    void readArray(const JsonRef &value, qsizetype minItems, qsizetype maxItems, ReadItem &&readItem)
    {
        if (!value.isArray()) {
            expected(ReaderText::tr("an array"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() < minItems)
            problem(ReaderText::tr("must have at least %1 (got %2)").arg(itemCount(minItems)).arg(array.size()));
        if (array.size() > maxItems)
            problem(ReaderText::tr("must have at most %1 (got %2)").arg(itemCount(maxItems)).arg(array.size()));
        auto it = array.constBegin();
        for (qsizetype i = 0; i < array.size() && !m_report.isFull(); ++i, ++it) {
            const JsonPath::Scope scope(m_path, i);
            readItem(*it, i);
        }
    }

    template <typename Enum>
    void readEnumSet(const JsonRef &value, QList<Enum> &out)
    {
        UniqueItems<int> seen;
        readArray(value, 0, kUnlimited, [&](const JsonRef &item, qsizetype index) {
            Enum parsed{};
            if (!readEnum(item, parsed))
                return;
            if (const qsizetype earlier = seen.earlierIndex(static_cast<int>(parsed), index); earlier >= 0)
                duplicateOf(earlier);
            else
                out.append(parsed);
        });
    }

    void readUuidSet(const JsonRef &value, QStringList &out)
    {
        UniqueItems<QString> seen;
        readArray(value, 0, kUnlimited, [&](const JsonRef &item, qsizetype index) {
            QString id;
            if (!readUuid(item, id))
                return;
            if (const qsizetype earlier = seen.earlierIndex(id, index); earlier >= 0)
                duplicateOf(earlier);
            else
                out.append(std::move(id));
        });
    }

    // ISO weekdays 1–7, unique.
    void readWeekdays(const JsonRef &value, QList<int> &out, qsizetype minItems)
    {
        UniqueItems<int> seen;
        readArray(value, minItems, kUnlimited, [&](const JsonRef &item, qsizetype index) {
            int day = 0;
            if (!readInteger(item, 1, 7, day))
                return;
            if (const qsizetype earlier = seen.earlierIndex(day, index); earlier >= 0)
                duplicateOf(earlier);
            else
                out.append(day);
        });
    }

    // A top-level member's value, parsed on its own; missing and required, it is reported at "$".
    class TopLevelValue
    {
    public:
        TopLevelValue(JsonPath &path, QJsonArray holder, bool present, QLatin1StringView key)
            : m_path(path)
            , m_holder(std::move(holder))
            , m_present(present && !m_holder.isEmpty())
        {
            if (m_present)
                m_path.push(key);
        }
        ~TopLevelValue()
        {
            if (m_present)
                m_path.pop();
        }
        TopLevelValue(const TopLevelValue &) = delete;
        TopLevelValue &operator=(const TopLevelValue &) = delete;
        bool present() const { return m_present; }
        JsonRef operator*() const { return *m_holder.constBegin(); }
        std::optional<JsonRef> operator->() const { return *m_holder.constBegin(); }

    private:
        JsonPath &m_path;
        QJsonArray m_holder;
        bool m_present;
    };

    TopLevelValue topLevelValue(const JsonTopLevel &top, QLatin1StringView key, bool required)
    {
        const TopLevelMember *member = top.member(key);
        if (!member) {
            if (required)
                problem(ReaderText::tr("missing required field \"%1\"").arg(key));
            return TopLevelValue(m_path, {}, false, key);
        }
        return TopLevelValue(m_path, parsedValue(member->value, kUnlimited), true, key);
    }

    // The value at `span`, in a one-element array; a long string is cut to `maxStringBytes` (for a message).
    QJsonArray parsedValue(ByteSpan span, qsizetype maxStringBytes) const
    {
        const QByteArrayView value = m_bytes.sliced(span.begin, span.size());
        return QJsonDocument::fromJson(wrappedInArray(value, maxStringBytes)).array();
    }

    // A value that is only described in a message: an array or object is not parsed at all.
    QJsonArray valueForMessage(ByteSpan span) const
    {
        switch (m_bytes[span.begin]) {
        case '[':
            return QJsonArray{QJsonArray()};
        case '{':
            return QJsonArray{QJsonObject()};
        default:
            return parsedValue(span, kMessageStringBytes);
        }
    }

    // One top-level array of records, each parsed from its own bytes and handed to the sink while the file is valid.
    template <typename Record>
    Status readCollection(const JsonTopLevel &top, QLatin1StringView key, void (JournalParser::*readRecord)(ObjectReader &, Record &), JournalRecordSink &sink)
    {
        const TopLevelMember *member = top.member(key);
        if (member && !m_report.isFull()) {
            const JsonPath::Scope collection(m_path, key);
            if (m_bytes[member->value.begin] != '[') {
                const QJsonArray holder = valueForMessage(member->value);
                expected(ReaderText::tr("an array"), *holder.constBegin());
            }
            const auto count = qsizetype(member->elementStarts.size());
            for (qsizetype i = 0; i < count && !m_report.isFull(); ++i) {
                const JsonPath::Scope scope(m_path, i);
                const ByteSpan span = elementSpan(m_bytes, *member, i);
                if (m_bytes[span.begin] != '{') {
                    const QJsonArray holder = valueForMessage(span);
                    expected(ReaderText::tr("an object"), *holder.constBegin());
                    continue;
                }
                // Parsed in place: the slice is not copied, and only this record's document exists at a time.
                const QByteArray slice = QByteArray::fromRawData(m_bytes.data() + span.begin, span.size());
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(slice, &error);
                if (error.error != QJsonParseError::NoError) {
                    // The scan accepted it, so this is the parser's own limit (e.g. a number it cannot hold).
                    problem(ReaderText::tr("cannot be read: %1").arg(error.errorString()));
                    continue;
                }
                ObjectReader o(m_path, m_report, document.object());
                Record record;
                (this->*readRecord)(o, record);
                o.finish();
                if (m_report.isEmpty()) {
                    if (Status s = sink.add(i, std::move(record)); !s)
                        return s;
                }
            }
        }
        return sink.endCollection(key);
    }

    // ---- records --------------------------------------------------------------------------------------------

    // $defs/stamps, shared by every record with an id.
    void readStamps(ObjectReader &o, RecordStamps &stamps)
    {
        if (const auto v = o.required("id"_L1))
            readUuid(*v, stamps.id);
        if (const auto v = o.required("createdAt"_L1))
            readInstant(*v, stamps.createdAt);
        if (const auto v = o.required("updatedAt"_L1))
            readInstant(*v, stamps.updatedAt);
        if (const auto v = o.optional("deletedAt"_L1))
            readNullable(*v, stamps.deletedAt, &JournalParser::readInstant);
    }

    bool readValues(const JsonRef &value, PersonalValues &values)
    {
        std::optional<ObjectReader> o = objectAt(value);
        if (!o)
            return false;
        if (const auto v = o->required("mission"_L1))
            readText(*v, values.mission);
        if (const auto v = o->required("values"_L1)) {
            readArray(*v, 0, kMaxValues, [&](const JsonRef &item, qsizetype) {
                QString name;
                if (readName(item, name))
                    values.values.append(std::move(name));
            });
        }
        if (const auto v = o->required("updatedAt"_L1))
            readInstant(*v, values.updatedAt);
        o->finish();
        return true;
    }

    void readCircle(ObjectReader &o, Circle &circle)
    {
        readStamps(o, circle.stamps);
        if (const auto v = o.required("name"_L1))
            readName(*v, circle.name);
        if (const auto v = o.required("kind"_L1))
            readEnum(*v, circle.kind);
        if (const auto v = o.optional("facet"_L1))
            readText(*v, circle.facet, kFacetMaxLength);
        if (const auto v = o.optional("importance"_L1))
            readInteger(*v, 1, 5, circle.importance);
        if (const auto v = o.optional("color"_L1))
            readColor(*v, circle.color);
        if (const auto v = o.optional("archived"_L1))
            readBool(*v, circle.archived);
        if (const auto v = o.optional("notes"_L1))
            readText(*v, circle.notes);
    }

    void readPerson(ObjectReader &o, Person &person)
    {
        readStamps(o, person.stamps);
        if (const auto v = o.required("name"_L1))
            readName(*v, person.name);
        if (const auto v = o.optional("supports"_L1))
            readEnumSet(*v, person.supports);
        if (const auto v = o.optional("notes"_L1))
            readText(*v, person.notes);
    }

    void readMembership(ObjectReader &o, Membership &membership)
    {
        if (const auto v = o.required("personId"_L1))
            readUuid(*v, membership.personId);
        if (const auto v = o.required("circleId"_L1))
            readUuid(*v, membership.circleId);
        if (const auto v = o.required("ring"_L1))
            readEnum(*v, membership.ring);
        if (const auto v = o.optional("updatedAt"_L1))
            readPresent(*v, membership.updatedAt, &JournalParser::readInstant);
        if (const auto v = o.optional("deletedAt"_L1))
            readNullable(*v, membership.deletedAt, &JournalParser::readInstant);
    }

    void readContact(ObjectReader &o, Contact &contact)
    {
        readStamps(o, contact.stamps);
        if (const auto v = o.required("date"_L1))
            readDate(*v, contact.date);
        bool hasPartner = false;
        if (const auto v = o.optional("personId"_L1)) {
            hasPartner = true;
            readPresent(*v, contact.personId, &JournalParser::readUuid);
        }
        if (const auto v = o.optional("circleId"_L1)) {
            hasPartner = true;
            readPresent(*v, contact.circleId, &JournalParser::readUuid);
        }
        if (!hasPartner)
            problem(ReaderText::tr("must have \"personId\" or \"circleId\" (a contact is with a person or a circle)"));
        if (const auto v = o.optional("quality"_L1))
            readInteger(*v, -2, 2, contact.quality);
        if (const auto v = o.optional("note"_L1))
            readText(*v, contact.note);
    }

    bool readEmotion(const JsonRef &value, EmotionRating &emotion)
    {
        std::optional<ObjectReader> o = objectAt(value);
        if (!o)
            return false;
        if (const auto v = o->required("name"_L1))
            readName(*v, emotion.name);
        if (const auto v = o->required("before"_L1))
            readPercent(*v, emotion.before);
        if (const auto v = o->optional("after"_L1))
            readNullable(*v, emotion.after, &JournalParser::readPercent);
        o->finish();
        return true;
    }

    bool readNextStep(const JsonRef &value, NextStep &step)
    {
        std::optional<ObjectReader> o = objectAt(value);
        // The object's own fields are not null-or-anything.
        const bool outer = std::exchange(m_nullAllowed, false);
        if (o) {
            if (const auto v = o->required("text"_L1))
                readName(*v, step.text);
            if (const auto v = o->optional("due"_L1))
                readNullable(*v, step.due, &JournalParser::readDate);
            if (const auto v = o->optional("done"_L1))
                readBool(*v, step.done);
            o->finish();
        }
        m_nullAllowed = outer;
        return o.has_value();
    }

    bool readExposure(const JsonRef &value, ExposurePlan &exposure)
    {
        std::optional<ObjectReader> o = objectAt(value);
        if (!o)
            return false;
        if (const auto v = o->optional("plan"_L1))
            readText(*v, exposure.plan);
        if (const auto v = o->optional("exitStrategy"_L1))
            readText(*v, exposure.exitStrategy);
        if (const auto v = o->optional("predictedAnxiety"_L1))
            readPercent(*v, exposure.predictedAnxiety);
        if (const auto v = o->optional("prediction"_L1))
            readText(*v, exposure.prediction);
        if (const auto v = o->optional("actualAnxiety"_L1))
            readNullable(*v, exposure.actualAnxiety, &JournalParser::readPercent);
        if (const auto v = o->optional("outcome"_L1))
            readText(*v, exposure.outcome);
        if (const auto v = o->optional("whatHelped"_L1))
            readText(*v, exposure.whatHelped);
        o->finish();
        return true;
    }

    void readIncident(ObjectReader &o, Incident &incident)
    {
        readStamps(o, incident.stamps);
        if (const auto v = o.required("occurredAt"_L1))
            readInstant(*v, incident.occurredAt);
        if (const auto v = o.required("kind"_L1))
            readEnum(*v, incident.kind);
        if (const auto v = o.required("title"_L1))
            readName(*v, incident.title);
        if (const auto v = o.optional("situation"_L1))
            readText(*v, incident.situation);
        if (const auto v = o.optional("circleId"_L1))
            readNullable(*v, incident.circleId, &JournalParser::readUuid);
        if (const auto v = o.optional("personIds"_L1))
            readUuidSet(*v, incident.personIds);
        if (const auto v = o.optional("emotions"_L1)) {
            readArray(*v, 0, kMaxEmotions, [&](const JsonRef &item, qsizetype) {
                EmotionRating emotion;
                if (readEmotion(item, emotion))
                    incident.emotions.append(std::move(emotion));
            });
        }
        if (const auto v = o.optional("thought"_L1))
            readText(*v, incident.thought);
        if (const auto v = o.optional("belief"_L1))
            readText(*v, incident.belief);
        if (const auto v = o.optional("beliefBefore"_L1))
            readPercent(*v, incident.beliefBefore);
        if (const auto v = o.optional("beliefAfter"_L1))
            readNullable(*v, incident.beliefAfter, &JournalParser::readPercent);
        if (const auto v = o.optional("distortions"_L1))
            readEnumSet(*v, incident.distortions);
        if (const auto v = o.optional("evidenceFor"_L1))
            readText(*v, incident.evidenceFor);
        if (const auto v = o.optional("evidenceAgainst"_L1))
            readText(*v, incident.evidenceAgainst);
        if (const auto v = o.optional("factors"_L1))
            readEnumSet(*v, incident.factors);
        if (const auto v = o.optional("learned"_L1))
            readText(*v, incident.learned);
        if (const auto v = o.optional("adjustment"_L1))
            readText(*v, incident.adjustment);
        if (const auto v = o.optional("feedbackFrom"_L1))
            readUuidSet(*v, incident.feedbackFrom);
        if (const auto v = o.optional("nextStep"_L1))
            readNullable(*v, incident.nextStep, &JournalParser::readNextStep);
        if (const auto v = o.optional("exposure"_L1))
            readPresent(*v, incident.exposure, &JournalParser::readExposure);
        if (const auto v = o.optional("notes"_L1))
            readText(*v, incident.notes);
        if (const auto v = o.optional("tags"_L1)) {
            UniqueItems<QString> seen;
            readArray(*v, 0, kMaxTags, [&](const JsonRef &item, qsizetype index) {
                QString tag;
                if (!readTag(item, tag))
                    return;
                if (const qsizetype earlier = seen.earlierIndex(tag, index); earlier >= 0)
                    duplicateOf(earlier);
                else
                    incident.tags.append(std::move(tag));
            });
        }
    }

    void readReframe(ObjectReader &o, Reframe &reframe)
    {
        readStamps(o, reframe.stamps);
        if (const auto v = o.required("incidentId"_L1))
            readUuid(*v, reframe.incidentId);
        if (const auto v = o.required("text"_L1))
            readName(*v, reframe.text, kStatementMaxLength);
        if (const auto v = o.required("kind"_L1))
            readEnum(*v, reframe.kind);
        if (const auto v = o.optional("believability"_L1))
            readPercent(*v, reframe.believability);
    }

    void readStrength(ObjectReader &o, Strength &strength)
    {
        readStamps(o, strength.stamps);
        if (const auto v = o.required("name"_L1))
            readName(*v, strength.name);
        if (const auto v = o.optional("description"_L1))
            readText(*v, strength.description);
        if (const auto v = o.optional("archived"_L1))
            readBool(*v, strength.archived);
    }

    void readWin(ObjectReader &o, Win &win)
    {
        readStamps(o, win.stamps);
        if (const auto v = o.required("date"_L1))
            readDate(*v, win.date);
        if (const auto v = o.required("text"_L1))
            readName(*v, win.text, kStatementMaxLength);
        if (const auto v = o.optional("kind"_L1))
            readEnum(*v, win.kind);
        if (const auto v = o.optional("strengthIds"_L1))
            readUuidSet(*v, win.strengthIds);
        if (const auto v = o.optional("incidentId"_L1))
            readNullable(*v, win.incidentId, &JournalParser::readUuid);
    }

    // $defs/schedule: oneOf three object shapes told apart by "type"; a field of another shape is refused.
    void readSchedule(const JsonRef &value, HabitSchedule &schedule)
    {
        std::optional<ObjectReader> o = objectAt(value);
        if (!o)
            return;
        bool typeKnown = false;
        if (const auto v = o->required("type"_L1))
            typeKnown = readEnum(*v, schedule.type);
        if (!typeKnown)
            return; // Without a type, the other fields cannot be judged.
        switch (schedule.type) {
        case ScheduleType::Daily:
            break;
        case ScheduleType::Weekdays:
            if (const auto v = o->required("days"_L1))
                readWeekdays(*v, schedule.days, 1);
            break;
        case ScheduleType::PerWeek:
            if (const auto v = o->required("times"_L1))
                readInteger(*v, 1, 7, schedule.times);
            break;
        }
        o->finish(enumName(schedule.type));
    }

    // The habit target: oneOf {type: check} and {type: count, goal, unit?}.
    void readTarget(const JsonRef &value, HabitTarget &target)
    {
        std::optional<ObjectReader> o = objectAt(value);
        if (!o)
            return;
        bool typeKnown = false;
        if (const auto v = o->required("type"_L1))
            typeKnown = readEnum(*v, target.type);
        if (!typeKnown)
            return;
        if (target.type == TargetType::Count) {
            if (const auto v = o->required("goal"_L1))
                readAmount(*v, target.goal, false);
            if (const auto v = o->optional("unit"_L1))
                readText(*v, target.unit, kUnitMaxLength);
        }
        o->finish(enumName(target.type));
    }

    void readHabit(ObjectReader &o, Habit &habit)
    {
        readStamps(o, habit.stamps);
        if (const auto v = o.required("name"_L1))
            readName(*v, habit.name);
        if (const auto v = o.optional("prompt"_L1))
            readText(*v, habit.prompt);
        if (const auto v = o.optional("ritual"_L1))
            readEnum(*v, habit.ritual);
        if (const auto v = o.required("schedule"_L1))
            readSchedule(*v, habit.schedule);
        if (const auto v = o.optional("target"_L1))
            readTarget(*v, habit.target);
        if (const auto v = o.required("startDate"_L1))
            readDate(*v, habit.startDate);
        if (const auto v = o.optional("color"_L1))
            readColor(*v, habit.color);
        if (const auto v = o.optional("archived"_L1))
            readBool(*v, habit.archived);
    }

    void readCheckIn(ObjectReader &o, CheckIn &checkIn)
    {
        if (const auto v = o.required("habitId"_L1))
            readUuid(*v, checkIn.habitId);
        if (const auto v = o.required("date"_L1))
            readDate(*v, checkIn.date);
        if (const auto v = o.required("status"_L1))
            readEnum(*v, checkIn.status);
        if (const auto v = o.optional("value"_L1))
            readAmount(*v, checkIn.value, true);
        if (const auto v = o.optional("note"_L1))
            readText(*v, checkIn.note);
        if (const auto v = o.required("updatedAt"_L1))
            readInstant(*v, checkIn.updatedAt);
        if (const auto v = o.optional("deletedAt"_L1))
            readNullable(*v, checkIn.deletedAt, &JournalParser::readInstant);
    }

    void readReminder(ObjectReader &o, Reminder &reminder)
    {
        readStamps(o, reminder.stamps);
        if (const auto v = o.optional("habitId"_L1))
            readNullable(*v, reminder.habitId, &JournalParser::readUuid);
        if (const auto v = o.required("title"_L1))
            readName(*v, reminder.title);
        if (const auto v = o.required("times"_L1)) {
            UniqueItems<int> seen;
            readArray(*v, 1, kMaxReminderTimes, [&](const JsonRef &item, qsizetype index) {
                QTime time;
                if (!readTime(item, time))
                    return;
                if (const qsizetype earlier = seen.earlierIndex(time.msecsSinceStartOfDay(), index); earlier >= 0)
                    duplicateOf(earlier);
                else
                    reminder.times.append(time);
            });
        }
        if (const auto v = o.optional("days"_L1))
            readWeekdays(*v, reminder.days, 0);
        if (const auto v = o.optional("enabled"_L1))
            readBool(*v, reminder.enabled);
        if (const auto v = o.optional("snoozedUntil"_L1))
            readNullable(*v, reminder.snoozedUntil, &JournalParser::readInstant);
        if (const auto v = o.optional("lastFiredAt"_L1))
            readNullable(*v, reminder.lastFiredAt, &JournalParser::readInstant);
    }

    ValidationReport &m_report;
    JsonPath m_path;
    bool m_nullAllowed = false;
    QByteArrayView m_bytes; // the scanned file's, which outlives the walk (a QByteArray would detach on operator[])
};

// ---- before the walk ----------------------------------------------------------------------------------------

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(const QByteArray &bytes)
{
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    return std::all_of(rest.begin(), rest.end(), isJsonSpace);
}

// What a single pass over the raw bytes finds before anything is parsed: how deep arrays and objects nest (where
// they first nest too deeply) and how many containers and values there are. It allocates nothing, so a hostile file
// is refused at the cost of reading it once.
struct JsonShape
{
    qsizetype tooDeepAt = -1; ///< Offset of the first bracket beyond InputLimits::kJournalFileDepth, or -1.
    qint64 containers = 0;
    qint64 values = 0; ///< Containers and the values separated by commas in them, roughly.
};

JsonShape measureJsonShape(QByteArrayView bytes)
{
    JsonShape shape;
    int depth = 0;
    bool inString = false;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++shape.containers;
            ++shape.values;
            if (++depth > InputLimits::kJournalFileDepth) {
                shape.tooDeepAt = i;
                return shape;
            }
            break;
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            break;
        case ',':
            ++shape.values;
            break;
        default:
            break;
        }
    }
    return shape;
}

// 1-based line and column (in characters) of a byte offset, for parse errors.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column; // Continuation bytes belong to the character before them.
        }
    }
    return ReaderText::tr("line %1, column %2").arg(line).arg(column);
}

QString describeSyntaxError(const QByteArray &bytes, const JsonSyntaxError &error)
{
    switch (error.kind) {
    case JsonSyntaxError::Kind::None:
        break;
    case JsonSyntaxError::Kind::Truncated: {
        qsizetype end = bytes.size();
        while (end > 0 && isJsonSpace(bytes[end - 1]))
            --end;
        return ReaderText::tr("the file ends too early (at %1): it looks truncated; use a complete copy of the export").arg(lineAndColumn(bytes, end));
    }
    case JsonSyntaxError::Kind::NotUtf8:
        return ReaderText::tr("the file is not valid UTF-8 (at byte %1); a Mosaic journal is UTF-8 text").arg(error.offset);
    case JsonSyntaxError::Kind::TooDeep:
        return ReaderText::tr("the file nests arrays and objects too deeply (at %1); a Mosaic journal nests them at most %2 levels deep")
            .arg(lineAndColumn(bytes, error.offset))
            .arg(kSchemaDepth);
    case JsonSyntaxError::Kind::Syntax:
        break;
    }
    const QString rule = ReaderText::tr(error.rule);
    const QString where = lineAndColumn(bytes, error.offset);
    // Something else altogether, such as a Markdown or HTML file.
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    const auto start = std::find_if_not(rest.begin(), rest.end(), isJsonSpace);
    if (start != rest.end() && *start != '{' && *start != '[')
        return ReaderText::tr("the file is not JSON: a Mosaic journal starts with \"{\" (%1 at %2)").arg(rule, where);
    return ReaderText::tr("the file is not valid JSON: %1 at %2").arg(rule, where);
}

// A top-level member's value, parsed on its own (the scan found it well formed).
QJsonValue topLevelValue(const ScannedJournal &journal, QLatin1StringView key)
{
    const TopLevelMember *member = journal.topLevel().member(key);
    if (!member)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArrayView value = QByteArrayView(journal.bytes()).sliced(member->value.begin, member->value.size());
    if (value.startsWith('[') || value.startsWith('{'))
        return value.startsWith('[') ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject()); // only ever described
    return QJsonDocument::fromJson(wrappedInArray(value, kMessageStringBytes)).array().first();
}

// The checks that decide whether the rest of the file is worth reading at all.
std::optional<Failure> checkFormatAndVersion(const ScannedJournal &journal)
{
    const QJsonValue format = topLevelValue(journal, "format"_L1);
    if (format != QJsonValue(u"mosaic-journal"_s)) {
        const QString problem = format.isUndefined()
            ? u"$: "_s + ReaderText::tr("missing required field \"%1\"").arg(u"format"_s)
            : u"$.format: "_s + ReaderText::tr("must be %1 (got %2)").arg(u"\"mosaic-journal\""_s, describeJsonValue(format));
        //: %1 is one line naming the JSON path and the rule it breaks.
        return Failure::badInput(ReaderText::tr("the file is not a Mosaic journal\n%1").arg(problem));
    }
    const QJsonValue version = topLevelValue(journal, "version"_L1);
    const double number = version.toDouble();
    if (version.isDouble() && number > kFormatVersion && std::floor(number) == number && number < 1e9) {
        const QString got = describeJsonValue(version);
        return Failure::badInput(
            //: %1 is the file's format version, %2 the version this Mosaic reads; keep the second line's "$.version" as it is.
            ReaderText::tr("the file was written by a newer Mosaic (format version %1); this version reads version %2\n$.version: must be %2 (got %1)")
                .arg(got)
                .arg(kFormatVersion));
    }
    return std::nullopt;
}

/// Collects the records into a whole Journal.
class JournalBuilder final : public JournalRecordSink
{
public:
    Journal journal;

    Status header(const QDateTime &exportedAt, const QString &app) override
    {
        journal.exportedAt = exportedAt;
        journal.app = app;
        return success();
    }
    Status values(PersonalValues &&values) override
    {
        journal.values = std::move(values);
        return success();
    }
    Status add(qsizetype, Circle &&record) override { return append(journal.circles, std::move(record)); }
    Status add(qsizetype, Person &&record) override { return append(journal.people, std::move(record)); }
    Status add(qsizetype, Membership &&record) override { return append(journal.memberships, std::move(record)); }
    Status add(qsizetype, Contact &&record) override { return append(journal.contacts, std::move(record)); }
    Status add(qsizetype, Incident &&record) override { return append(journal.incidents, std::move(record)); }
    Status add(qsizetype, Reframe &&record) override { return append(journal.reframes, std::move(record)); }
    Status add(qsizetype, Strength &&record) override { return append(journal.strengths, std::move(record)); }
    Status add(qsizetype, Win &&record) override { return append(journal.wins, std::move(record)); }
    Status add(qsizetype, Habit &&record) override { return append(journal.habits, std::move(record)); }
    Status add(qsizetype, CheckIn &&record) override { return append(journal.checkIns, std::move(record)); }
    Status add(qsizetype, Reminder &&record) override { return append(journal.reminders, std::move(record)); }

private:
    template <typename Record>
    static Status append(QList<Record> &list, Record &&record)
    {
        list.append(std::move(record));
        return success();
    }
};

Result<Journal> readWhole(const Result<ScannedJournal> &scanned)
{
    if (!scanned)
        return scanned.failure();
    JournalBuilder builder;
    if (Status read = readJournalRecords(*scanned, builder); !read)
        return read.failure();
    return std::move(builder.journal);
}

} // namespace

Status JournalRecordSink::header(const QDateTime &, const QString &)
{
    return success();
}

Status JournalRecordSink::endCollection(QLatin1StringView)
{
    return success();
}

qsizetype ScannedJournal::recordCount() const
{
    qsizetype count = 0;
    for (const QLatin1StringView collection : kJournalCollections) {
        if (const TopLevelMember *member = m_topLevel.member(collection))
            count += qsizetype(member->elementStarts.size());
    }
    return count;
}

Result<ScannedJournal> scanJournalJson(const QByteArray &bytes)
{
    if (isBlank(bytes))
        return Failure::badInput(ReaderText::tr("the file is empty; a Mosaic journal is a JSON object"));

    // Refused before anything else: a hostile file costs one pass that allocates nothing.
    const JsonShape shape = measureJsonShape(bytes);
    if (shape.tooDeepAt >= 0)
        return Failure::badInput(ReaderText::tr("the file nests arrays and objects too deeply (at %1); a Mosaic journal nests them at most %2 levels deep")
                                     .arg(lineAndColumn(bytes, shape.tooDeepAt))
                                     .arg(kSchemaDepth));
    const bool denseContainers =
        shape.containers > InputLimits::kJournalFileDenseValues && shape.containers * InputLimits::kJournalFileBytesPerContainer > bytes.size();
    const bool denseValues = shape.values > InputLimits::kJournalFileDenseValues && shape.values * InputLimits::kJournalFileBytesPerValue > bytes.size();
    if (denseContainers || denseValues)
        //: %1 is the number of arrays, objects and values in the file, %2 the file's size in bytes.
        return Failure::badInput(ReaderText::tr("the file is not a Mosaic journal: it packs %1 JSON values into %2 bytes, far more densely than any journal")
                                     .arg(QLocale().toString(shape.values), QLocale().toString(bytes.size())));

    ScannedJournal scanned;
    scanned.m_bytes = bytes;
    const JsonSyntaxError error = scanJson(bytes, InputLimits::kJournalFileDepth, kTopLevelKeys, scanned.m_topLevel);
    if (error.kind != JsonSyntaxError::Kind::None)
        return Failure::badInput(describeSyntaxError(bytes, error));
    if (!scanned.m_topLevel.rootIsObject)
        return Failure::badInput(
            //: Keep the second line's "$" (the JSON path of the whole file) as it is.
            ReaderText::tr(
                "the file is not a Mosaic journal: its top level is an array, where a journal is a JSON object\n$: must be an object (got an array)"));
    if (std::optional<Failure> refusal = checkFormatAndVersion(scanned))
        return std::move(*refusal);
    return scanned;
}

Status readJournalRecords(const ScannedJournal &journal, JournalRecordSink &sink)
{
    ValidationReport report;
    if (Status read = JournalParser(report).readScanned(journal, sink); !read)
        return read;
    if (!report.isEmpty())
        return report.toFailure();
    return success();
}

Result<Journal> readJournalJson(const QByteArray &bytes)
{
    return readWhole(scanJournalJson(bytes));
}

Result<ScannedJournal> scanJournalFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Failure::badInput(ReaderText::tr("cannot read %1: it is a folder, not a file").arg(shownPath));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::badInput(ReaderText::tr("cannot read %1: %2").arg(shownPath, file.errorString()));

    constexpr qint64 kMebibyte = 1024 * 1024;
    // `size` is 0 when unknown (a pipe).
    const auto tooLarge = [&](qint64 size) {
        const QString limit = QLocale().toString(kMaxJournalFileBytes / kMebibyte);
        if (size > 0) {
            //: %1 is the file's path, %2 the largest size allowed and %3 the file's size, both in mebibytes.
            return Failure::badInput(ReaderText::tr("cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be (it is %3 MiB)")
                                         .arg(shownPath, limit, QLocale().toString(double(size) / kMebibyte, 'f', 1)));
        }
        //: %1 is the file's path, %2 the largest size allowed in mebibytes.
        return Failure::badInput(
            ReaderText::tr("cannot import %1: the file is larger than %2 MiB, the most a Mosaic journal file may be").arg(shownPath, limit));
    };

    QByteArray bytes;
    if (!file.isSequential()) {
        // Judge by the size first, so that an oversized file is never loaded.
        if (file.size() > kMaxJournalFileBytes)
            return tooLarge(file.size());
        // Exactly the file's size: readAll() and resize() reserve room to grow.
        bytes = QByteArray(file.size(), Qt::Uninitialized);
        const qint64 read = file.read(bytes.data(), bytes.size());
        if (read >= 0)
            bytes.resize(read);
    } else {
        // A pipe or a device has no size: read up to one byte past the limit.
        while (!file.atEnd() && bytes.size() <= kMaxJournalFileBytes) {
            const QByteArray chunk = file.read(std::min<qint64>(kMebibyte, kMaxJournalFileBytes + 1 - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > kMaxJournalFileBytes)
            return tooLarge(0);
    }
    if (file.error() != QFileDevice::NoError)
        return Failure::badInput(ReaderText::tr("cannot read %1: %2").arg(shownPath, file.errorString()));
    if (bytes.isEmpty())
        return Failure::badInput(ReaderText::tr("cannot import %1: the file is empty; a Mosaic journal is a JSON object").arg(shownPath));
    return scanJournalJson(bytes);
}

Result<Journal> readJournalFile(const QString &path)
{
    return readWhole(scanJournalFile(path));
}

} // namespace mosaic
