// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitHistory.h"

#include <QCoreApplication>

namespace mosaic {

namespace {

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

const QString kCheckInColumns = QStringLiteral("SELECT habit_id, date, status, value, note, updated_at, deleted_at FROM check_ins ");

} // namespace

HabitHistory::HabitHistory(const QSqlDatabase &connection)
    : m_notesPage(connection, kCheckInColumns + QStringLiteral("WHERE habit_id = ? AND deleted_at IS NULL AND note <> '' ORDER BY date DESC LIMIT ? OFFSET ?"))
    , m_noteCount(connection, QStringLiteral("SELECT count(*) FROM check_ins WHERE habit_id = ? AND deleted_at IS NULL AND note <> ''"))
    , m_pauseCandidates(connection,
                        QStringLiteral("SELECT habit_id, date, status, value, '', updated_at, deleted_at FROM check_ins "
                                       "WHERE habit_id = ? AND deleted_at IS NULL AND status = 'skipped' AND value = 0 ORDER BY date"))
    , m_checkInsBetween(connection, kCheckInColumns + QStringLiteral("WHERE habit_id = ? AND date >= ? AND date <= ? ORDER BY date"))
    , m_winsBetween(connection,
                    QStringLiteral("SELECT id, created_at, updated_at, deleted_at, date, text, kind FROM wins "
                                   "WHERE deleted_at IS NULL AND date >= ? AND date <= ? ORDER BY date, created_at"))
{ }

Result<QList<CheckIn>> HabitHistory::notesPage(const QString &habitId, int limit, int offset)
{
    return readRows(m_notesPage, QCoreApplication::translate("mosaic::HabitHistory", "Reading the check-in notes"), readCheckIn, habitId, limit, offset);
}

Result<int> HabitHistory::noteCount(const QString &habitId)
{
    auto rows = readRows(
        m_noteCount, QCoreApplication::translate("mosaic::HabitHistory", "Counting the check-in notes"), [](SqlRowReader &row) { return row.integer(); },
        habitId);
    if (!rows)
        return rows.failure();
    return rows->isEmpty() ? 0 : rows->constFirst();
}

Result<QList<CheckIn>> HabitHistory::pauseCandidates(const QString &habitId)
{
    return readRows(m_pauseCandidates, QCoreApplication::translate("mosaic::HabitHistory", "Reading the habit's pauses"), readCheckIn, habitId);
}

Result<QList<CheckIn>> HabitHistory::checkInsBetween(const QString &habitId, QDate first, QDate last)
{
    return readRows(m_checkInsBetween, QCoreApplication::translate("mosaic::HabitHistory", "Reading the check-ins"), readCheckIn, habitId, first, last);
}

Result<QList<Win>> HabitHistory::winsBetween(QDate first, QDate last)
{
    return readRows(
        m_winsBetween, QCoreApplication::translate("mosaic::HabitHistory", "Reading the wins"),
        [](SqlRowReader &row) {
            Win win;
            win.stamps = row.stamps();
            win.date = row.date();
            win.text = row.text();
            win.kind = row.enumValue<WinKind>();
            return win;
        },
        first, last);
}

} // namespace mosaic
