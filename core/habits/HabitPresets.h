// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/Habit.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mosaic {

/// A ready-made ritual to start a habit from: its name, a warmly written prompt, schedule and target.
struct HabitPreset
{
    Ritual ritual = Ritual::Custom;
    QString name;
    QString prompt;
    HabitSchedule schedule;
    HabitTarget target;
    friend bool operator==(const HabitPreset &, const HabitPreset &) = default;
};

/// The seven rituals of docs/streaks-and-strength.md, in the order they are offered: morning strengths reflection, gratitude, weekly
/// letter, breathing, exposure challenge, boundary practice, reaching out. Texts are translated (context
/// "HabitPresets").
QList<HabitPreset> habitPresets();

/// The preset of `ritual`; nullopt for Ritual::Custom.
std::optional<HabitPreset> presetFor(Ritual ritual);

/// A new habit (no id or stamps yet) from `preset`, starting on `startDate`.
Habit habitFromPreset(const HabitPreset &preset, QDate startDate);

} // namespace mosaic
