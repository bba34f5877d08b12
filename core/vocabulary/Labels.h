// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/Circle.h"
#include "habits/Habit.h"
#include "incidents/Incident.h"
#include "incidents/Reframe.h"
#include "strengths/Strength.h"

#include <QString>

#include <optional>

/// One word for each value of the journal's kinds, wherever it shows — the pages, the Markdown export, the command
/// line — so that a person meets the same word for the same thing everywhere. Translated (context
/// "mosaic::Labels"); each table holds exactly one label per enum value (checked when it is compiled).
namespace mosaic::labels {

QString incidentKind(IncidentKind kind);
QString winKind(WinKind kind);
QString reframeKind(ReframeKind kind);
QString situationalFactor(SituationalFactor factor);

QString ritual(Ritual ritual);
QString circleKind(CircleKind kind);
/// What a person gives ("emotional", "practical"…), as a list names it.
QString supportKind(SupportKind kind);
/// A ring as the diagram names it ("inner").
QString ring(Ring ring);
/// A ring as a heading names it ("Inner ring"): the same words, for where it stands alone.
QString ringHeading(Ring ring);

/// The label of an enum value given by its interchange name ("ghosting"); nullopt for a name that is none.
std::optional<QString> incidentKind(const QString &name);
std::optional<QString> winKind(const QString &name);

} // namespace mosaic::labels
