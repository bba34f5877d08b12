// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/BackupScheduler.h"

#include "backups/JournalBackups.h"
#include "journal/JournalSession.h"
#include "storage/Database.h"

#include <QDir>

namespace mosaic::window {

namespace {
// The first look comes once the window has settled; then one an hour catches the day turning.
constexpr int kFirstDelayMs = 20 * 1000;
constexpr int kIntervalMs = 60 * 60 * 1000;
} // namespace

BackupScheduler::BackupScheduler(JournalSession &session, QObject *parent)
    : QObject(parent)
    , m_session(&session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::start);
    m_timer.start(kFirstDelayMs);
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread)
        m_thread->wait();
}

void BackupScheduler::start()
{
    m_timer.start(kIntervalMs);
    if (!m_session || !m_session->isOpen() || (m_thread && m_thread->isRunning()))
        return;
    const QString journalPath = QDir(m_session->dataDirectory()).filePath(QStringLiteral("journal.sqlite"));
    const QDate today = m_session->today();
    // A connection belongs to the thread that opened it: this one opens, copies and closes its own.
    m_thread.reset(QThread::create([this, journalPath, today] {
        QString failure;
        if (auto journal = Database::open(journalPath); !journal)
            failure = journal.failure().message;
        else if (const auto made = makeAutomaticBackup(**journal, today); !made)
            failure = made.failure().message;
        QMetaObject::invokeMethod(
            this, [this, failure] { finished(failure); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void BackupScheduler::finished(const QString &failure)
{
    if (!failure.isEmpty() && m_session)
        m_session->reportFailure(Failure::operation(failure));
}

} // namespace mosaic::window
