// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

namespace mosaic::reminders {

/// Where the reminders service reads the time: the wall clock, a monotonic clock (to notice sleep and clock jumps)
/// and the system time zone. Tests pass a clock they move by hand.
class ReminderClock
{
public:
    virtual ~ReminderClock() = default;
    /// The current instant (UTC).
    virtual QDateTime now() const = 0;
    /// Milliseconds on a clock that only moves forward, and not while the machine sleeps.
    virtual qint64 monotonicMs() const = 0;
    virtual QTimeZone zone() const = 0;
};

/// The system's clocks.
class SystemReminderClock final : public ReminderClock
{
public:
    SystemReminderClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    QTimeZone zone() const override { return QTimeZone::systemTimeZone(); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace mosaic::reminders
