// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of the automatic backups: when one is due, and which files the rotation keeps.
#include "backups/BackupRotation.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace mosaic;

namespace {

BackupEntry daily(QDate date, qint64 size = 100)
{
    return BackupEntry{dailyBackupName(date), BackupKind::Daily, QDateTime(date, QTime(0, 0)), size};
}

BackupEntry beforeRestore(QDateTime time, qint64 size = 100)
{
    return BackupEntry{beforeRestoreBackupName(time), BackupKind::BeforeRestore, time, size};
}

// What stays of `entries` once the rotation has removed its files.
QStringList kept(const QList<BackupEntry> &entries, const BackupLimits &limits)
{
    const QStringList removed = backupsToRemove(entries, limits);
    QStringList names;
    for (const BackupEntry &entry : entries) {
        if (!removed.contains(entry.fileName))
            names.append(entry.fileName);
    }
    names.sort();
    return names;
}

} // namespace

TEST_CASE("A backup's name says its day, and only backups' names parse")
{
    CHECK(dailyBackupName(QDate(2026, 11, 20)) == QStringLiteral("journal-2026-11-20.sqlite"));
    const auto parsed = parseBackupName(QStringLiteral("journal-2026-11-20.sqlite"));
    REQUIRE(parsed);
    CHECK(parsed->kind == BackupKind::Daily);
    CHECK(parsed->takenAt.date() == QDate(2026, 11, 20));

    const QDateTime restoredAt(QDate(2026, 11, 21), QTime(9, 30, 5));
    const auto kept = parseBackupName(beforeRestoreBackupName(restoredAt));
    REQUIRE(kept);
    CHECK(kept->kind == BackupKind::BeforeRestore);
    CHECK(kept->takenAt == restoredAt);

    CHECK_FALSE(parseBackupName(QStringLiteral("journal-2026-11-20.sqlite.part")));
    CHECK_FALSE(parseBackupName(QStringLiteral("checking-journal-2026-11-20.sqlite")));
    CHECK_FALSE(parseBackupName(QStringLiteral("journal-2026-13-40.sqlite")));
    CHECK_FALSE(parseBackupName(QStringLiteral("journal.sqlite")));
}

TEST_CASE("A backup is due once a day, and only when the journal changed since the last one")
{
    const QDate today(2026, 11, 20);
    CHECK(backupDue(today, std::nullopt, true));
    CHECK_FALSE(backupDue(today, std::nullopt, false)); // an empty journal has nothing to keep
    CHECK(backupDue(today, today.addDays(-1), true));
    CHECK_FALSE(backupDue(today, today.addDays(-1), false));
    CHECK_FALSE(backupDue(today, today, true)); // today's is taken
    CHECK_FALSE(backupDue(today, today.addDays(1), true)); // the clock went back: the newer one stays
}

TEST_CASE("The rotation keeps 7 daily, 4 weekly and 12 monthly backups")
{
    // A backup every day for 400 days, up to Friday 2026-11-20.
    const QDate last(2026, 11, 20);
    QList<BackupEntry> entries;
    for (int i = 0; i < 400; ++i)
        entries.append(daily(last.addDays(-i)));
    const QStringList names = kept(entries, BackupLimits{});

    // The 7 newest days.
    for (int i = 0; i < 7; ++i)
        CHECK(names.contains(dailyBackupName(last.addDays(-i))));
    // The newest of each of the 4 newest weeks: Sundays, besides this week's Friday.
    for (const QDate sunday : {QDate(2026, 11, 15), QDate(2026, 11, 8), QDate(2026, 11, 1)})
        CHECK(names.contains(dailyBackupName(sunday)));
    // The newest of each of the 12 newest months: each month's last day, and this month's newest.
    for (int month = 1; month <= 11; ++month) {
        const QDate start = last.addMonths(-month);
        CHECK(names.contains(dailyBackupName(QDate(start.year(), start.month(), start.daysInMonth()))));
    }
    CHECK_FALSE(names.contains(dailyBackupName(QDate(2025, 11, 30)))); // the 13th month
    // 7 days (Nov 14–20, Sunday Nov 15 among them) + 2 older Sundays (Nov 8, 1) + 11 older month ends.
    CHECK(names.size() == 7 + 2 + 11);
}

TEST_CASE("A journal backed up now and then keeps its older history")
{
    // Backups only on the days the journal changed: two in spring, one in autumn.
    const QList<BackupEntry> entries{daily(QDate(2026, 3, 2)), daily(QDate(2026, 3, 9)), daily(QDate(2026, 10, 1))};
    CHECK(backupsToRemove(entries, BackupLimits{}).isEmpty());
}

TEST_CASE("The copies kept before a restore are not taken for daily backups, and the newest five stay")
{
    QList<BackupEntry> entries{daily(QDate(2026, 11, 20))};
    for (int i = 0; i < 7; ++i)
        entries.append(beforeRestore(QDateTime(QDate(2026, 11, 20), QTime(10, i))));
    const QStringList removed = backupsToRemove(entries, BackupLimits{});
    CHECK(removed.size() == 2);
    CHECK(removed.contains(beforeRestoreBackupName(QDateTime(QDate(2026, 11, 20), QTime(10, 0)))));
    CHECK(removed.contains(beforeRestoreBackupName(QDateTime(QDate(2026, 11, 20), QTime(10, 1)))));
    CHECK_FALSE(removed.contains(dailyBackupName(QDate(2026, 11, 20))));
}

TEST_CASE("Over the disk-space cap the oldest backups go first, never the newest")
{
    BackupLimits limits;
    limits.capBytes = 1000;
    const QDate last(2026, 11, 20);
    QList<BackupEntry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append(daily(last.addDays(-i), 300));
    // 300 + 300 + 300 fit in 1000; the two oldest do not.
    const QStringList removed = backupsToRemove(entries, limits);
    CHECK(removed == QStringList{dailyBackupName(last.addDays(-3)), dailyBackupName(last.addDays(-4))});

    // One backup larger than the cap on its own is still kept: the journal always has one copy.
    limits.capBytes = 10;
    const QStringList alone = backupsToRemove({daily(last, 5000), daily(last.addDays(-1), 5)}, limits);
    CHECK(alone == QStringList{dailyBackupName(last.addDays(-1))});
}
