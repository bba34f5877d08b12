// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalLabels.h"

#include "vocabulary/Labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace mosaic::journal {

namespace {

// A class, not a free tr() function, so that lupdate files these strings under the context used at run time.
struct JournalLabelText
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::journal::JournalLabels)
};

} // namespace

QString incidentKindLabel(IncidentKind kind)
{
    return labels::incidentKind(kind);
}

QString incidentKindLabel(const QString &name)
{
    return labels::incidentKind(name).value_or(name);
}

QString winKindLabel(WinKind kind)
{
    return labels::winKind(kind);
}

QString winKindLabel(const QString &name)
{
    return labels::winKind(name).value_or(name);
}

QString reframeKindLabel(ReframeKind kind)
{
    return labels::reframeKind(kind);
}

QString monthHeading(QDate date)
{
    //: A calendar's month heading: %1 is the month's name, %2 the year.
    return JournalLabelText::tr("%1 %2", "month and year").arg(QLocale().standaloneMonthName(date.month()), QString::number(date.year()));
}

QString shortDate(QDate date)
{
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return QLocale().toString(date, JournalLabelText::tr("ddd d MMM", "date format"));
}

QString longDate(QDate date)
{
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return QLocale().toString(date, JournalLabelText::tr("dddd d MMMM yyyy", "date format"));
}

} // namespace mosaic::journal
