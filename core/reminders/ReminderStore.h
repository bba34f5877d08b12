// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reminders/Reminder.h"
#include "storage/PreparedQuery.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mosaic {

/// Reminders in the journal.
///
/// Each statement is prepared on first use and reused. The store never opens a transaction: the caller wraps each
/// user action (or a whole import) in one WriteTransaction. The connection must outlive the store.
class ReminderStore
{
public:
    explicit ReminderStore(const QSqlDatabase &connection);
    ReminderStore(const ReminderStore &) = delete;
    ReminderStore &operator=(const ReminderStore &) = delete;

    /// Inserts the reminder, or updates every field of the one with its id. Its habit, if any, must be in the journal.
    Status save(const Reminder &reminder);
    /// Saves many at once, as an import does: several rows per statement, far faster than one save() each
    /// because the full-text index is updated per statement. Stops at the first failure; the caller rolls back.
    Status saveAll(const QList<Reminder> &reminders);
    Result<std::optional<Reminder>> findReminder(const QString &id);
    /// Ordered by createdAt, then id.
    Result<QList<Reminder>> allReminders(IncludeDeleted includeDeleted);
    /// Tombstones the reminder: deletedAt = updatedAt = `at`.
    Status markReminderDeleted(const QString &id, const QDateTime &at);

private:
    PreparedQuery m_saveReminder;
    PreparedQuery m_saveReminderBatch;
    PreparedQuery m_findReminder;
    PreparedQuery m_allReminders;
    PreparedQuery m_markReminderDeleted;
};

} // namespace mosaic
