// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlRecord>

#include <cmath>
#include <limits>

namespace mosaic {

namespace {

// A hand-written compact writer rather than QJsonDocument: it keeps the interchange key order (QJsonObject sorts
// keys) and costs far less on the import path, where every incident writes several of these.
void appendJsonString(QString &out, QStringView text)
{
    out += u'"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.mid(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += QStringView(u"\\\"");
            break;
        case u'\\':
            out += QStringView(u"\\\\");
            break;
        case u'\n':
            out += QStringView(u"\\n");
            break;
        case u'\r':
            out += QStringView(u"\\r");
            break;
        case u'\t':
            out += QStringView(u"\\t");
            break;
        default: {
            static constexpr char16_t hex[] = u"0123456789abcdef";
            const char16_t escape[] = {u'\\', u'u', u'0', u'0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
            out += QStringView(escape, 6);
            break;
        }
        }
    }
    out += text.mid(plainFrom);
    out += u'"';
}

// Writes `"name":` after a comma when the object already has members.
void appendKey(QString &out, QStringView name)
{
    if (out.size() > 1)
        out += u',';
    out += u'"';
    out += name;
    out += QStringView(u"\":");
}

void appendTextMember(QString &out, QStringView name, const QString &text)
{
    if (text.isEmpty())
        return;
    appendKey(out, name);
    appendJsonString(out, text);
}

void appendNumberMember(QString &out, QStringView name, const std::optional<int> &number)
{
    if (!number)
        return;
    appendKey(out, name);
    out += QString::number(*number);
}

QString timeText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// An empty list is by far the most common value; skip the parser for it.
bool isEmptyArray(QStringView json)
{
    return json == u"[]";
}

std::optional<QJsonDocument> parseJson(QStringView json)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

std::optional<QJsonArray> parseArray(QStringView json)
{
    const std::optional<QJsonDocument> document = parseJson(json);
    if (!document || !document->isArray())
        return std::nullopt;
    return document->array();
}

std::optional<QJsonObject> parseObject(QStringView json)
{
    const std::optional<QJsonDocument> document = parseJson(json);
    if (!document || !document->isObject())
        return std::nullopt;
    return document->object();
}

std::optional<int> jsonInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::trunc(number) || number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(number);
}

// An optional number member: absent or null is nullopt; `bad` is set for anything else that is not an int.
std::optional<int> optionalJsonInt(const QJsonObject &object, QLatin1StringView key, bool &bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const std::optional<int> number = jsonInt(value);
    if (!number)
        bad = true;
    return number;
}

// An optional text member: absent is empty; `bad` is set for a member that is not a string.
QString optionalJsonText(const QJsonObject &object, QLatin1StringView key, bool &bad)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        bad = true;
    return value.toString();
}

std::optional<QTime> parseTime(QStringView text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    int parts[2] = {0, 0};
    for (int part = 0; part < 2; ++part) {
        for (int i = 0; i < 2; ++i) {
            const char16_t c = text[part * 3 + i].unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            parts[part] = parts[part] * 10 + (c - u'0');
        }
    }
    if (!QTime::isValid(parts[0], parts[1], 0))
        return std::nullopt;
    return QTime(parts[0], parts[1]);
}

} // namespace

QVariant toSql(const QString &text)
{
    // A null QString would bind as NULL; the text columns are NOT NULL with '' meaning absent.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant toSql(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

QVariant toSql(int number)
{
    return number;
}

QVariant toSql(const std::optional<int> &number)
{
    return number ? QVariant(*number) : QVariant();
}

QVariant toSql(double number)
{
    return number;
}

QVariant toSql(bool flag)
{
    return flag ? 1 : 0;
}

QVariant toSql(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(TimeFormat::storageInstant(instant)) : QVariant();
}

QVariant toSql(const std::optional<QDateTime> &instant)
{
    return instant ? toSql(*instant) : QVariant();
}

QVariant toSql(QDate date)
{
    return date.isValid() ? QVariant(TimeFormat::formatDate(date)) : QVariant();
}

QString toJsonText(const QStringList &strings)
{
    QString out;
    out += u'[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out += u',';
        appendJsonString(out, strings[i]);
    }
    out += u']';
    return out;
}

QString toJsonText(const QList<int> &numbers)
{
    QString out;
    out += u'[';
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(numbers[i]);
    }
    out += u']';
    return out;
}

QString toJsonText(const QList<QTime> &times)
{
    QStringList texts;
    texts.reserve(times.size());
    for (const QTime time : times)
        texts.append(timeText(time));
    return toJsonText(texts);
}

QString toJsonText(const QList<EmotionRating> &emotions)
{
    QString out;
    out += u'[';
    for (qsizetype i = 0; i < emotions.size(); ++i) {
        const EmotionRating &emotion = emotions[i];
        if (i > 0)
            out += u',';
        QString object;
        object += u'{';
        appendKey(object, u"name");
        appendJsonString(object, emotion.name);
        appendKey(object, u"before");
        object += QString::number(emotion.before);
        appendNumberMember(object, u"after", emotion.after);
        object += u'}';
        out += object;
    }
    out += u']';
    return out;
}

QString toJsonText(const NextStep &step)
{
    QString out;
    out += u'{';
    appendKey(out, u"text");
    appendJsonString(out, step.text);
    if (step.due) {
        appendKey(out, u"due");
        appendJsonString(out, TimeFormat::formatDate(*step.due));
    }
    appendKey(out, u"done");
    out += step.done ? QStringView(u"true") : QStringView(u"false");
    out += u'}';
    return out;
}

QString toJsonText(const ExposurePlan &exposure)
{
    QString out;
    out += u'{';
    appendTextMember(out, u"plan", exposure.plan);
    appendTextMember(out, u"exitStrategy", exposure.exitStrategy);
    appendNumberMember(out, u"predictedAnxiety", exposure.predictedAnxiety);
    appendTextMember(out, u"prediction", exposure.prediction);
    appendNumberMember(out, u"actualAnxiety", exposure.actualAnxiety);
    appendTextMember(out, u"outcome", exposure.outcome);
    appendTextMember(out, u"whatHelped", exposure.whatHelped);
    out += u'}';
    return out;
}

std::optional<QStringList> stringListFromJson(QStringView json)
{
    if (isEmptyArray(json))
        return QStringList();
    const std::optional<QJsonArray> array = parseArray(json);
    if (!array)
        return std::nullopt;
    QStringList strings;
    strings.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isString())
            return std::nullopt;
        strings.append(value.toString());
    }
    return strings;
}

std::optional<QList<int>> intListFromJson(QStringView json)
{
    if (isEmptyArray(json))
        return QList<int>();
    const std::optional<QJsonArray> array = parseArray(json);
    if (!array)
        return std::nullopt;
    QList<int> numbers;
    numbers.reserve(array->size());
    for (const QJsonValue &value : *array) {
        const std::optional<int> number = jsonInt(value);
        if (!number)
            return std::nullopt;
        numbers.append(*number);
    }
    return numbers;
}

std::optional<QList<QTime>> timeListFromJson(QStringView json)
{
    const std::optional<QStringList> texts = stringListFromJson(json);
    if (!texts)
        return std::nullopt;
    QList<QTime> times;
    times.reserve(texts->size());
    for (const QString &text : *texts) {
        const std::optional<QTime> time = parseTime(text);
        if (!time)
            return std::nullopt;
        times.append(*time);
    }
    return times;
}

std::optional<QList<EmotionRating>> emotionsFromJson(QStringView json)
{
    if (isEmptyArray(json))
        return QList<EmotionRating>();
    const std::optional<QJsonArray> array = parseArray(json);
    if (!array)
        return std::nullopt;
    QList<EmotionRating> emotions;
    emotions.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        const QJsonValue name = object.value(QLatin1StringView("name"));
        const std::optional<int> before = jsonInt(object.value(QLatin1StringView("before")));
        bool bad = false;
        const std::optional<int> after = optionalJsonInt(object, QLatin1StringView("after"), bad);
        if (!name.isString() || !before || bad)
            return std::nullopt;
        emotions.append(EmotionRating{name.toString(), *before, after});
    }
    return emotions;
}

std::optional<NextStep> nextStepFromJson(QStringView json)
{
    const std::optional<QJsonObject> object = parseObject(json);
    if (!object)
        return std::nullopt;
    const QJsonValue text = object->value(QLatin1StringView("text"));
    const QJsonValue due = object->value(QLatin1StringView("due"));
    const QJsonValue done = object->value(QLatin1StringView("done"));
    if (!text.isString() || !(done.isUndefined() || done.isBool()))
        return std::nullopt;
    NextStep step{text.toString(), std::nullopt, done.toBool(false)};
    if (!due.isUndefined() && !due.isNull()) {
        step.due = TimeFormat::parseDate(due.toString());
        if (!step.due)
            return std::nullopt;
    }
    return step;
}

std::optional<ExposurePlan> exposureFromJson(QStringView json)
{
    const std::optional<QJsonObject> object = parseObject(json);
    if (!object)
        return std::nullopt;
    bool bad = false;
    ExposurePlan exposure;
    exposure.plan = optionalJsonText(*object, QLatin1StringView("plan"), bad);
    exposure.exitStrategy = optionalJsonText(*object, QLatin1StringView("exitStrategy"), bad);
    exposure.predictedAnxiety = optionalJsonInt(*object, QLatin1StringView("predictedAnxiety"), bad);
    exposure.prediction = optionalJsonText(*object, QLatin1StringView("prediction"), bad);
    exposure.actualAnxiety = optionalJsonInt(*object, QLatin1StringView("actualAnxiety"), bad);
    exposure.outcome = optionalJsonText(*object, QLatin1StringView("outcome"), bad);
    exposure.whatHelped = optionalJsonText(*object, QLatin1StringView("whatHelped"), bad);
    if (bad)
        return std::nullopt;
    return exposure;
}

SqlBinder &SqlBinder::operator<<(const RecordStamps &stamps)
{
    return *this << stamps.id << stamps.createdAt << stamps.updatedAt << stamps.deletedAt;
}

RecordStamps SqlRowReader::stamps()
{
    RecordStamps stamps;
    stamps.id = text();
    stamps.createdAt = instant();
    stamps.updatedAt = instant();
    stamps.deletedAt = optionalInstant();
    return stamps;
}

QString SqlRowReader::text()
{
    const QVariant value = next();
    if (value.isNull()) {
        // The text columns are NOT NULL DEFAULT ''; keep the invariant that empty text is "", never a null QString.
        return QStringLiteral("");
    }
    return value.toString();
}

std::optional<QString> SqlRowReader::optionalText()
{
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

int SqlRowReader::integer()
{
    const QVariant value = next();
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || value.isNull())
        markBad(value);
    return number;
}

std::optional<int> SqlRowReader::optionalInteger()
{
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok)
        markBad(value);
    return number;
}

double SqlRowReader::real()
{
    const QVariant value = next();
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || value.isNull())
        markBad(value);
    return number;
}

bool SqlRowReader::boolean()
{
    const QVariant value = next();
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || value.isNull() || (number != 0 && number != 1))
        markBad(value);
    return number == 1;
}

QDateTime SqlRowReader::instant()
{
    const QVariant value = next();
    if (std::optional<QDateTime> parsed = TimeFormat::parseInstant(value.toString()))
        return *parsed;
    markBad(value);
    return {};
}

std::optional<QDateTime> SqlRowReader::optionalInstant()
{
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    std::optional<QDateTime> parsed = TimeFormat::parseInstant(value.toString());
    if (!parsed)
        markBad(value);
    return parsed;
}

QDate SqlRowReader::date()
{
    const QVariant value = next();
    if (std::optional<QDate> parsed = TimeFormat::parseDate(value.toString()))
        return *parsed;
    markBad(value);
    return {};
}

QStringList SqlRowReader::stringList()
{
    const QVariant value = next();
    if (std::optional<QStringList> parsed = stringListFromJson(value.toString()))
        return std::move(*parsed);
    markBad(value);
    return {};
}

QList<int> SqlRowReader::intList()
{
    const QVariant value = next();
    if (std::optional<QList<int>> parsed = intListFromJson(value.toString()))
        return std::move(*parsed);
    markBad(value);
    return {};
}

QList<QTime> SqlRowReader::timeList()
{
    const QVariant value = next();
    if (std::optional<QList<QTime>> parsed = timeListFromJson(value.toString()))
        return std::move(*parsed);
    markBad(value);
    return {};
}

QList<EmotionRating> SqlRowReader::emotions()
{
    const QVariant value = next();
    if (std::optional<QList<EmotionRating>> parsed = emotionsFromJson(value.toString()))
        return std::move(*parsed);
    markBad(value);
    return {};
}

std::optional<NextStep> SqlRowReader::nextStep()
{
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    std::optional<NextStep> parsed = nextStepFromJson(value.toString());
    if (!parsed)
        markBad(value);
    return parsed;
}

std::optional<ExposurePlan> SqlRowReader::exposure()
{
    const QVariant value = next();
    if (value.isNull())
        return std::nullopt;
    std::optional<ExposurePlan> parsed = exposureFromJson(value.toString());
    if (!parsed)
        markBad(value);
    return parsed;
}

void SqlRowReader::markBad(const QVariant &value)
{
    if (m_badColumn >= 0)
        return;
    m_badColumn = m_column - 1;
    m_badValue = value.isNull() ? QStringLiteral("NULL") : value.toString();
}

Failure SqlRowReader::failure(const QString &whatFailed) const
{
    constexpr qsizetype shownLength = 80;
    QString shown = m_badValue.left(shownLength);
    if (m_badValue.size() > shownLength)
        shown += u'…';
    //: %1 says what was being done (e.g. "Reading the circles"), %2 is a database column name, %3 the value found there.
    return Failure::operation(QCoreApplication::translate("mosaic::SqlRowReader",
                                                          "%1 failed: the journal holds a value this version of Mosaic cannot read (%2: %3). "
                                                          "The file may be damaged; restore a backup (mosaic backup makes them).")
                                  .arg(whatFailed, m_query.record().fieldName(m_badColumn), shown));
}

} // namespace mosaic
