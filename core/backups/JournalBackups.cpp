// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/JournalBackups.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

#include <filesystem>
#include <system_error>

namespace mosaic {

namespace {

// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::JournalBackups)
};

// Held while a backup is taken or restored, by the window and the command line alike.
const QString kLockName = QStringLiteral(".lock");
// How long a restore waits for a backup in progress to finish.
constexpr int kLockWaitMs = 10000;

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool syncFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A rename is durable only once the folder holding the new name is synced (POSIX); Windows has no such step.
bool syncFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return true;
#else
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
#endif
}

// rename(2): replaces the target in one step (QFile::rename refuses to overwrite).
bool renameOver(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), error);
    return !error;
}

Status prepareFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Failure::operation(Text::tr("The backups folder %1 cannot be created. Check that the data folder is writable.").arg(native(folder)));
    QFile::setPermissions(folder, kOwnerOnlyFolder);
    return success();
}

// A copy of a file with its bytes on disk, for a journal too damaged to be read by SQLite.
bool copySynced(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, kOwnerOnlyFile) && syncFile(to);
}

bool emptyFingerprint(const QString &fingerprint)
{
    for (const QStringView part : QStringView(fingerprint).split(u';')) {
        if (!part.endsWith(u":0:"))
            return false;
    }
    return true;
}

QString describeProblems(const JournalCheckReport &report)
{
    QStringList lines;
    for (const JournalCheckResult &result : report.results) {
        for (const QString &problem : result.problems)
            lines.append(QStringLiteral("%1: %2").arg(journalCheckName(result.kind), problem));
    }
    return lines.mid(0, 5).join(u'\n');
}

void rotate(const QString &folder, const BackupLimits &limits, QStringList *removed)
{
    for (const QString &name : backupsToRemove(listBackups(folder), limits)) {
        if (QFile::remove(QDir(folder).filePath(name)) && removed)
            removed->append(name);
    }
}

// Writes today's backup under a name the listing ignores, checks it, and only then gives it its name.
Result<AutomaticBackupOutcome> writeDailyBackup(const Database &journal, QDate today, const BackupLimits &limits, bool replaceToday)
{
    AutomaticBackupOutcome outcome;
    const QString folder = backupFolderFor(journal.filePath());
    if (Status ready = prepareFolder(folder); !ready)
        return ready.failure();
    QLockFile lock(QDir(folder).filePath(kLockName));
    if (!lock.tryLock(replaceToday ? kLockWaitMs : 0)) {
        if (!replaceToday)
            return outcome; // another Mosaic is taking or restoring a backup right now
        return Failure::operation(Text::tr("Another backup is being made right now. Try again in a moment."));
    }
    const QString target = QDir(folder).filePath(dailyBackupName(today));
    if (!replaceToday && QFileInfo::exists(target))
        return outcome;

    // Checked under a name the listing ignores; only a copy that passes takes the backup's name.
    const QString checking = QDir(folder).filePath(QStringLiteral("checking-%1").arg(dailyBackupName(today)));
    if (Status written = journal.backupTo(checking); !written)
        return written.failure();
    QFile::setPermissions(checking, kOwnerOnlyFile);
    const auto summary = summarizeJournalFile(checking);
    if (!summary || !summary->checks.healthy()) {
        QFile::remove(checking);
        const QString details = summary ? describeProblems(summary->checks) : summary.failure().message;
        //: %1 lists what the check found, in English, as the database reports it.
        return Failure::operation(Text::tr("A check of the journal found a problem, so no new backup was made and the older ones were kept. "
                                           "Restore a backup (Settings, Backups; or mosaic restore --list).\n%1")
                                      .arg(details));
    }
    if (!renameOver(checking, target) || !syncFolder(folder)) {
        QFile::remove(checking);
        return Failure::operation(Text::tr("The backup could not be moved into place in %1.").arg(native(folder)));
    }
    outcome.madePath = target;
    rotate(folder, limits, &outcome.removed);
    return outcome;
}

} // namespace

QString backupFolderFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupEntry> listBackups(const QString &folder)
{
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("journal-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        auto entry = parseBackupName(file.fileName());
        if (!entry)
            continue;
        entry->size = file.size();
        entries.append(*entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

Result<AutomaticBackupOutcome> makeAutomaticBackup(const Database &journal, QDate today, const BackupLimits &limits)
{
    AutomaticBackupOutcome outcome;
    const QString folder = backupFolderFor(journal.filePath());
    std::optional<BackupEntry> newest;
    for (const BackupEntry &entry : listBackups(folder)) {
        if (entry.kind == BackupKind::Daily) {
            newest = entry;
            break;
        }
    }
    // The cheap answer first: today's backup is there.
    if (newest && newest->takenAt.date() >= today)
        return outcome;

    const auto current = journalFingerprint(journal.connection());
    if (!current)
        return current.failure();
    bool changed = !emptyFingerprint(*current);
    if (newest) {
        auto previous = JournalFileConnection::open(QDir(folder).filePath(newest->fileName));
        const auto previousFingerprint = previous ? journalFingerprint((*previous)->connection()) : Result<QString>(previous.failure());
        changed = !previousFingerprint || *previousFingerprint != *current;
    }
    if (!backupDue(today, newest ? std::optional(newest->takenAt.date()) : std::nullopt, changed))
        return outcome;

    return writeDailyBackup(journal, today, limits, false);
}

Result<AutomaticBackupOutcome> makeBackupNow(const Database &journal, QDate today, const BackupLimits &limits)
{
    return writeDailyBackup(journal, today, limits, true);
}

JournalRestore::JournalRestore(QString journalPath, QString stagedPath, JournalFileSummary summary)
    : m_journalPath(std::move(journalPath))
    , m_stagedPath(std::move(stagedPath))
    , m_summary(std::move(summary))
{ }

JournalRestore::JournalRestore(JournalRestore &&other) noexcept
    : m_journalPath(std::move(other.m_journalPath))
    , m_stagedPath(std::exchange(other.m_stagedPath, QString()))
    , m_summary(std::move(other.m_summary))
{ }

JournalRestore::~JournalRestore()
{
    if (!m_stagedPath.isEmpty())
        QFile::remove(m_stagedPath);
}

Result<JournalRestore> JournalRestore::prepare(const QString &journalPath, const QString &backupPath)
{
    const QFileInfo backup(backupPath);
    if (!backup.isFile())
        return Failure::badInput(Text::tr("%1 does not exist or is not a file.").arg(native(backupPath)));
    if (backup.canonicalFilePath() == QFileInfo(journalPath).canonicalFilePath())
        return Failure::badInput(Text::tr("%1 is the journal itself; choose a backup to restore.").arg(native(backupPath)));
    const QString staged = journalPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged)) {
        QFile::remove(staged);
        return Failure::operation(
            Text::tr("%1 could not be copied into the data folder. Check that the disk has room and the folder is writable.").arg(native(backupPath)));
    }
    JournalRestore restore(journalPath, staged, {});
    QFile::setPermissions(staged, kOwnerOnlyFile);
    if (!syncFile(staged))
        return Failure::operation(Text::tr("The copy of %1 could not be written to disk.").arg(native(backupPath)));
    auto summary = summarizeJournalFile(staged);
    if (!summary) {
        Failure failure = summary.failure();
        failure.message.replace(native(staged), native(backupPath));
        return failure;
    }
    if (!summary->checks.healthy())
        //: %1 is the file's path, %2 lists what the check found (in English, as the database reports it).
        return Failure::badInput(Text::tr("%1 is damaged, so it was not restored and nothing was changed. Choose another backup.\n%2")
                                     .arg(native(backupPath), describeProblems(summary->checks)));
    restore.m_summary = std::move(*summary);
    return restore;
}

Result<QString> JournalRestore::commit(const QDateTime &localNow, const BackupLimits &limits)
{
    if (m_stagedPath.isEmpty())
        return Failure::operation(Text::tr("This backup was already restored."));
    const QString folder = backupFolderFor(m_journalPath);
    if (Status ready = prepareFolder(folder); !ready)
        return ready.failure();
    QLockFile lock(QDir(folder).filePath(kLockName));
    if (!lock.tryLock(kLockWaitMs))
        return Failure::operation(Text::tr("A backup is being made right now. Nothing was changed; try again in a moment."));

    const QString wal = m_journalPath + QStringLiteral("-wal");
    const QString shm = m_journalPath + QStringLiteral("-shm");
    QString kept;
    if (QFileInfo(m_journalPath).size() > 0) {
        kept = QDir(folder).filePath(beforeRestoreBackupName(localNow));
        auto current = Database::open(m_journalPath);
        if (current) {
            if (Status copied = (*current)->backupTo(kept); !copied)
                //: %1 says why the copy failed.
                return Failure::operation(
                    Text::tr("The current journal could not be kept as a backup, so nothing was restored. %1").arg(copied.failure().message));
            current->reset(); // the last connection to close removes the write-ahead log
            if (QFileInfo::exists(wal))
                return Failure::operation(
                    Text::tr("The journal is open in another Mosaic (its window, or a command still running). Close it, then restore again. "
                             "Nothing was changed; a copy of the journal was kept in %1.")
                        .arg(native(kept)));
        } else {
            // Too damaged (or too foreign) to open: keep the bytes as they are, write-ahead log included.
            if (!copySynced(m_journalPath, kept) || (QFileInfo::exists(wal) && !copySynced(wal, kept + QStringLiteral("-wal"))))
                return Failure::operation(Text::tr("The current journal could not be copied aside, so nothing was restored. Check that the disk has room."));
        }
        QFile::setPermissions(kept, kOwnerOnlyFile);
        syncFolder(folder);
    }
    // A write-ahead log left beside the journal belongs to the old file; SQLite would replay it over the new one.
    QFile::remove(wal);
    QFile::remove(shm);
    if (!renameOver(m_stagedPath, m_journalPath) || !syncFolder(QFileInfo(m_journalPath).absolutePath()))
        return Failure::operation(Text::tr("The backup could not be moved into place. The current journal was kept in %1.").arg(native(kept)));
    m_stagedPath.clear();
    rotate(folder, limits, nullptr);
    return kept;
}

} // namespace mosaic
