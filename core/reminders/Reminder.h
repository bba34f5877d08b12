// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordStamps.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace mosaic {

/// A reminder at local wall-clock times on chosen ISO weekdays (empty = every day), optionally for a habit.
struct Reminder
{
    RecordStamps stamps;
    std::optional<QString> habitId;
    QString title;
    QList<QTime> times; ///< Minutes precision, 1–24 of them.
    QList<int> days; ///< ISO weekdays 1–7; empty means every day.
    bool enabled = true;
    std::optional<QDateTime> snoozedUntil;
    std::optional<QDateTime> lastFiredAt;
    friend bool operator==(const Reminder &, const Reminder &) = default;
};

} // namespace mosaic
