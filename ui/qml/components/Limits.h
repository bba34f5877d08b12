// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordLimits.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace mosaic {

/// The one table of limits (core's RecordLimits) for QML, so that a field stops typing where the journal's records
/// end: `maximumLength: Limits.nameLength`. Nothing to compute; the numbers live in core.
class Limits : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// A name or a title (a reflection's title, a feeling of one's own, a next step).
    Q_PROPERTY(int nameLength READ nameLength CONSTANT)
    /// The name of a thinking pattern of one's own.
    Q_PROPERTY(int ownDistortionNameLength READ ownDistortionNameLength CONSTANT)
    /// A count habit's unit.
    Q_PROPERTY(int unitLength READ unitLength CONSTANT)

public:
    using QObject::QObject;

    static int nameLength() { return int(RecordLimits::kNameLength); }
    static int ownDistortionNameLength() { return int(RecordLimits::kOwnDistortionNameLength); }
    static int unitLength() { return int(RecordLimits::kUnitLength); }
};

} // namespace mosaic
