// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <initializer_list>

namespace mosaic {

/// A location in a JSON document, e.g. `$.incidents[3].emotions[0].before`. Validators push and pop
/// segments as they descend and render the text only when they report a problem, which is rare.
class JsonPath
{
public:
    /// One step: an object key (a schema field name: a literal that outlives the path) or an array index.
    struct Segment
    {
        Segment() = default;
        Segment(QLatin1StringView objectKey)
            : key(objectKey)
        { }
        Segment(qsizetype arrayIndex)
            : index(arrayIndex)
        { }
        QLatin1StringView key;
        qsizetype index = -1;
    };

    JsonPath() = default;
    JsonPath(std::initializer_list<Segment> segments);

    void push(Segment segment) { m_segments.append(segment); }
    void pop() { m_segments.removeLast(); }
    /// "$", "$.circles[0].name", …
    QString toString() const;

    /// Pushes a segment for the lifetime of the scope.
    class Scope
    {
    public:
        Scope(JsonPath &path, Segment segment)
            : m_path(path)
        {
            m_path.push(segment);
        }
        ~Scope() { m_path.pop(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonPath &m_path;
    };

private:
    QVarLengthArray<Segment, 8> m_segments;
};

/// Collects problems as "PATH: RULE" lines, up to a limit, and turns them into one Failure for the person importing.
class ValidationReport
{
public:
    /// Enough to show what is wrong with a file without burying the reader.
    static constexpr qsizetype kMaxProblems = 20;

    void add(const JsonPath &path, const QString &rule);
    void add(const QString &path, const QString &rule);

    bool isEmpty() const { return m_problems.isEmpty(); }
    /// True once a problem beyond the limit came in: validators stop walking then.
    bool isFull() const { return m_overflowed; }
    const QStringList &problems() const { return m_problems; }

    /// A summary line ("the file is not a valid Mosaic journal: 3 problems") and then one problem per line.
    Failure toFailure() const;

private:
    QStringList m_problems;
    bool m_overflowed = false;
};

/// A JSON value as quoted in a message after "got": "monthly" (quoted, cut when long), 120, 50.5, true, null, an array, an object.
QString describeJsonValue(const QJsonValue &value);

/// Text in double quotes for a message, with control characters escaped and long text cut with "…".
QString quotedForMessage(QStringView text);

} // namespace mosaic
