// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitForm.h"

#include "common/EnumNames.h"
#include "common/Uuid.h"
#include "habits/HabitPresets.h"
#include "habits/HabitTexts.h"
#include "habits/HabitValidation.h"
#include "journal/JournalSession.h"
#include "storage/Database.h"
#include "vocabulary/Labels.h"

#include <algorithm>

namespace mosaic {

namespace {

constexpr int kFieldCount = 5;

} // namespace

QVariantList HabitForm::ritualChoices()
{
    QVariantList choices{QVariantMap{{QStringLiteral("value"), enumName(Ritual::Custom)}, {QStringLiteral("text"), labels::ritual(Ritual::Custom)}}};
    for (std::size_t i = 0; i < enumCount<Ritual>(); ++i) {
        const auto ritual = static_cast<Ritual>(i);
        if (ritual != Ritual::Custom)
            choices.append(QVariantMap{{QStringLiteral("value"), enumName(ritual)}, {QStringLiteral("text"), labels::ritual(ritual)}});
    }
    return choices;
}

HabitForm::HabitForm(QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < kFieldCount; ++i)
        m_errors.append(QString());
}

void HabitForm::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QVariantList HabitForm::days() const
{
    QVariantList result;
    for (int day : m_days)
        result.append(day);
    return result;
}

void HabitForm::setDays(const QVariantList &days)
{
    QList<int> list;
    for (const QVariant &day : days)
        list.append(day.toInt());
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (list == m_days)
        return;
    m_days = list;
    Q_EMIT changed();
}

void HabitForm::toggleDay(int day)
{
    QList<int> list = m_days;
    if (list.contains(day))
        list.removeAll(day);
    else
        list.append(day);
    QVariantList variants;
    for (int d : list)
        variants.append(d);
    setDays(variants);
}

bool HabitForm::hasErrors() const
{
    return std::any_of(m_errors.cbegin(), m_errors.cend(), [](const QString &error) { return !error.isEmpty(); });
}

QVariantList HabitForm::presets() const
{
    QVariantList result;
    for (const HabitPreset &preset : habitPresets()) {
        result.append(QVariantMap{{QStringLiteral("ritual"), enumName(preset.ritual)},
                                  {QStringLiteral("name"), preset.name},
                                  {QStringLiteral("prompt"), preset.prompt},
                                  {QStringLiteral("scheduleText"), HabitTexts::schedule(preset.schedule)},
                                  {QStringLiteral("targetText"), HabitTexts::target(preset.target)}});
    }
    return result;
}

void HabitForm::clearErrors()
{
    for (QString &error : m_errors)
        error.clear();
    Q_EMIT errorsChanged();
}

void HabitForm::startNew()
{
    m_habitId.clear();
    m_name.clear();
    m_prompt.clear();
    m_ritual = QStringLiteral("custom");
    m_scheduleType = QStringLiteral("daily");
    m_days = {1, 2, 3, 4, 5};
    m_times = 3;
    m_targetType = QStringLiteral("check");
    m_goal = 1;
    m_unit.clear();
    m_startDate = m_session ? m_session->today().toString(Qt::ISODate) : QString();
    m_color.clear();
    clearErrors();
    Q_EMIT changed();
}

void HabitForm::startFromPreset(const QString &ritual)
{
    startNew();
    const auto value = enumFromName<Ritual>(ritual);
    const auto preset = value ? presetFor(*value) : std::nullopt;
    if (!preset)
        return;
    m_name = preset->name;
    m_prompt = preset->prompt;
    m_ritual = enumName(preset->ritual);
    m_scheduleType = enumName(preset->schedule.type);
    if (preset->schedule.type == ScheduleType::Weekdays)
        m_days = preset->schedule.days;
    if (preset->schedule.type == ScheduleType::PerWeek)
        m_times = preset->schedule.times;
    m_targetType = enumName(preset->target.type);
    m_goal = preset->target.goal;
    m_unit = preset->target.unit;
    Q_EMIT changed();
}

bool HabitForm::edit(const QString &habitId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    auto found = m_session->habits().findHabit(habitId);
    if (!found) {
        m_session->reportFailure(found.failure());
        return false;
    }
    if (!found->has_value() || (*found)->stamps.isDeleted())
        return false;
    const Habit &habit = **found;
    m_habitId = habit.stamps.id;
    m_name = habit.name;
    m_prompt = habit.prompt;
    m_ritual = enumName(habit.ritual);
    m_scheduleType = enumName(habit.schedule.type);
    m_days = habit.schedule.type == ScheduleType::Weekdays ? habit.schedule.days : QList<int>{1, 2, 3, 4, 5};
    m_times = habit.schedule.type == ScheduleType::PerWeek ? habit.schedule.times : 3;
    m_targetType = enumName(habit.target.type);
    m_goal = habit.target.goal;
    m_unit = habit.target.unit;
    m_startDate = habit.startDate.toString(Qt::ISODate);
    m_color = habit.color;
    clearErrors();
    Q_EMIT changed();
    return true;
}

QString HabitForm::save()
{
    if (!m_session || !m_session->isOpen())
        return {};
    Habit habit;
    if (!m_habitId.isEmpty()) {
        auto found = m_session->habits().findHabit(m_habitId);
        if (!found) {
            m_session->reportFailure(found.failure());
            return {};
        }
        if (!found->has_value() || (*found)->stamps.isDeleted()) {
            m_session->reportFailure(Failure::operation(tr("This habit was deleted meanwhile, so the changes could not be saved.")));
            return {};
        }
        habit = **found; // keeps what the form does not show (archived, stamps)
    }
    habit.name = m_name.trimmed();
    habit.prompt = m_prompt.trimmed();
    habit.ritual = enumFromName<Ritual>(m_ritual).value_or(Ritual::Custom);
    habit.schedule = {};
    habit.schedule.type = enumFromName<ScheduleType>(m_scheduleType).value_or(ScheduleType::Daily);
    if (habit.schedule.type == ScheduleType::Weekdays)
        habit.schedule.days = m_days;
    if (habit.schedule.type == ScheduleType::PerWeek)
        habit.schedule.times = m_times;
    habit.target = {};
    habit.target.type = enumFromName<TargetType>(m_targetType).value_or(TargetType::Check);
    if (habit.target.type == TargetType::Count) {
        habit.target.goal = m_goal;
        habit.target.unit = m_unit.trimmed();
    }
    habit.startDate = QDate::fromString(m_startDate.trimmed(), Qt::ISODate);
    habit.color = m_color.trimmed();

    for (QString &error : m_errors)
        error.clear();
    for (const HabitProblem &problem : validateHabit(habit))
        m_errors[static_cast<int>(problem.field)] = problem.message;
    Q_EMIT errorsChanged();
    if (hasErrors())
        return {};

    const QDateTime now = m_session->now();
    if (habit.stamps.id.isEmpty()) {
        habit.stamps.id = Uuid::create();
        habit.stamps.createdAt = now;
    }
    habit.stamps.updatedAt = now;
    auto transaction = WriteTransaction::begin(m_session->database());
    if (!transaction) {
        m_session->reportFailure(transaction.failure());
        return {};
    }
    if (Status saved = m_session->habits().save(habit); !saved) {
        m_session->reportFailure(saved.failure());
        return {};
    }
    if (Status committed = transaction->commit(); !committed) {
        m_session->reportFailure(committed.failure());
        return {};
    }
    m_habitId = habit.stamps.id;
    Q_EMIT changed();
    m_session->notifyChanged(JournalSession::Habits);
    return habit.stamps.id;
}

} // namespace mosaic
