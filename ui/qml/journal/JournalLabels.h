// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"
#include "incidents/Reframe.h"
#include "strengths/Strength.h"

#include <QDate>
#include <QString>

namespace mosaic::journal {

/// Words the Journal page shows for the journal's kinds and dates, kind and plain ("Left out", never "exclusion").
QString incidentKindLabel(IncidentKind kind);
/// From the stored name; the name itself when unknown.
QString incidentKindLabel(const QString &name);
QString winKindLabel(WinKind kind);
QString winKindLabel(const QString &name);
QString reframeKindLabel(ReframeKind kind);
/// "November 2026": the timeline's section heading.
QString monthHeading(QDate date);
/// "Sat 14 Nov".
QString shortDate(QDate date);
/// "Saturday 14 November 2026".
QString longDate(QDate date);

} // namespace mosaic::journal
