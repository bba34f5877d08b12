// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace mosaic {
class JournalSession;
} // namespace mosaic

namespace mosaic::window {

/// The running window's automatic backups (docs/backups.md): soon after the start and then every hour, today's
/// backup when one is due (core's makeAutomaticBackup), taken on a thread of its own with its own connection so that
/// the window never waits for it. A failure — a check of the journal that fails — is shown in the window's message bar.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(JournalSession &session, QObject *parent = nullptr);
    /// Waits for a backup in progress: it is a consistent copy either way, but the journal's file must be let go.
    ~BackupScheduler() override;

private:
    void start();
    void finished(const QString &failure);

    QPointer<JournalSession> m_session;
    QTimer m_timer;
    std::unique_ptr<QThread> m_thread;
};

} // namespace mosaic::window
