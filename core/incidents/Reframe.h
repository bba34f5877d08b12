// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"

#include <QString>

#include <optional>

namespace mosaic {

enum class ReframeKind
{
    Context,
    Timing,
    Fit,
    TheirSide,
    Evidence,
    Growth,
    SelfCompassion
};

template <>
struct EnumNames<ReframeKind>
{
    static constexpr std::array<QStringView, 7> names{u"context", u"timing", u"fit", u"their-side", u"evidence", u"growth", u"self-compassion"};
};

/// A kinder, truer way of reading an incident, and how believable it feels (0–100).
struct Reframe
{
    RecordStamps stamps;
    QString incidentId;
    QString text;
    ReframeKind kind = ReframeKind::Context;
    std::optional<int> believability;
    friend bool operator==(const Reframe &, const Reframe &) = default;
};

} // namespace mosaic
