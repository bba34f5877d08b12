// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/ReminderService.h"

#include "journal/JournalSession.h"
#include "reminders/ReminderJournal.h"
#include "reminders/ReminderPreferences.h"
#include "reminders/ReminderSchedule.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mosaic::reminders {
namespace {

// QTimer takes an int; a long wait is cut into steps (the heartbeat looks every minute anyway).
constexpr qint64 kLongestWaitMs = 6 * 3600 * 1000;

QString noticeBody(const Reminder &reminder, const ReminderAlert &alert, const QHash<QString, Habit> &habits, const QDateTime &now, const QTimeZone &zone)
{
    QString body;
    if (reminder.habitId) {
        const auto habit = habits.constFind(*reminder.habitId);
        if (habit != habits.cend())
            body = habit->prompt;
    }
    if (body.isEmpty()) {
        //: Body of a reminder notification for a ritual that has no prompt of its own.
        body = ReminderService::tr("A gentle nudge: it is time for this ritual.");
    }
    if (alert.snoozed) {
        //: Body of a snoozed reminder notification; %1 is the ritual's prompt on its own line.
        return ReminderService::tr("Here it is again, as you asked.\n%1").arg(body);
    }
    if (alert.scheduledAt.secsTo(now) >= 60) {
        const QString time = ReminderJournal::timeOfDayText(alert.scheduledAt.toTimeZone(zone).time());
        //: Body of a late reminder notification (after sleep, say): %1 is the time it was due, %2 the ritual's prompt on its own line.
        return ReminderService::tr("Its time was %1.\n%2").arg(time, body);
    }
    return body;
}

} // namespace

ReminderService::ReminderService(JournalSession &session, ReminderPreferences &preferences, Notifier &notifier, const ReminderClock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_preferences(preferences)
    , m_notifier(notifier)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % late: minutes on a long wait
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::refresh);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ReminderService::heartbeat);

    connect(&m_session, &JournalSession::journalChanged, this, [this](int areas) {
        if (!m_refreshing && (areas & (JournalSession::Reminders | JournalSession::Habits)))
            scheduleRefresh();
    });
    connect(&m_session, &JournalSession::openChanged, this, &ReminderService::scheduleRefresh);
    connect(&m_preferences, &ReminderPreferences::changed, this, &ReminderService::scheduleRefresh);
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderService::handleAction);
}

ReminderService::~ReminderService() = default;

void ReminderService::start()
{
    noteClocks();
    m_heartbeat.start();
    refresh();
}

void ReminderService::scheduleRefresh()
{
    m_timer.start(0); // coalesces a burst of changes into one refresh
}

void ReminderService::noteClocks()
{
    m_lastWall = m_clock.now();
    m_lastMonotonic = m_clock.monotonicMs();
    m_lastZoneId = m_clock.zone().id();
}

void ReminderService::heartbeat()
{
    const qint64 wallMoved = m_lastWall.msecsTo(m_clock.now());
    const qint64 monotonicMoved = m_clock.monotonicMs() - m_lastMonotonic;
    const bool jumped = std::abs(wallMoved - monotonicMoved) > kJumpToleranceMs;
    const bool zoneChanged = m_clock.zone().id() != m_lastZoneId;
    noteClocks();
    if (jumped || zoneChanged)
        refresh();
}

void ReminderService::refresh()
{
    m_timer.stop();
    const QDateTime now = m_clock.now();
    const QTimeZone zone = m_clock.zone();
    if (!m_session.isOpen() || !m_preferences.enabled()) {
        arm(std::nullopt, now);
        return;
    }
    Result<ReminderJournal::Snapshot> snapshot = ReminderJournal::load(m_session, now.toTimeZone(zone).date());
    if (!snapshot) {
        m_session.reportFailure(snapshot.failure());
        arm(std::nullopt, now);
        return;
    }
    ReminderContext context = snapshot->context;
    context.quietHours = m_preferences.quietHours();
    // Kept after it ends too: what fell in the pause stays dropped, it never comes late as a catch-up.
    if (const QDateTime paused = m_preferences.pausedUntil(); paused.isValid())
        context.pausedUntil = paused;

    std::optional<QDateTime> nextAt;
    bool fired = false;
    for (const Reminder &reminder : std::as_const(snapshot->reminders)) {
        const auto alert = nextAlert(reminder, context, now, zone);
        if (!alert)
            continue;
        if (alert->at > now) {
            if (!nextAt || alert->at < *nextAt)
                nextAt = alert->at;
            continue;
        }
        Result<std::optional<Reminder>> claimed = ReminderJournal::claimDueAlert(m_session, reminder.stamps.id, context, now, zone);
        if (!claimed) {
            m_session.reportFailure(claimed.failure());
            continue;
        }
        if (!claimed->has_value())
            continue; // another Mosaic, or an edit, came first
        const Reminder &due = **claimed;
        m_notifier.show(
            {due.stamps.id, due.habitId.value_or(QString()), reminderTitle(due, snapshot->habits), noticeBody(due, *alert, snapshot->habits, now, zone)});
        fired = true;
        Q_EMIT shown(due.stamps.id);
        // Its next alert, now that this one is stored as fired.
        Reminder after = due;
        after.lastFiredAt = now;
        after.snoozedUntil.reset();
        if (const auto next = nextAlert(after, context, now, zone); next && (!nextAt || next->at < *nextAt))
            nextAt = std::max(next->at, now.addSecs(1));
    }
    if (fired) {
        m_refreshing = true; // our own change needs no second look
        m_session.notifyChanged(JournalSession::Reminders);
        m_refreshing = false;
    }
    arm(nextAt, now);
}

void ReminderService::arm(const std::optional<QDateTime> &alertAt, const QDateTime &now)
{
    if (alertAt != m_nextAlertAt) {
        m_nextAlertAt = alertAt;
        Q_EMIT scheduleChanged();
    }
    if (!m_session.isOpen() || !m_preferences.enabled()) {
        m_nextWakeAt.reset();
        return;
    }
    // Midnight too: a new day brings new check-ins (a habit done yesterday is open again, a pause may begin).
    const QTimeZone zone = m_clock.zone();
    QDateTime wake = wallClockInstant(now.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone);
    if (alertAt && *alertAt < wake)
        wake = *alertAt;
    m_nextWakeAt = wake;
    m_timer.start(int(std::clamp(now.msecsTo(wake), qint64(0), kLongestWaitMs)));
}

void ReminderService::handleAction(const QString &reminderId, ReminderAction action)
{
    if (!m_session.isOpen())
        return;
    Result<std::optional<Reminder>> found = m_session.reminders().findReminder(reminderId);
    if (!found) {
        m_session.reportFailure(found.failure());
        return;
    }
    if (!found->has_value())
        return;
    const Reminder &reminder = **found;
    const QDateTime now = m_clock.now();
    const QTimeZone zone = m_clock.zone();
    switch (action) {
    case ReminderAction::Done:
        if (reminder.habitId) {
            if (Status done = ReminderJournal::recordDone(m_session, *reminder.habitId, now.toTimeZone(zone).date(), now); !done)
                m_session.reportFailure(done.failure());
        }
        m_notifier.withdraw(reminderId);
        break;
    case ReminderAction::Snooze: {
        Result<std::optional<QDateTime>> snoozed = ReminderJournal::snooze(m_session, reminderId, snoozeEnd(SnoozeChoice::TenMinutes, now, zone), now, zone);
        if (!snoozed)
            m_session.reportFailure(snoozed.failure());
        m_notifier.withdraw(reminderId);
        break;
    }
    case ReminderAction::Open:
        Q_EMIT openRequested(reminder.habitId.value_or(QString()));
        break;
    }
}

void ReminderService::pause(PauseChoice choice)
{
    m_preferences.setPausedUntil(pauseEnd(choice, m_clock.now(), m_clock.zone()));
}

void ReminderService::resume()
{
    // The pause ends now rather than vanishing: what fell in it stays dropped.
    m_preferences.setPausedUntil(m_clock.now());
}

} // namespace mosaic::reminders
