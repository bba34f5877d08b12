// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/JournalTransfer.h"

#include <QAbstractListModel>
#include <QFileSystemWatcher>
#include <QList>
#include <QPointer>
#include <QQmlEngine>

#include "backups/BackupRotation.h"

namespace mosaic {

class JournalSession;

/// The Settings page's backups: the automatic ones in the data folder's `backups` (newest first, with their date and
/// size), restoring one in place of the journal (the journal as it is is kept as a backup first), a backup made on
/// request, and a check of the journal (`mosaic check`) whose failure the page shows. All rules are core's
/// (core/backups); this only translates.
class BackupsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// What the last check of the journal found wrong, with what to do; empty when it passed or has not run.
    Q_PROPERTY(QString checkProblem READ checkProblem NOTIFY checkProblemChanged)

public:
    enum Role
    {
        FileNameRole = Qt::UserRole + 1,
        DateTextRole, ///< When it was taken, for people ("Friday, 20 November 2026").
        SizeTextRole, ///< "1.2 MB"
        BeforeRestoreRole, ///< A copy kept when a restore replaced the journal, not a daily backup.
    };

    explicit BackupsModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    int count() const { return int(m_entries.size()); }
    QString checkProblem() const { return m_checkProblem; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    /// Puts the backup of `row` in place of the journal, keeping the journal as it is as a backup first.
    Q_INVOKABLE mosaic::TransferOutcome restore(int row);
    /// Today's backup now (replacing one taken earlier today).
    Q_INVOKABLE mosaic::TransferOutcome backUpNow();
    /// Runs the checks of `mosaic check` on the open journal; a failure also sets checkProblem.
    Q_INVOKABLE mosaic::TransferOutcome checkJournalNow();

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void checkProblemChanged();

private:
    QString folder() const;
    void setCheckProblem(const QString &problem);

    QPointer<JournalSession> m_session;
    QList<BackupEntry> m_entries;
    QString m_checkProblem;
    QFileSystemWatcher m_watcher;
};

} // namespace mosaic
