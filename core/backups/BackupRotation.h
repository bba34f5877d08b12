// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mosaic {

/// The limits of the automatic backups (docs/backups.md), in one place.
struct BackupLimits
{
    int daily = 7; ///< The newest backup of each of the 7 newest days that have one.
    int weekly = 4; ///< … of each of the 4 newest ISO weeks.
    int monthly = 12; ///< … of each of the 12 newest months.
    int beforeRestore = 5; ///< The copies of the journal kept when a backup was restored over it.
    qint64 capBytes = qint64(2) * 1024 * 1024 * 1024; ///< All backups together; the oldest go first, never the newest.
};

/// An automatic backup is taken once a day; a restore first keeps the journal it replaces.
enum class BackupKind
{
    Daily,
    BeforeRestore,
};

/// One file in the backups folder, as its name describes it.
struct BackupEntry
{
    QString fileName;
    BackupKind kind = BackupKind::Daily;
    /// Local time: midnight of its day for a daily backup (its name holds only the day), the minute for the others.
    QDateTime takenAt;
    qint64 size = 0;
};

/// "journal-2026-11-20.sqlite" for the day's automatic backup.
QString dailyBackupName(QDate date);
/// "journal-2026-11-20-093005-before-restore.sqlite" for the journal kept before a restore (local time).
QString beforeRestoreBackupName(const QDateTime &localTime);
/// The entry a file name describes, or nothing for a file that is not a backup (a ".part" in progress, anything else).
std::optional<BackupEntry> parseBackupName(const QString &fileName);

/// Whether today's automatic backup is due: the journal changed since the newest daily backup (or has something in
/// it while there is none yet), and that backup is from an earlier day.
bool backupDue(QDate today, std::optional<QDate> newestDaily, bool changedSinceNewest);

/// The files to delete so that what stays is the rotation of `limits`: the newest daily backup of each of the
/// `daily` newest days, of the `weekly` newest weeks and the `monthly` newest months (one file may stand for all
/// three), and the `beforeRestore` newest copies kept before a restore; then, newest first, while the total stays
/// within `capBytes` — except the newest backup, which is kept whatever its size.
QStringList backupsToRemove(const QList<BackupEntry> &entries, const BackupLimits &limits);

} // namespace mosaic
