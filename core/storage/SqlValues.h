// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"
#include "common/Result.h"
#include "incidents/Incident.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTime>
#include <QVariant>

#include <optional>
#include <type_traits>

/// How record fields are stored in the journal's columns, shared by every store:
/// instants as fixed-width UTC text (TimeFormat::storageInstant, so text order is time order), dates as "YYYY-MM-DD",
/// booleans as 0/1, enum values as their interchange names, absent optionals as NULL, and lists and the small
/// nested objects as compact JSON in the shape of the interchange format (the full-text triggers read some of it).
namespace mosaic {

template <typename Enum>
concept InterchangeEnum = std::is_enum_v<Enum> && requires
{
    EnumNames<Enum>::names;
};

// ---- Writing: each overload returns the value to bind for one column.

QVariant toSql(const QString &text);
/// NULL when absent.
QVariant toSql(const std::optional<QString> &text);
QVariant toSql(int number);
/// NULL when absent.
QVariant toSql(const std::optional<int> &number);
QVariant toSql(double number);
/// 0 or 1.
QVariant toSql(bool flag);
/// TimeFormat::storageInstant; NULL for an invalid QDateTime (a required column then refuses the row).
QVariant toSql(const QDateTime &instant);
/// NULL when absent.
QVariant toSql(const std::optional<QDateTime> &instant);
/// "YYYY-MM-DD"; NULL for an invalid date.
QVariant toSql(QDate date);

/// The interchange name, e.g. "mind-reading".
template <InterchangeEnum Enum>
QVariant toSql(Enum value)
{
    return enumName(value);
}

/// `["a","b"]`.
QString toJsonText(const QStringList &strings);
/// `[1,2]`.
QString toJsonText(const QList<int> &numbers);
/// `["07:30","21:00"]`: reminder times have minute precision.
QString toJsonText(const QList<QTime> &times);
/// `[{"name":"hurt","before":80,"after":40}]`; "after" is left out when absent.
QString toJsonText(const QList<EmotionRating> &emotions);
/// `{"text":"…","due":"2026-04-01","done":false}`; "due" is left out when absent.
QString toJsonText(const NextStep &step);
/// `{"plan":"…","predictedAnxiety":70,…}`; empty text and absent numbers are left out.
QString toJsonText(const ExposurePlan &exposure);

/// `["mind-reading","labeling"]`.
template <InterchangeEnum Enum>
QString toJsonText(const QList<Enum> &values)
{
    QStringList names;
    names.reserve(values.size());
    for (const Enum value : values)
        names.append(enumName(value));
    return toJsonText(names);
}

/// Lists (never NULL: an empty list is "[]").
inline QVariant toSql(const QStringList &strings)
{
    return toJsonText(strings);
}
inline QVariant toSql(const QList<int> &numbers)
{
    return toJsonText(numbers);
}
inline QVariant toSql(const QList<QTime> &times)
{
    return toJsonText(times);
}
inline QVariant toSql(const QList<EmotionRating> &emotions)
{
    return toJsonText(emotions);
}
template <InterchangeEnum Enum>
QVariant toSql(const QList<Enum> &values)
{
    return toJsonText(values);
}
/// NULL when absent.
inline QVariant toSql(const std::optional<NextStep> &step)
{
    return step ? QVariant(toJsonText(*step)) : QVariant();
}
/// NULL when absent.
inline QVariant toSql(const std::optional<ExposurePlan> &exposure)
{
    return exposure ? QVariant(toJsonText(*exposure)) : QVariant();
}

// ---- Reading JSON text back: nullopt when the text is not what the writing side produces.

std::optional<QStringList> stringListFromJson(QStringView json);
std::optional<QList<int>> intListFromJson(QStringView json);
std::optional<QList<QTime>> timeListFromJson(QStringView json);
std::optional<QList<EmotionRating>> emotionsFromJson(QStringView json);
std::optional<NextStep> nextStepFromJson(QStringView json);
std::optional<ExposurePlan> exposureFromJson(QStringView json);

template <InterchangeEnum Enum>
std::optional<QList<Enum>> enumListFromJson(QStringView json)
{
    const std::optional<QStringList> names = stringListFromJson(json);
    if (!names)
        return std::nullopt;
    QList<Enum> values;
    values.reserve(names->size());
    for (const QString &name : *names) {
        const std::optional<Enum> value = enumFromName<Enum>(name);
        if (!value)
            return std::nullopt;
        values.append(*value);
    }
    return values;
}

// ---- Binding a row and reading one back, column by column in the order of the statement's column list.

/// Binds values to positional placeholders in order: `SqlBinder(query) << incident.stamps << incident.occurredAt << …`.
class SqlBinder
{
public:
    explicit SqlBinder(QSqlQuery &query)
        : m_query(query)
    { }

    /// id, created_at, updated_at, deleted_at.
    SqlBinder &operator<<(const RecordStamps &stamps);

    template <typename T>
    SqlBinder &operator<<(const T &value)
    {
        m_query.bindValue(m_position++, toSql(value));
        return *this;
    }

private:
    QSqlQuery &m_query;
    int m_position = 0;
};

/// Reads the current row of a query from column 0 on. A column that holds something this version cannot read
/// (a damaged or hand-edited journal) yields a default value and is remembered, so that the caller reports it
/// instead of handing on a half-read record.
class SqlRowReader
{
public:
    explicit SqlRowReader(const QSqlQuery &query)
        : m_query(query)
    { }

    /// Passes over a column that is not part of the value (a constant key).
    void skip() { ++m_column; }
    /// id, created_at, updated_at, deleted_at.
    RecordStamps stamps();
    QString text();
    /// NULL reads as nullopt.
    std::optional<QString> optionalText();
    int integer();
    std::optional<int> optionalInteger();
    double real();
    bool boolean();
    QDateTime instant();
    std::optional<QDateTime> optionalInstant();
    QDate date();
    QStringList stringList();
    QList<int> intList();
    QList<QTime> timeList();
    QList<EmotionRating> emotions();
    std::optional<NextStep> nextStep();
    std::optional<ExposurePlan> exposure();

    template <InterchangeEnum Enum>
    Enum enumValue()
    {
        const QVariant value = next();
        if (const std::optional<Enum> parsed = enumFromName<Enum>(value.toString()))
            return *parsed;
        markBad(value);
        return Enum{};
    }

    template <InterchangeEnum Enum>
    QList<Enum> enumList()
    {
        const QVariant value = next();
        if (std::optional<QList<Enum>> parsed = enumListFromJson<Enum>(value.toString()))
            return std::move(*parsed);
        markBad(value);
        return {};
    }

    /// False once a column could not be read.
    bool ok() const { return m_badColumn < 0; }
    /// What could not be read, for the caller's Result.
    Failure failure(const QString &whatFailed) const;

private:
    QVariant next() { return m_query.value(m_column++); }
    void markBad(const QVariant &value);

    const QSqlQuery &m_query;
    int m_column = 0;
    int m_badColumn = -1;
    QString m_badValue;
};

} // namespace mosaic
