// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EnumNames.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mosaic {

enum class CheckInStatus
{
    Done,
    Skipped
};

template <>
struct EnumNames<CheckInStatus>
{
    static constexpr std::array<QStringView, 2> names{u"done", u"skipped"};
};

/// One habit on one local date; unique per (habitId, date). An undone check-in keeps its row as a tombstone.
struct CheckIn
{
    QString habitId;
    QDate date;
    CheckInStatus status = CheckInStatus::Done;
    double value = 1;
    QString note;
    QDateTime updatedAt;
    std::optional<QDateTime> deletedAt;

    bool isDeleted() const { return deletedAt.has_value(); }
    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

} // namespace mosaic
