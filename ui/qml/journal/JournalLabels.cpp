// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalLabels.h"

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
    switch (kind) {
    case IncidentKind::Rejection:
        return JournalLabelText::tr("Rejection");
    case IncidentKind::Exclusion:
        return JournalLabelText::tr("Left out");
    case IncidentKind::Criticism:
        return JournalLabelText::tr("Criticism");
    case IncidentKind::Conflict:
        return JournalLabelText::tr("Conflict");
    case IncidentKind::Ghosting:
        return JournalLabelText::tr("No reply");
    case IncidentKind::Exposure:
        return JournalLabelText::tr("Small challenge");
    case IncidentKind::Other:
        break;
    }
    return JournalLabelText::tr("Something else");
}

QString incidentKindLabel(const QString &name)
{
    const auto kind = enumFromName<IncidentKind>(name);
    return kind ? incidentKindLabel(*kind) : name;
}

QString winKindLabel(WinKind kind)
{
    switch (kind) {
    case WinKind::Win:
        return JournalLabelText::tr("Win");
    case WinKind::Progress:
        return JournalLabelText::tr("Progress");
    case WinKind::Kindness:
        return JournalLabelText::tr("Kindness");
    case WinKind::Courage:
        return JournalLabelText::tr("Courage");
    case WinKind::Boundary:
        return JournalLabelText::tr("Boundary");
    case WinKind::Other:
        break;
    }
    return JournalLabelText::tr("Something good");
}

QString winKindLabel(const QString &name)
{
    const auto kind = enumFromName<WinKind>(name);
    return kind ? winKindLabel(*kind) : name;
}

QString reframeKindLabel(ReframeKind kind)
{
    switch (kind) {
    case ReframeKind::Context:
        return JournalLabelText::tr("The context");
    case ReframeKind::Timing:
        return JournalLabelText::tr("The timing");
    case ReframeKind::Fit:
        return JournalLabelText::tr("The fit");
    case ReframeKind::TheirSide:
        return JournalLabelText::tr("Their side");
    case ReframeKind::Evidence:
        return JournalLabelText::tr("The evidence");
    case ReframeKind::Growth:
        return JournalLabelText::tr("Growth");
    case ReframeKind::SelfCompassion:
        break;
    }
    return JournalLabelText::tr("Self-compassion");
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
