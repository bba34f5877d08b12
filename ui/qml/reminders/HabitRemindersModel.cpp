// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/HabitRemindersModel.h"

#include "common/RecordLimits.h"
#include "common/TimeInput.h"
#include "common/Uuid.h"
#include "reminders/ReminderControls.h"
#include "reminders/ReminderPreferences.h"
#include "journal/JournalSession.h"
#include "storage/Database.h"

#include <QLocale>

#include <algorithm>

namespace mosaic {
namespace {

constexpr int kMaxTimes = int(RecordLimits::kReminderTimes);

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

QString HabitRemindersModel::timeHint()
{
    //: %1 is a morning time as the user's language writes it (e.g. "7:30 AM" or "07:30").
    return tr("Write the time as hours and minutes, for example %1 or 19:00.").arg(TimeInput::format(QTime(7, 30), QLocale()));
}

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

bool HabitRemindersModel::fail(const QString &message)
{
    if (m_session)
        m_session->reportFailure(Failure::badInput(message));
    return false;
}

QString HabitRemindersModel::add(const QString &time)
{
    if (!m_session || !m_session->isOpen() || m_habitId.isEmpty())
        return {};
    const QTime parsed = parseTime(time);
    if (!parsed.isValid()) {
        fail(timeHint());
        return {};
    }
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return {};
    }
    Result<std::optional<Habit>> habit = m_session->habits().findHabit(m_habitId);
    if (!habit) {
        m_session->reportFailure(habit.failure());
        return {};
    }
    if (!habit->has_value() || (*habit)->stamps.isDeleted()) {
        fail(tr("This ritual is no longer in your journal."));
        return {};
    }
    Reminder reminder;
    reminder.stamps.id = Uuid::create();
    reminder.stamps.createdAt = m_session->now();
    reminder.stamps.updatedAt = reminder.stamps.createdAt;
    reminder.habitId = m_habitId;
    reminder.title = (*habit)->name;
    reminder.times = {parsed};
    if (Status saved = m_session->reminders().save(reminder); !saved) {
        m_session->reportFailure(saved.failure());
        return {};
    }
    if (Status committed = transaction->commit(); !committed) {
        m_session->reportFailure(committed.failure());
        return {};
    }
    m_session->notifyChanged(JournalSession::Reminders);
    return reminder.stamps.id;
}

template <typename Edit>
bool HabitRemindersModel::editReminder(const QString &reminderId, Edit edit)
{
    if (!m_session || !m_session->isOpen())
        return false;
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return false;
    }
    Result<std::optional<Reminder>> found = m_session->reminders().findReminder(reminderId);
    if (!found) {
        m_session->reportFailure(found.failure());
        return false;
    }
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return fail(tr("This reminder is no longer in your journal."));
    Reminder reminder = **found;
    const Reminder before = reminder;
    if (!edit(reminder))
        return false;
    if (reminder == before)
        return true;
    // An edit starts a new schedule: instants before it never fire late (see nextAlert).
    reminder.stamps.updatedAt = m_session->now();
    if (Status saved = m_session->reminders().save(reminder); !saved) {
        m_session->reportFailure(saved.failure());
        return false;
    }
    if (Status committed = transaction->commit(); !committed) {
        m_session->reportFailure(committed.failure());
        return false;
    }
    m_session->notifyChanged(JournalSession::Reminders);
    return true;
}

bool HabitRemindersModel::addTime(const QString &reminderId, const QString &time)
{
    const QTime parsed = parseTime(time);
    if (!parsed.isValid())
        return fail(timeHint());
    return editReminder(reminderId, [this, parsed](Reminder &reminder) {
        if (reminder.times.contains(parsed))
            return true;
        if (reminder.times.size() >= kMaxTimes)
            return fail(tr("A reminder holds up to %1 times of day.").arg(kMaxTimes));
        reminder.times.append(parsed);
        std::sort(reminder.times.begin(), reminder.times.end());
        return true;
    });
}

bool HabitRemindersModel::removeTime(const QString &reminderId, const QString &time)
{
    const QTime parsed = parseTime(time);
    return editReminder(reminderId, [this, parsed](Reminder &reminder) {
        if (!reminder.times.contains(parsed))
            return true;
        if (reminder.times.size() == 1)
            return fail(tr("A reminder needs one time of day; remove the reminder instead."));
        reminder.times.removeAll(parsed);
        return true;
    });
}

bool HabitRemindersModel::toggleDay(const QString &reminderId, int day)
{
    return editReminder(reminderId, [this, day](Reminder &reminder) {
        const auto days = toggledWeekday(reminder.days, day);
        if (!days)
            return fail(tr("A reminder needs at least one day. To rest it, switch it off."));
        reminder.days = *days;
        return true;
    });
}

bool HabitRemindersModel::setEnabled(const QString &reminderId, bool enabled)
{
    return editReminder(reminderId, [enabled](Reminder &reminder) {
        reminder.enabled = enabled;
        return true;
    });
}

bool HabitRemindersModel::remove(const QString &reminderId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->write(JournalSession::Reminders, [&] { return m_session->reminders().markReminderDeleted(reminderId, m_session->now()); });
}

} // namespace mosaic
