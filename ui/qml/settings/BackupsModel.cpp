// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/BackupsModel.h"

#include "backups/JournalBackups.h"
#include "backups/JournalCheck.h"
#include "journal/JournalSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace mosaic {

BackupsModel::BackupsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The window's automatic backup lands from another thread, a restore from the command line from another process.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &BackupsModel::reload);
}

void BackupsModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &JournalSession::dataDirectoryChanged, this, &BackupsModel::reload);
        connect(m_session, &JournalSession::openChanged, this, &BackupsModel::reload);
    }
    Q_EMIT sessionChanged();
    reload();
}

QString BackupsModel::folder() const
{
    if (!m_session || m_session->dataDirectory().isEmpty())
        return {};
    return backupFolderFor(QDir(m_session->dataDirectory()).filePath(QStringLiteral("journal.sqlite")));
}

void BackupsModel::reload()
{
    const QString path = folder();
    beginResetModel();
    m_entries = path.isEmpty() ? QList<BackupEntry>() : listBackups(path);
    endResetModel();
    Q_EMIT countChanged();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!path.isEmpty() && QDir(path).exists())
        m_watcher.addPath(path);
}

int BackupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant BackupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const BackupEntry &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case FileNameRole:
        return entry.fileName;
    case DateTextRole:
        if (entry.kind == BackupKind::Daily)
            return locale.toString(entry.takenAt.date(), QLocale::LongFormat);
        //: When a copy of the journal was kept before a restore: %1 is the date, %2 the time.
        return tr("%1 at %2").arg(locale.toString(entry.takenAt.date(), QLocale::LongFormat), locale.toString(entry.takenAt.time(), QLocale::ShortFormat));
    case SizeTextRole:
        return locale.formattedDataSize(entry.size);
    case BeforeRestoreRole:
        return entry.kind == BackupKind::BeforeRestore;
    default:
        return {};
    }
}

QHash<int, QByteArray> BackupsModel::roleNames() const
{
    return {{FileNameRole, "fileName"}, {DateTextRole, "dateText"}, {SizeTextRole, "sizeText"}, {BeforeRestoreRole, "beforeRestore"}};
}

TransferOutcome BackupsModel::restore(int row)
{
    if (!m_session || row < 0 || row >= m_entries.size())
        return {false, tr("That backup is no longer there.")};
    const QString journalPath = QDir(m_session->dataDirectory()).filePath(QStringLiteral("journal.sqlite"));
    const QString backupPath = QDir(folder()).filePath(m_entries.at(row).fileName);
    const QString dateText = data(index(row), DateTextRole).toString();
    // Checked before the journal is closed: a damaged backup changes nothing at all.
    auto prepared = JournalRestore::prepare(journalPath, backupPath);
    if (!prepared)
        return {false, prepared.failure().message};
    QString kept;
    const Status restored = m_session->withJournalClosed([&]() -> Status {
        auto committed = prepared->commit(m_session->now().toLocalTime());
        if (!committed)
            return committed.failure();
        kept = *committed;
        return success();
    });
    reload();
    if (!restored)
        return {false, restored.failure().message};
    setCheckProblem({});
    //: After a restore: %1 is the backup's date, %2 the file keeping the journal as it was before.
    return {true, tr("The journal is back as it was on %1. The journal as it was before is kept as a backup (%2).").arg(dateText, QFileInfo(kept).fileName())};
}

TransferOutcome BackupsModel::backUpNow()
{
    if (!m_session || !m_session->isOpen())
        return {false, tr("The journal is not open.")};
    const auto made = makeBackupNow(m_session->database(), m_session->today());
    reload();
    if (!made) {
        setCheckProblem(made.failure().message);
        return {false, made.failure().message};
    }
    return {true, tr("Saved a checked backup in %1.").arg(QDir::toNativeSeparators(folder()))};
}

TransferOutcome BackupsModel::checkJournalNow()
{
    if (!m_session || !m_session->isOpen())
        return {false, tr("The journal is not open.")};
    const auto report = checkJournal(m_session->database());
    if (!report)
        return {false, report.failure().message};
    if (report->healthy()) {
        setCheckProblem({});
        return {true, tr("The journal passed every check.")};
    }
    QStringList failed;
    for (const JournalCheckResult &result : report->results) {
        if (!result.passed())
            failed.append(journalCheckName(result.kind));
    }
    //: %1 names the checks that failed (integrity, foreign-keys, search-index, orphans), as `mosaic check` names them.
    const QString problem = tr("A check of the journal failed (%1). Nothing was changed. Restore a backup below: the journal as it is now is kept as a "
                               "backup first.")
                                .arg(failed.join(QStringLiteral(", ")));
    setCheckProblem(problem);
    return {false, problem};
}

void BackupsModel::setCheckProblem(const QString &problem)
{
    if (problem == m_checkProblem)
        return;
    m_checkProblem = problem;
    Q_EMIT checkProblemChanged();
}

} // namespace mosaic
