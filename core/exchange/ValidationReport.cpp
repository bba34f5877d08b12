// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationReport.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mosaic {

namespace {
// The translation context of the report's wording (a class, so that lupdate files it under it).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::ValidationReport)
};
} // namespace

JsonPath::JsonPath(std::initializer_list<Segment> segments)
{
    for (const Segment &segment : segments)
        m_segments.append(segment);
}

QString JsonPath::toString() const
{
    QString text = u"$"_s;
    for (const Segment &segment : m_segments) {
        if (segment.index >= 0)
            text += u'[' + QString::number(segment.index) + u']';
        else
            text += u'.' + segment.key;
    }
    return text;
}

void ValidationReport::add(const JsonPath &path, const QString &rule)
{
    if (m_problems.size() >= kMaxProblems) {
        m_overflowed = true;
        return;
    }
    add(path.toString(), rule);
}

void ValidationReport::add(const QString &path, const QString &rule)
{
    if (m_problems.size() >= kMaxProblems) {
        m_overflowed = true;
        return;
    }
    m_problems.append(path + u": "_s + rule);
}

Failure ValidationReport::toFailure() const
{
    //: The first line of an import's problem list; %1 is the limit on problems shown.
    const QString summary = m_overflowed ? ReportText::tr("the file is not a valid Mosaic journal: more than %1 problems; the first %1:").arg(kMaxProblems)
                                         //: The first line of an import's problem list.
                                         : ReportText::tr("the file is not a valid Mosaic journal: %n problem(s)", nullptr, int(m_problems.size()));
    return Failure::badInput(summary + u'\n' + m_problems.join(u'\n'));
}

QString quotedForMessage(QStringView text)
{
    // Long enough to recognise a value, short enough to keep one problem on one line.
    constexpr qsizetype kShownLength = 60;
    QString quoted;
    quoted.reserve(std::min(text.size(), kShownLength) + 8);
    quoted += u'"';
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown == kShownLength) {
            quoted += u'…';
            break;
        }
        const QChar c = text[i];
        if (c == u'"' || c == u'\\') {
            quoted += u'\\';
            quoted += c;
        } else if (c == u'\n') {
            quoted += u"\\n"_s;
        } else if (c == u'\t') {
            quoted += u"\\t"_s;
        } else if (c.unicode() < 0x20 || c.isSurrogate()) {
            // Control characters and halves of a surrogate pair that is cut here would garble the message.
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                quoted += c;
                quoted += text[++i];
            } else {
                quoted += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            }
        } else {
            quoted += c;
        }
        ++shown;
    }
    quoted += u'"';
    return quoted;
}

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quotedForMessage(value.toString());
    case QJsonValue::Array:
        //: A JSON value found in the file, in "(got an array)".
        return ReportText::tr("an array", "found");
    case QJsonValue::Object:
        //: A JSON value found in the file, in "(got an object)".
        return ReportText::tr("an object", "found");
    case QJsonValue::Undefined:
        break;
    }
    //: In "(got nothing)": no value at all.
    return ReportText::tr("nothing");
}

} // namespace mosaic
