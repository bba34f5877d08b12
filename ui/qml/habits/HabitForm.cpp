// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitForm.h"

#include "common/EnumNames.h"
#include "habits/HabitActions.h"
#include "habits/HabitPresets.h"
#include "habits/HabitTexts.h"
#include "habits/HabitValidation.h"
#include "journal/JournalSession.h"
#include "vocabulary/Labels.h"

#include <algorithm>
#include <optional>

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
    HabitDraft draft;
    draft.habitId = m_habitId;
    draft.name = m_name;
    draft.prompt = m_prompt;
    draft.ritual = enumFromName<Ritual>(m_ritual).value_or(Ritual::Custom);
    draft.schedule.type = enumFromName<ScheduleType>(m_scheduleType).value_or(ScheduleType::Daily);
    draft.schedule.days = m_days;
    draft.schedule.times = m_times;
    draft.target.type = enumFromName<TargetType>(m_targetType).value_or(TargetType::Check);
    draft.target.goal = m_goal;
    draft.target.unit = m_unit;
    draft.startDate = QDate::fromString(m_startDate.trimmed(), Qt::ISODate);
    draft.color = m_color;

    std::optional<HabitSaving> saving; // set once the draft was checked
    const Result<bool> written = m_session->writeIfChanged(JournalSession::Habits, [&]() -> Result<bool> {
        Result<HabitSaving> saved = saveHabit(m_session->habits(), draft, m_session->now());
        if (!saved)
            return saved.failure();
        saving = std::move(*saved);
        return saving->saved();
    });
    if (!saving)
        return {}; // the failure is shown; the fields stay as they were
    for (QString &error : m_errors)
        error.clear();
    for (const HabitProblem &problem : std::as_const(saving->problems))
        m_errors[static_cast<int>(problem.field)] = problem.message;
    Q_EMIT errorsChanged();
    if (!written || !*written)
        return {};
    m_habitId = saving->habitId;
    Q_EMIT changed();
    return m_habitId;
}

} // namespace mosaic
