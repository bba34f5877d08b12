// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/HabitRemindersModel.h"

#include "common/TimeInput.h"
#include "journal/JournalSession.h"
#include "reminders/ReminderActions.h"

#include <QLocale>

#include <algorithm>

namespace mosaic {
namespace {

// A time as typed: the locale's short time or 24-hour H:mm.
QTime parseTime(const QString &text)
{
    return TimeInput::parse(text, QLocale()).value_or(QTime());
}

// The times in order, as "HH:mm" (the values QML hands back) or as people read them (`forPeople`).
QStringList timeTexts(const QList<QTime> &times, bool forPeople)
{
    QList<QTime> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    QStringList texts;
    for (const QTime &time : std::as_const(sorted))
        texts.append(forPeople ? TimeInput::format(time, QLocale()) : time.toString(QStringLiteral("HH:mm")));
    return texts;
}

} // namespace

HabitRemindersModel::HabitRemindersModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HabitRemindersModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Reminders | JournalSession::Habits, [this] { reload(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    reload();
}

void HabitRemindersModel::setHabitId(const QString &habitId)
{
    if (habitId == m_habitId)
        return;
    m_habitId = habitId;
    Q_EMIT habitIdChanged();
    reload();
}

void HabitRemindersModel::reload()
{
    QList<Reminder> rows;
    if (m_session && m_session->isOpen() && !m_habitId.isEmpty()) {
        Result<QList<Reminder>> all = m_session->reminders().allReminders(IncludeDeleted::No);
        if (!all) {
            m_session->reportFailure(all.failure());
        } else {
            for (const Reminder &reminder : std::as_const(*all)) {
                if (reminder.habitId == m_habitId)
                    rows.append(reminder);
            }
        }
    }
    // The same reminders in the same order: only their values change, so the delegates (and focus) stay.
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).stamps.id == m_rows.at(i).stamps.id;
    if (sameIds) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int HabitRemindersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HabitRemindersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Reminder &reminder = m_rows.at(index.row());
    switch (role) {
    case ReminderIdRole:
        return reminder.stamps.id;
    case TimesRole:
        return timeTexts(reminder.times, false);
    case TimeTextsRole:
        return timeTexts(reminder.times, true);
    case DaysRole: {
        QVariantList days;
        for (const int day : reminder.days)
            days.append(day);
        return days;
    }
    case EnabledRole:
        return reminder.enabled;
    case SummaryRole: {
        const QStringList times = timeTexts(reminder.times, true);
        const QString at =
            times.size() > 1 ? tr("%1 and %2").arg(QStringList(times.mid(0, times.size() - 1)).join(QStringLiteral(", ")), times.constLast()) : times.value(0);
        if (reminder.days.isEmpty())
            return tr("Every day at %1").arg(at);
        QStringList names;
        QList<int> days = reminder.days;
        std::sort(days.begin(), days.end());
        for (const int day : std::as_const(days))
            names.append(dayName(day));
        return tr("%1 at %2").arg(names.join(QStringLiteral(", ")), at);
    }
    }
    return {};
}

QHash<int, QByteArray> HabitRemindersModel::roleNames() const
{
    return {{ReminderIdRole, "reminderId"}, {TimesRole, "times"},     {DaysRole, "days"},
            {EnabledRole, "enabled"},       {SummaryRole, "summary"}, {TimeTextsRole, "timeTexts"}};
}

QString HabitRemindersModel::dayName(int day)
{
    return QLocale().dayName(day, QLocale::ShortFormat);
}

QString HabitRemindersModel::add(const QString &time)
{
    if (!m_session || !m_session->isOpen() || m_habitId.isEmpty())
        return {};
    const QTime parsed = parseTime(time); // invalid when it is not a time: core says how to write one
    QString reminderId;
    m_session->write(JournalSession::Reminders, [&]() -> Status {
        Result<QString> added = addHabitReminder(m_session->reminders(), m_session->habits(), m_habitId, parsed, m_session->now());
        if (!added)
            return added.failure();
        reminderId = *added;
        return success();
    });
    return reminderId;
}

bool HabitRemindersModel::edit(const std::function<Result<bool>(ReminderStore &, const QDateTime &)> &change)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->writeIfChanged(JournalSession::Reminders, [&] { return change(m_session->reminders(), m_session->now()); }).ok();
}

bool HabitRemindersModel::addTime(const QString &reminderId, const QString &time)
{
    const QTime parsed = parseTime(time);
    return edit([&](ReminderStore &store, const QDateTime &now) { return addReminderTime(store, reminderId, parsed, now); });
}

bool HabitRemindersModel::removeTime(const QString &reminderId, const QString &time)
{
    const QTime parsed = parseTime(time);
    return edit([&](ReminderStore &store, const QDateTime &now) { return removeReminderTime(store, reminderId, parsed, now); });
}

bool HabitRemindersModel::toggleDay(const QString &reminderId, int day)
{
    return edit([&](ReminderStore &store, const QDateTime &now) { return toggleReminderDay(store, reminderId, day, now); });
}

bool HabitRemindersModel::setEnabled(const QString &reminderId, bool enabled)
{
    return edit([&](ReminderStore &store, const QDateTime &now) { return setReminderEnabled(store, reminderId, enabled, now); });
}

bool HabitRemindersModel::remove(const QString &reminderId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->write(JournalSession::Reminders, [&] { return removeReminder(m_session->reminders(), reminderId, m_session->now()); });
}

} // namespace mosaic
