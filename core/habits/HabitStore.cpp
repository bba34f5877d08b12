// SPDX-License-Identifier: GPL-3.0-or-later
#include "HabitStore.h"

#include <QCoreApplication>
#include <array>

namespace mosaic {

namespace {

// The order of the columns is the order in which the bind and read functions below go.
constexpr auto kHabitColumns =
    std::to_array<QStringView>({u"id", u"created_at", u"updated_at", u"deleted_at", u"name", u"prompt", u"ritual", u"schedule_type", u"schedule_days_json",
                                u"schedule_times", u"target_type", u"target_goal", u"target_unit", u"start_date", u"color", u"archived"});

// The key (habit_id, date) comes first: the upsert's conflict target.
constexpr auto kCheckInColumns = std::to_array<QStringView>({u"habit_id", u"date", u"status", u"value", u"note", u"updated_at", u"deleted_at"});

constexpr auto kIdColumn = std::to_array<QStringView>({u"id"});
constexpr auto kCheckInKey = std::to_array<QStringView>({u"habit_id", u"date"});

void bindHabit(SqlBinder &bind, const Habit &habit)
{
    bind << habit.stamps << habit.name << habit.prompt << habit.ritual << habit.schedule.type << habit.schedule.days << habit.schedule.times
         << habit.target.type << habit.target.goal << habit.target.unit << habit.startDate << habit.color << habit.archived;
}

Habit readHabit(SqlRowReader &row)
{
    Habit habit;
    habit.stamps = row.stamps();
    habit.name = row.text();
    habit.prompt = row.text();
    habit.ritual = row.enumValue<Ritual>();
    habit.schedule.type = row.enumValue<ScheduleType>();
    habit.schedule.days = row.intList();
    habit.schedule.times = row.integer();
    habit.target.type = row.enumValue<TargetType>();
    habit.target.goal = row.real();
    habit.target.unit = row.text();
    habit.startDate = row.date();
    habit.color = row.text();
    habit.archived = row.boolean();
    return habit;
}

void bindCheckIn(SqlBinder &bind, const CheckIn &checkIn)
{
    bind << checkIn.habitId << checkIn.date << checkIn.status << checkIn.value << checkIn.note << checkIn.updatedAt << checkIn.deletedAt;
}

CheckIn readCheckIn(SqlRowReader &row)
{
    CheckIn checkIn;
    checkIn.habitId = row.text();
    checkIn.date = row.date();
    checkIn.status = row.enumValue<CheckInStatus>();
    checkIn.value = row.real();
    checkIn.note = row.text();
    checkIn.updatedAt = row.instant();
    checkIn.deletedAt = row.optionalInstant();
    return checkIn;
}

} // namespace

HabitStore::HabitStore(const QSqlDatabase &connection)
    : m_saveHabit(connection, SqlText::upsert(u"habits", kHabitColumns, 1))
    , m_saveHabitBatch(connection, SqlText::upsert(u"habits", kHabitColumns, 1, kSaveBatchRows))
    , m_findHabit(connection, SqlText::select(u"habits", kHabitColumns, u"WHERE id = ?"))
    , m_allHabits(connection, SqlText::select(u"habits", kHabitColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY created_at, id"))
    , m_markHabitDeleted(connection, SqlText::markDeleted(u"habits", kIdColumn))
    , m_saveCheckIn(connection, SqlText::upsert(u"check_ins", kCheckInColumns, 2))
    , m_saveCheckInBatch(connection, SqlText::upsert(u"check_ins", kCheckInColumns, 2, kSaveBatchRows))
    , m_findCheckIn(connection, SqlText::select(u"check_ins", kCheckInColumns, u"WHERE habit_id = ? AND date = ?"))
    , m_allCheckIns(connection, SqlText::select(u"check_ins", kCheckInColumns, u"WHERE deleted_at IS NULL OR ? ORDER BY habit_id, date"))
    , m_scoringCheckIns(connection,
                        QStringLiteral("SELECT date, status = 'done', value FROM check_ins "
                                       "INDEXED BY check_ins_scoring WHERE deleted_at IS NULL AND habit_id = ? ORDER BY date"))
    , m_checkInsFor(connection, SqlText::select(u"check_ins", kCheckInColumns, u"WHERE habit_id = ? AND (deleted_at IS NULL OR ?) ORDER BY date"))
    , m_markCheckInDeleted(connection, SqlText::markDeleted(u"check_ins", kCheckInKey))
{ }

Status HabitStore::save(const Habit &habit)
{
    return saveRow(m_saveHabit, QCoreApplication::translate("mosaic::HabitStore", "Saving the habit"), [&](SqlBinder &bind) { bindHabit(bind, habit); });
}

Status HabitStore::saveAll(const QList<Habit> &records)
{
    return saveRowsInBatches(m_saveHabitBatch, m_saveHabit, records, QCoreApplication::translate("mosaic::HabitStore", "Saving the habits"), bindHabit);
}

Result<std::optional<Habit>> HabitStore::findHabit(const QString &id)
{
    return readOptionalRow(m_findHabit, QCoreApplication::translate("mosaic::HabitStore", "Reading the habit"), readHabit, id);
}

Result<QList<Habit>> HabitStore::allHabits(IncludeDeleted includeDeleted)
{
    return readRows(m_allHabits, QCoreApplication::translate("mosaic::HabitStore", "Reading the habits"), readHabit, includeDeleted == IncludeDeleted::Yes);
}

Status HabitStore::markHabitDeleted(const QString &id, const QDateTime &at)
{
    return markRowDeleted(m_markHabitDeleted, QCoreApplication::translate("mosaic::HabitStore", "Deleting the habit"), at, id);
}

Status HabitStore::save(const CheckIn &checkIn)
{
    return saveRow(m_saveCheckIn, QCoreApplication::translate("mosaic::HabitStore", "Saving the check-in"),
                   [&](SqlBinder &bind) { bindCheckIn(bind, checkIn); });
}

Status HabitStore::saveAll(const QList<CheckIn> &records)
{
    return saveRowsInBatches(m_saveCheckInBatch, m_saveCheckIn, records, QCoreApplication::translate("mosaic::HabitStore", "Saving the check-ins"),
                             bindCheckIn);
}

Result<std::optional<CheckIn>> HabitStore::findCheckIn(const QString &habitId, QDate date)
{
    return readOptionalRow(m_findCheckIn, QCoreApplication::translate("mosaic::HabitStore", "Reading the check-in"), readCheckIn, habitId, date);
}

Result<QList<CheckIn>> HabitStore::allCheckIns(IncludeDeleted includeDeleted)
{
    return readRows(m_allCheckIns, QCoreApplication::translate("mosaic::HabitStore", "Reading the check-ins"), readCheckIn,
                    includeDeleted == IncludeDeleted::Yes);
}

Result<QList<CheckIn>> HabitStore::checkInsFor(const QString &habitId, IncludeDeleted includeDeleted)
{
    return readRows(m_checkInsFor, QCoreApplication::translate("mosaic::HabitStore", "Reading the habit's check-ins"), readCheckIn, habitId,
                    includeDeleted == IncludeDeleted::Yes);
}

Result<QList<CheckIn>> HabitStore::scoringCheckIns(const QString &habitId)
{
    return readRows(
        m_scoringCheckIns, QCoreApplication::translate("mosaic::HabitStore", "Reading the check-ins"),
        [&habitId](SqlRowReader &row) {
            CheckIn checkIn;
            checkIn.habitId = habitId;
            checkIn.date = row.date();
            checkIn.status = row.boolean() ? CheckInStatus::Done : CheckInStatus::Skipped;
            checkIn.value = row.real();
            return checkIn;
        },
        habitId);
}

Status HabitStore::markCheckInDeleted(const QString &habitId, QDate date, const QDateTime &at)
{
    return markRowDeleted(m_markCheckInDeleted, QCoreApplication::translate("mosaic::HabitStore", "Undoing the check-in"), at, habitId, date);
}

} // namespace mosaic
