// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/ReminderPreferences.h"

#include <QQmlEngine>

namespace mosaic {

/// Makes core's reminder preferences creatable in QML as `ReminderPreferences` (as JournalSessionType does for the
/// open journal), so that the reminder service links core without QML.
struct ReminderPreferencesType
{
    Q_GADGET
    QML_FOREIGN(mosaic::ReminderPreferences)
    QML_NAMED_ELEMENT(ReminderPreferences)
};

} // namespace mosaic
