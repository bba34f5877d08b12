// SPDX-License-Identifier: GPL-3.0-or-later
#include "HabitDeletion.h"

#include "habits/HabitStore.h"
#include "storage/DependantRecords.h"

#include <QCoreApplication>

namespace mosaic {

Status deleteHabit(const QSqlDatabase &connection, HabitStore &habits, const QString &habitId, const QDateTime &at)
{
    return deleteWithDependants(
        connection, [&] { return habits.findHabit(habitId); }, [&] { return habits.markHabitDeleted(habitId, at); },
        QCoreApplication::translate("mosaic::HabitDeletion", "This habit is no longer in the journal."));
}

} // namespace mosaic
