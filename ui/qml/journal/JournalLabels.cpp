// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace mosaic::journal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mosaic::journal::JournalLabels", text);
}

} // namespace

QString incidentKindLabel(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Rejection:
        return tr("Rejection");
    case IncidentKind::Exclusion:
        return tr("Left out");
    case IncidentKind::Criticism:
        return tr("Criticism");
    case IncidentKind::Conflict:
        return tr("Conflict");
    case IncidentKind::Ghosting:
        return tr("No reply");
    case IncidentKind::Exposure:
        return tr("Small challenge");
    case IncidentKind::Other:
        break;
    }
    return tr("Something else");
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
        return tr("Win");
    case WinKind::Progress:
        return tr("Progress");
    case WinKind::Kindness:
        return tr("Kindness");
    case WinKind::Courage:
        return tr("Courage");
    case WinKind::Boundary:
        return tr("Boundary");
    case WinKind::Other:
        break;
    }
    return tr("Something good");
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
        return tr("The context");
    case ReframeKind::Timing:
        return tr("The timing");
    case ReframeKind::Fit:
        return tr("The fit");
    case ReframeKind::TheirSide:
        return tr("Their side");
    case ReframeKind::Evidence:
        return tr("The evidence");
    case ReframeKind::Growth:
        return tr("Growth");
    case ReframeKind::SelfCompassion:
        break;
    }
    return tr("Self-compassion");
}

QString monthHeading(QDate date)
{
    return QLocale().standaloneMonthName(date.month()) + u' ' + QString::number(date.year());
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace mosaic::journal
