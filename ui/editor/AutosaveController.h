// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace mosaic {

/// The time source and the one-shot timer of an AutosaveController, apart so that tests drive time by hand.
class AutosaveScheduler
{
public:
    virtual ~AutosaveScheduler() = default;
    /// Milliseconds on a monotonic clock.
    virtual qint64 nowMs() const = 0;
    /// Calls `callback` once, `delayMs` from now, replacing whatever was scheduled before.
    virtual void schedule(qint64 delayMs, std::function<void()> callback) = 0;
    virtual void cancel() = 0;
};

/// The real clock: QElapsedTimer and a single-shot QTimer of the thread's event loop.
class QtAutosaveScheduler final : public AutosaveScheduler
{
public:
    QtAutosaveScheduler();
    qint64 nowMs() const override;
    void schedule(qint64 delayMs, std::function<void()> callback) override;
    void cancel() override;

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::function<void()> m_callback;
};

/// A clock for tests: time moves only in advance(), which runs the scheduled callback when it falls due.
class ManualAutosaveScheduler final : public AutosaveScheduler
{
public:
    qint64 nowMs() const override { return m_now; }
    void schedule(qint64 delayMs, std::function<void()> callback) override;
    void cancel() override;
    /// Moves time forward by `ms`, running the callback at its due time (a callback may schedule another).
    void advance(qint64 ms);
    bool isScheduled() const { return bool(m_callback); }
    qint64 dueAtMs() const { return m_dueAt; }

private:
    qint64 m_now = 0;
    qint64 m_dueAt = 0;
    std::function<void()> m_callback;
};

/// Saves an edited text as it is typed, without ever making the typist wait for a save that is not due.
///
/// The rule: a change is saved when typing pauses for `idleDelayMs` (400 ms), and at the latest `maxDelayMs`
/// (1000 ms) after the first change that is not saved yet, even while typing goes on; so the journal is never more
/// than about a second behind. A failed save keeps the text unsaved, shows `errorMessage`, and is retried
/// `retryDelayMs` later (or with the next due save, whichever is later). flush() saves at once: on focus loss,
/// window close, and when the controller is destroyed.
///
/// Saving runs on the caller's thread, in the timer callback between keystrokes: one small write transaction.
class AutosaveController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasUnsavedChanges READ hasUnsavedChanges NOTIFY hasUnsavedChangesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    using SaveFunction = std::function<Status(const QString &text)>;

    static constexpr qint64 kIdleDelayMs = 400;
    static constexpr qint64 kMaxDelayMs = 1000;
    static constexpr qint64 kRetryDelayMs = 2000;

    /// `scheduler` must outlive the controller; `save` writes the text to the journal and must stay callable until
    /// the controller is destroyed, since destruction flushes through it.
    AutosaveController(AutosaveScheduler &scheduler, SaveFunction save, QObject *parent = nullptr);
    ~AutosaveController() override;

    /// The text as it stands when loaded: what is already saved, so nothing is written for it.
    void setSavedText(const QString &text);
    /// The text as edited, after each keystroke. Cheap: it only (re)schedules the save.
    void setText(const QString &text);
    /// Saves now if anything is unsaved. Returns the save's status (success when there was nothing to save).
    Status flush();

    bool hasUnsavedChanges() const { return m_dirty; }
    QString errorMessage() const { return m_errorMessage; }
    QString savedText() const { return m_savedText; }
    int saveCount() const { return m_saveCount; }

Q_SIGNALS:
    void hasUnsavedChangesChanged();
    void errorMessageChanged();
    void saved();

private:
    void reschedule();
    void setDirty(bool dirty);
    void setErrorMessage(const QString &message);

    AutosaveScheduler &m_scheduler;
    SaveFunction m_save;
    QString m_text;
    QString m_savedText;
    bool m_dirty = false;
    qint64 m_firstUnsavedAt = 0;
    qint64 m_lastChangeAt = 0;
    qint64 m_retryNotBefore = 0;
    int m_saveCount = 0;
    QString m_errorMessage;
};

} // namespace mosaic
