// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"
#include "common/RecordStamps.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

/// A named strength the person knows they have.
struct Strength
{
    RecordStamps stamps;
    QString name;
    QString description;
    bool archived = false;
    friend bool operator==(const Strength &, const Strength &) = default;
};

enum class WinKind
{
    Win,
    Progress,
    Kindness,
    Courage,
    Boundary,
    Other
};

template <>
struct EnumNames<WinKind>
{
    static constexpr std::array<QStringView, 6> names{u"win", u"progress", u"kindness", u"courage", u"boundary", u"other"};
};

/// Evidence of worth and competence, on a local calendar date, optionally linked to strengths and an incident.
struct Win
{
    RecordStamps stamps;
    QDate date;
    QString text;
    WinKind kind = WinKind::Win;
    QStringList strengthIds;
    std::optional<QString> incidentId;
    friend bool operator==(const Win &, const Win &) = default;
};

/// The personal mission statement and core values: one per journal.
struct PersonalValues
{
    QString mission;
    QStringList values;
    QDateTime updatedAt;
    friend bool operator==(const PersonalValues &, const PersonalValues &) = default;
};

} // namespace mosaic
