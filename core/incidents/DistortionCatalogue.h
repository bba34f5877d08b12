// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"

#include <QList>
#include <QString>

namespace mosaic {

/// What the journal tells a person about one thinking pattern: a short human name, one sentence on
/// what it is, and one example of how it sounds after a rejection.
struct DistortionInfo
{
    Distortion id = Distortion::AllOrNothing;
    QString name; ///< e.g. "Mind reading"; the interchange name is enumName(id).
    QString explanation;
    QString example;
};

/// All twelve distortions in the enum's order, translated with the translators installed at the first call.
const QList<DistortionInfo> &distortionCatalogue();

/// The catalogue entry for one distortion.
DistortionInfo distortionInfo(Distortion distortion);

} // namespace mosaic
