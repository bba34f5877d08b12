// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderStore.h"

#include <QCoreApplication>
#include <array>

namespace mosaic {

namespace {

// The order of the columns is the order in which save() binds and readReminder() reads.
constexpr auto kReminderColumns = std::to_array<QStringView>(
    {u"id", u"created_at", u"updated_at", u"deleted_at", u"habit_id", u"title", u"times_json", u"days_json", u"enabled", u"snoozed_until", u"last_fired_at"});

constexpr auto kIdColumn = std::to_array<QStringView>({u"id"});

Reminder readReminder(SqlRowReader &row)
{
    Reminder reminder;
    reminder.stamps = row.stamps();
    reminder.habitId = row.optionalText();
    reminder.title = row.text();
    reminder.times = row.timeList();
    reminder.days = row.intList();
    reminder.enabled = row.boolean();
    reminder.snoozedUntil = row.optionalInstant();
    reminder.lastFiredAt = row.optionalInstant();
    return reminder;
}

void bindReminder(SqlBinder &bind, const Reminder &reminder)
{
    bind << reminder.stamps << reminder.habitId << reminder.title << reminder.times << reminder.days << reminder.enabled << reminder.snoozedUntil
         << reminder.lastFiredAt;
}

} // namespace

ReminderStore::ReminderStore(const QSqlDatabase &connection)
    : m_saveReminder(connection, SqlText::upsert(u"reminders", kReminderColumns, 1))
    , m_saveReminderBatch(connection, SqlText::upsert(u"reminders", kReminderColumns, 1, kSaveBatchRows))
    , m_findReminder(connection, SqlText::select(u"reminders", kReminderColumns, u"WHERE id = ?"))
    , m_allReminders(connection, SqlText::select(u"reminders", kReminderColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markReminderDeleted(connection, SqlText::markDeleted(u"reminders", kIdColumn))
{ }

Status ReminderStore::save(const Reminder &reminder)
{
    return saveRow(m_saveReminder, QCoreApplication::translate("mosaic::ReminderStore", "Saving the reminder"),
                   [&](SqlBinder &bind) { bindReminder(bind, reminder); });
}

Status ReminderStore::saveAll(const QList<Reminder> &records)
{
    return saveRowsInBatches(m_saveReminderBatch, m_saveReminder, records, QCoreApplication::translate("mosaic::ReminderStore", "Saving the reminders"),
                             bindReminder);
}

Result<std::optional<Reminder>> ReminderStore::findReminder(const QString &id)
{
    return readOptionalRow(m_findReminder, QCoreApplication::translate("mosaic::ReminderStore", "Reading the reminder"), readReminder, id);
}

Result<QList<Reminder>> ReminderStore::allReminders(IncludeDeleted includeDeleted)
{
    return readRows(m_allReminders, QCoreApplication::translate("mosaic::ReminderStore", "Reading the reminders"), readReminder,
                    includeDeleted == IncludeDeleted::Yes);
}

Status ReminderStore::markReminderDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markReminderDeleted, QCoreApplication::translate("mosaic::ReminderStore", "Deleting the reminder"), at, id);
}

} // namespace mosaic
