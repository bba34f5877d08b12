// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/AwayModel.h"

#include "common/TimeInput.h"
#include "journal/JournalSession.h"
#include "reminders/ReminderJournal.h"
#include "reminders/ReminderPreferences.h"
#include "reminders/ReminderSchedule.h"

#include <QLocale>
#include <QTimeZone>

namespace mosaic {

AwayModel::AwayModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_preferences(std::make_unique<ReminderPreferences>())
{
    connect(m_preferences.get(), &ReminderPreferences::changed, this, &AwayModel::reload);
}

AwayModel::~AwayModel() = default;

void AwayModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Reminders | JournalSession::Habits, [this] { reload(); }, JournalSession::AtMidnight);
    m_preferences->setSession(session);
    Q_EMIT sessionChanged();
    reload();
}

QString AwayModel::settingsFile() const
{
    return m_preferences->settingsFile();
}

void AwayModel::setSettingsFile(const QString &file)
{
    if (file == m_preferences->settingsFile())
        return;
    m_preferences->setSettingsFile(file);
    Q_EMIT settingsFileChanged();
}

void AwayModel::reload()
{
    QList<AwayReminder> rows;
    if (m_session && m_session->isOpen()) {
        const QDateTime now = m_session->now();
        const QTimeZone zone = QTimeZone::systemTimeZone();
        Result<ReminderJournal::Snapshot> snapshot = ReminderJournal::load(*m_session, now.toTimeZone(zone).date());
        if (!snapshot) {
            m_session->reportFailure(snapshot.failure());
        } else if (m_preferences->enabled()) {
            ReminderContext context = snapshot->context;
            if (const QDateTime paused = m_preferences->pausedUntil(); paused.isValid())
                context.pausedUntil = paused; // what fell in a pause, even one over now, was let go
            rows = awayReminders(snapshot->reminders, context, now, zone);
            for (AwayReminder &row : rows) {
                for (const Reminder &reminder : std::as_const(snapshot->reminders)) {
                    if (reminder.stamps.id == row.reminderId)
                        row.title = reminderTitle(reminder, snapshot->habits);
                }
            }
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int AwayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AwayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AwayReminder &row = m_rows.at(index.row());
    switch (role) {
    case ReminderIdRole:
        return row.reminderId;
    case HabitIdRole:
        return row.habitId.value_or(QString());
    case TitleRole:
        return row.title;
    case TimeTextRole:
        return ReminderJournal::timeOfDayText(row.scheduledAt.toTimeZone(QTimeZone::systemTimeZone()).time());
    }
    return {};
}

QHash<int, QByteArray> AwayModel::roleNames() const
{
    return {{ReminderIdRole, "reminderId"}, {HabitIdRole, "habitId"}, {TitleRole, "title"}, {TimeTextRole, "timeText"}};
}

bool AwayModel::markDone(const QString &reminderId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    for (const AwayReminder &row : std::as_const(m_rows)) {
        if (row.reminderId != reminderId || !row.habitId)
            continue;
        const QDateTime now = m_session->now();
        if (Status done = ReminderJournal::recordDone(*m_session, *row.habitId, now.toTimeZone(QTimeZone::systemTimeZone()).date(), now); !done) {
            m_session->reportFailure(done.failure());
            return false;
        }
        return true;
    }
    return false;
}

bool AwayModel::applySnooze(const QString &reminderId, const QDateTime &until)
{
    if (!m_session || !m_session->isOpen())
        return false;
    Result<std::optional<QDateTime>> snoozed = ReminderJournal::snooze(*m_session, reminderId, until, m_session->now(), QTimeZone::systemTimeZone());
    if (!snoozed) {
        m_session->reportFailure(snoozed.failure());
        return false;
    }
    if (!snoozed->has_value()) {
        m_session->reportFailure(Failure::badInput(tr("That is after this reminder's next time, so it will simply come then.")));
        return false;
    }
    return true;
}

bool AwayModel::snoozeFor(const QString &reminderId, int minutes)
{
    if (!m_session)
        return false;
    const SnoozeChoice choice = minutes >= 60 ? SnoozeChoice::OneHour : SnoozeChoice::TenMinutes;
    return applySnooze(reminderId, snoozeEnd(choice, m_session->now(), QTimeZone::systemTimeZone()));
}

bool AwayModel::snoozeUntil(const QString &reminderId, const QString &time)
{
    if (!m_session)
        return false;
    const std::optional<QTime> parsed = TimeInput::parse(time, QLocale());
    if (!parsed) {
        //: %1 is an evening time as the user's language writes it (e.g. "6:30 PM" or "18:30").
        m_session->reportFailure(
            Failure::badInput(tr("Write the time as hours and minutes, for example %1.").arg(TimeInput::format(QTime(18, 30), QLocale()))));
        return false;
    }
    return applySnooze(reminderId, snoozeEnd(SnoozeChoice::UntilTime, m_session->now(), QTimeZone::systemTimeZone(), *parsed));
}

} // namespace mosaic
