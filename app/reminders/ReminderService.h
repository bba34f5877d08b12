// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/Notifier.h"
#include "reminders/ReminderClock.h"
#include "reminders/ReminderControls.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace mosaic {
class JournalSession;
class ReminderPreferences;
} // namespace mosaic

namespace mosaic::reminders {

/// The running reminders: one single-shot timer to the next alert of all reminders (core nextAlert(): catch-up,
/// snooze, quiet hours, pause, silenced and done habits), shown through a Notifier, and what the person answers.
///
/// Recomputed when reminders or habits change (journalChanged), when the reminder settings change, at local midnight
/// (a new day's check-ins), when the time zone changes (the heartbeat compares the system zone's id: Qt 6.4 sends no
/// event for it on Linux)
/// and after the machine wakes or the clock jumps: every 60 s a heartbeat compares how far the wall clock moved with
/// how far the monotonic clock did. (A QTimer runs on the monotonic clock, which stands still during sleep, so without
/// this a 07:30 alert would come hours late after a night asleep.)
///
/// Showing an alert: in one write transaction the alert is claimed — re-read, still due, lastFiredAt = now and
/// snoozedUntil cleared — and then shown. Claiming first means two Mosaic processes over one journal, or a restart,
/// never show the same instant twice; a crash between the commit and the notification loses that one alert instead.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHeartbeatMs = 60 * 1000;
    /// A wall clock that moved this much more (or less) than the monotonic clock jumped (sleep, or a set clock).
    static constexpr qint64 kJumpToleranceMs = 5 * 1000;

    ReminderService(JournalSession &session, ReminderPreferences &preferences, Notifier &notifier, const ReminderClock &clock, QObject *parent = nullptr);
    ~ReminderService() override;

    /// Starts the heartbeat and shows what is due now (catch-up after the app was closed).
    void start();

    /// Shows every alert due at the clock's now, then sets the timer to the next one.
    void refresh();
    /// One beat of the heartbeat: refreshes when the clock jumped or the zone changed since the last beat.
    void heartbeat();
    /// Answers a notification: Done records today's check-in, Snooze postpones ten minutes, Open asks the window.
    void handleAction(const QString &reminderId, mosaic::reminders::ReminderAction action);
    /// Pauses every reminder (from the tray), from the service's clock.
    void pause(PauseChoice choice);
    void resume();

    /// When the timer will next look (an alert, or local midnight); nullopt while it is stopped.
    std::optional<QDateTime> nextWakeAt() const { return m_nextWakeAt; }
    /// The next alert's instant, nullopt when none is coming (for the tray's tooltip and tests).
    std::optional<QDateTime> nextAlertAt() const { return m_nextAlertAt; }

Q_SIGNALS:
    /// Asks the window to show the ritual `habitId` (empty: the window itself, on Today).
    void openRequested(const QString &habitId);
    /// An alert was shown.
    void shown(const QString &reminderId);
    /// The next alert changed (nextAlertAt()).
    void scheduleChanged();

private:
    void scheduleRefresh();
    void arm(const std::optional<QDateTime> &alertAt, const QDateTime &now);
    void noteClocks();

    JournalSession &m_session;
    ReminderPreferences &m_preferences;
    Notifier &m_notifier;
    const ReminderClock &m_clock;
    QTimer m_timer;
    QTimer m_heartbeat;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
    QByteArray m_lastZoneId;
    std::optional<QDateTime> m_nextWakeAt;
    std::optional<QDateTime> m_nextAlertAt;
    bool m_refreshing = false;
};

} // namespace mosaic::reminders
