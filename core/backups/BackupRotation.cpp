// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/BackupRotation.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mosaic {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

// The newest entry of each of the `count` newest periods, where `period` names an entry's period.
template <typename Period>
QSet<QString> newestPerPeriod(const QList<BackupEntry> &newestFirst, int count, Period period)
{
    QSet<QString> kept;
    QSet<qint64> periods;
    for (const BackupEntry &entry : newestFirst) {
        const qint64 key = period(entry.takenAt.date());
        if (periods.contains(key))
            continue;
        if (periods.size() >= count)
            break;
        periods.insert(key);
        kept.insert(entry.fileName);
    }
    return kept;
}

} // namespace

QString dailyBackupName(QDate date)
{
    return QStringLiteral("journal-%1.sqlite").arg(date.toString(kDateFormat));
}

QString beforeRestoreBackupName(const QDateTime &localTime)
{
    return QStringLiteral("journal-%1-before-restore.sqlite").arg(localTime.toString(kTimeFormat));
}

std::optional<BackupEntry> parseBackupName(const QString &fileName)
{
    static const QRegularExpression daily(QStringLiteral("^journal-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    static const QRegularExpression beforeRestore(QStringLiteral("^journal-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-before-restore\\.sqlite$"));
    if (const auto match = daily.match(fileName); match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), kDateFormat);
        if (!date.isValid())
            return std::nullopt;
        return BackupEntry{fileName, BackupKind::Daily, QDateTime(date, QTime(0, 0)), 0};
    }
    if (const auto match = beforeRestore.match(fileName); match.hasMatch()) {
        const QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
        if (!time.isValid())
            return std::nullopt;
        return BackupEntry{fileName, BackupKind::BeforeRestore, time, 0};
    }
    return std::nullopt;
}

bool backupDue(QDate today, std::optional<QDate> newestDaily, bool changedSinceNewest)
{
    if (!changedSinceNewest)
        return false;
    return !newestDaily || *newestDaily < today;
}

QStringList backupsToRemove(const QList<BackupEntry> &entries, const BackupLimits &limits)
{
    QList<BackupEntry> newestFirst = entries;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    QList<BackupEntry> daily;
    QList<BackupEntry> beforeRestore;
    for (const BackupEntry &entry : std::as_const(newestFirst))
        (entry.kind == BackupKind::Daily ? daily : beforeRestore).append(entry);

    QSet<QString> kept = newestPerPeriod(daily, limits.daily, [](QDate date) { return date.toJulianDay(); });
    kept.unite(newestPerPeriod(daily, limits.weekly, [](QDate date) {
        int year = 0;
        const int week = date.weekNumber(&year);
        return qint64(year) * 100 + week;
    }));
    kept.unite(newestPerPeriod(daily, limits.monthly, [](QDate date) { return qint64(date.year()) * 100 + date.month(); }));
    for (qsizetype i = 0; i < std::min<qsizetype>(beforeRestore.size(), limits.beforeRestore); ++i)
        kept.insert(beforeRestore.at(i).fileName);

    QStringList removed;
    qint64 total = 0;
    bool first = true;
    for (const BackupEntry &entry : std::as_const(newestFirst)) {
        if (!kept.contains(entry.fileName)) {
            removed.append(entry.fileName);
            continue;
        }
        total += entry.size;
        // The newest backup stays whatever its size: a journal larger than the cap still has one copy.
        if (!first && total > limits.capBytes)
            removed.append(entry.fileName);
        first = false;
    }
    return removed;
}

} // namespace mosaic
