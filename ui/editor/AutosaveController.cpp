// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/AutosaveController.h"

#include <algorithm>
#include <utility>

namespace mosaic {

QtAutosaveScheduler::QtAutosaveScheduler()
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // Precise: the one-second promise should not slip by the 5 % a coarse timer may add.
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        // Moved out first: the callback may schedule the next save.
        auto callback = std::exchange(m_callback, {});
        if (callback)
            callback();
    });
}

qint64 QtAutosaveScheduler::nowMs() const
{
    return m_clock.elapsed();
}

void QtAutosaveScheduler::schedule(qint64 delayMs, std::function<void()> callback)
{
    m_callback = std::move(callback);
    m_timer.start(int(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000)));
}

void QtAutosaveScheduler::cancel()
{
    m_timer.stop();
    m_callback = {};
}

void ManualAutosaveScheduler::schedule(qint64 delayMs, std::function<void()> callback)
{
    m_callback = std::move(callback);
    m_dueAt = m_now + std::max<qint64>(delayMs, 0);
}

void ManualAutosaveScheduler::cancel()
{
    m_callback = {};
}

void ManualAutosaveScheduler::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (m_callback && m_dueAt <= target) {
        m_now = m_dueAt;
        auto callback = std::exchange(m_callback, {});
        callback();
    }
    m_now = target;
}

AutosaveController::AutosaveController(AutosaveScheduler &scheduler, SaveFunction save, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_save(std::move(save))
{ }

AutosaveController::~AutosaveController()
{
    // Closing the editor must not lose the last words; a failure here has nobody left to tell.
    (void)flush();
    m_scheduler.cancel();
}

void AutosaveController::setSavedText(const QString &text)
{
    m_scheduler.cancel();
    m_text = m_savedText = text;
    setDirty(false);
    setErrorMessage({});
}

void AutosaveController::setText(const QString &text)
{
    m_text = text;
    const qint64 now = m_scheduler.nowMs();
    if (m_text == m_savedText) {
        // Typed and undone before it was saved: the journal already holds this text.
        m_scheduler.cancel();
        m_retryNotBefore = 0;
        setDirty(false);
        setErrorMessage({});
        return;
    }
    if (!m_dirty)
        m_firstUnsavedAt = now;
    m_lastChangeAt = now;
    setDirty(true);
    reschedule();
}

void AutosaveController::reschedule()
{
    const qint64 now = m_scheduler.nowMs();
    const qint64 due = std::max(std::min(m_lastChangeAt + kIdleDelayMs, m_firstUnsavedAt + kMaxDelayMs), m_retryNotBefore);
    m_scheduler.schedule(std::max<qint64>(due - now, 0), [this] { (void)flush(); });
}

Status AutosaveController::flush()
{
    if (!m_dirty)
        return success();
    m_scheduler.cancel();
    const QString text = m_text;
    Status status = m_save(text);
    ++m_saveCount;
    if (!status.ok()) {
        // Keep the text unsaved and try again later; typing goes on meanwhile.
        const qint64 now = m_scheduler.nowMs();
        m_retryNotBefore = now + kRetryDelayMs;
        m_lastChangeAt = now;
        setErrorMessage(status.failure().message);
        reschedule();
        return status;
    }
    m_savedText = text;
    m_retryNotBefore = 0;
    setErrorMessage({});
    setDirty(false);
    Q_EMIT saved();
    return status;
}

void AutosaveController::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT hasUnsavedChangesChanged();
}

void AutosaveController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace mosaic
