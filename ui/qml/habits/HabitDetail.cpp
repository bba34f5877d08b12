// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitDetail.h"

#include "common/EnumNames.h"
#include "habits/HabitDeletion.h"
#include "habits/HabitHistory.h"
#include "habits/HabitStrength.h"
#include "habits/HabitTexts.h"
#include "habits/HabitYear.h"
#include "habits/StreakCalculator.h"
#include "habits/WeeklyLetter.h"
#include "journal/JournalSession.h"

#include <QLocale>

namespace mosaic {

namespace {

QString stateName(HabitDayState state)
{
    switch (state) {
    case HabitDayState::BeforeStart:
        return QStringLiteral("before");
    case HabitDayState::NotAPeriod:
        return QStringLiteral("rest");
    case HabitDayState::Done:
        return QStringLiteral("done");
    case HabitDayState::Partial:
        return QStringLiteral("partial");
    case HabitDayState::Skipped:
        return QStringLiteral("skipped");
    case HabitDayState::Paused:
        return QStringLiteral("paused");
    case HabitDayState::Missed:
        return QStringLiteral("missed");
    case HabitDayState::Open:
        return QStringLiteral("open");
    case HabitDayState::Future:
        return QStringLiteral("future");
    }
    return {};
}

QString stateWords(HabitDayState state)
{
    switch (state) {
    case HabitDayState::BeforeStart:
        return HabitDetail::tr("before the start");
    case HabitDayState::NotAPeriod:
        return HabitDetail::tr("not due");
    case HabitDayState::Done:
        return HabitDetail::tr("done");
    case HabitDayState::Partial:
        return HabitDetail::tr("partly done");
    case HabitDayState::Skipped:
        return HabitDetail::tr("skipped");
    case HabitDayState::Paused:
        return HabitDetail::tr("paused");
    case HabitDayState::Missed:
        return HabitDetail::tr("a quiet day");
    case HabitDayState::Open:
        return HabitDetail::tr("still open");
    case HabitDayState::Future:
        return HabitDetail::tr("ahead");
    }
    return {};
}

/// JournalSession::write, silent while no journal is open.
template <typename Work>
bool writeInTransaction(JournalSession *session, int areas, Work &&work)
{
    return session && session->isOpen() && session->write(areas, std::forward<Work>(work));
}

} // namespace

HabitDetail::HabitDetail(QObject *parent)
    : QObject(parent)
{ }

void HabitDetail::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Habits | JournalSession::Strengths, [this] { reload(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    reload();
}

void HabitDetail::setHabitId(const QString &habitId)
{
    if (habitId == m_habitId)
        return;
    m_habitId = habitId;
    Q_EMIT habitIdChanged();
    setPauseError({});
    reload();
}

QString HabitDetail::ritual() const
{
    return enumName(m_habit.ritual);
}

QString HabitDetail::scheduleText() const
{
    return m_exists ? HabitTexts::schedule(m_habit.schedule) : QString();
}

QString HabitDetail::targetText() const
{
    return m_exists ? HabitTexts::target(m_habit.target) : QString();
}

QString HabitDetail::startText() const
{
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return m_exists ? QLocale().toString(m_habit.startDate, tr("d MMMM yyyy", "date format")) : QString();
}

QVariantList HabitDetail::pauses() const
{
    QVariantList result;
    const QLocale locale;
    for (const HabitPauseRange &pause : m_pauses) {
        //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
        const QString first = locale.toString(pause.first, tr("d MMM yyyy", "date format"));
        //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
        const QString last = locale.toString(pause.last, tr("d MMM yyyy", "date format"));
        result.append(QVariantMap{{QStringLiteral("first"), pause.first},
                                  {QStringLiteral("last"), pause.last},
                                  {QStringLiteral("days"), pause.days},
                                  {QStringLiteral("text"), pause.first == pause.last ? first : tr("%1 to %2").arg(first, last)}});
    }
    return result;
}

void HabitDetail::reload()
{
    m_exists = false;
    m_habit = Habit{};
    m_cells.clear();
    m_monthLabels.clear();
    m_pauses.clear();
    m_liveDates.clear();
    m_todayState.clear();
    m_todayValue = 0;
    m_current = m_best = m_strength = 0;
    m_streakText.clear();
    m_bestText.clear();
    if (m_session && m_session->isOpen() && !m_habitId.isEmpty()) {
        m_today = m_session->today();
        auto found = m_session->habits().findHabit(m_habitId);
        auto checkIns = m_session->habits().scoringCheckIns(m_habitId);
        HabitHistory history(m_session->connection());
        auto candidates = history.pauseCandidates(m_habitId);
        if (!found || !checkIns || !candidates) {
            m_session->reportFailure(!found ? found.failure() : !checkIns ? checkIns.failure() : candidates.failure());
        } else if (found->has_value() && !(*found)->stamps.isDeleted()) {
            m_exists = true;
            m_habit = **found;
            std::optional<CheckIn> todays;
            for (const CheckIn &checkIn : *checkIns) {
                m_liveDates.append(checkIn.date);
                if (checkIn.date == m_today)
                    todays = checkIn;
            }
            m_todayState = HabitTexts::todayState(m_habit, todays, m_today);
            m_todayValue = todays ? todays->value : 0;
            const StreakSummary streaks = calculateStreaks(m_habit, *checkIns, m_today);
            m_current = streaks.current;
            m_best = streaks.best;
            m_streakText = HabitTexts::streak(streaks.current, streaks.unit);
            m_bestText = HabitTexts::streak(streaks.best, streaks.unit);
            m_strength = calculateHabitStrength(m_habit, *checkIns, m_today);
            m_pauses = findPauses(*candidates);

            const QDate first = heatmapStart(m_today, kWeeks);
            const QList<HabitDay> days = habitDays(m_habit, *checkIns, first, first.addDays(7 * kWeeks - 1), m_today);
            const QLocale locale;
            for (int i = 0; i < days.size(); ++i) {
                const HabitDay &day = days[i];
                //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
                const QString date = locale.toString(day.date, tr("ddd d MMM yyyy", "date format"));
                const bool counted = isCount() && (day.state == HabitDayState::Done || day.state == HabitDayState::Partial);
                //: A day of the ritual's calendar, read out to screen readers: %1 the date, %2 how the day went (done, skipped, …).
                QString label = tr("%1: %2").arg(date, stateWords(day.state));
                if (counted)
                    //: As above, for a ritual with a count: %3 the amount done, %4 the day's goal with its unit ("3 pages").
                    label = tr("%1: %2 (%3 of %4)").arg(date, stateWords(day.state), HabitTexts::number(day.value), HabitTexts::target(m_habit.target));
                m_cells.append(QVariantMap{{QStringLiteral("date"), day.date},
                                           {QStringLiteral("state"), stateName(day.state)},
                                           {QStringLiteral("value"), day.value},
                                           {QStringLiteral("week"), i / 7},
                                           {QStringLiteral("weekday"), i % 7},
                                           {QStringLiteral("label"), label}});
                if (day.date.day() == 1)
                    m_monthLabels.append(
                        QVariantMap{{QStringLiteral("week"), i / 7}, {QStringLiteral("text"), locale.monthName(day.date.month(), QLocale::ShortFormat)}});
            }
        }
    }
    ++m_revision;
    Q_EMIT loaded();
}

QString HabitDetail::dateText(const QString &date) const
{
    //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
    return QLocale().toString(QDate::fromString(date, Qt::ISODate), tr("dddd d MMMM yyyy", "date format"));
}

QString HabitDetail::cellState(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    for (const QVariant &cell : m_cells) {
        const QVariantMap map = cell.toMap();
        if (map.value(QStringLiteral("date")).toDate() == date)
            return map.value(QStringLiteral("state")).toString();
    }
    return {};
}

bool HabitDetail::hasCheckIn(const QString &date) const
{
    return m_liveDates.contains(QDate::fromString(date, Qt::ISODate));
}

bool HabitDetail::checkToday(double value)
{
    return m_exists && HabitWrites::checkIn(m_session, m_habitId, m_session->today(), false, value);
}

bool HabitDetail::skipToday()
{
    return m_exists && HabitWrites::checkIn(m_session, m_habitId, m_session->today(), true, 1);
}

bool HabitDetail::undoToday()
{
    return m_exists && HabitWrites::undo(m_session, m_habitId, m_session->today());
}

void HabitDetail::setPauseError(const QString &message)
{
    if (message == m_pauseError)
        return;
    m_pauseError = message;
    Q_EMIT pauseErrorChanged();
}

bool HabitDetail::pause(const QString &firstText, const QString &lastText)
{
    if (!m_exists || !m_session)
        return false;
    const QDate first = QDate::fromString(firstText.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(lastText.trimmed(), Qt::ISODate);
    if (const auto problem = pauseRangeProblem(first, last)) {
        setPauseError(*problem);
        return false;
    }
    bool nothingToPause = false;
    const bool ok = writeInTransaction(m_session, JournalSession::Habits, [&]() -> Status {
        HabitHistory history(m_session->connection());
        auto existing = history.checkInsBetween(m_habitId, first, last);
        if (!existing)
            return existing.failure();
        const QList<CheckIn> planned = pauseCheckIns(m_habit, *existing, first, last, m_session->now());
        if (planned.isEmpty()) {
            nothingToPause = true; // nothing written; the empty transaction commits harmlessly
            return success();
        }
        for (const CheckIn &checkIn : planned) {
            if (Status saved = m_session->habits().save(checkIn); !saved)
                return saved;
        }
        return success();
    });
    if (ok && nothingToPause) {
        setPauseError(tr("Those dates hold no scheduled day without a check-in, so there is nothing to pause."));
        return false;
    }
    setPauseError(ok ? QString() : tr("The pause could not be saved."));
    return ok;
}

bool HabitDetail::resume(int index)
{
    if (!m_exists || index < 0 || index >= m_pauses.size())
        return false;
    const HabitPauseRange pause = m_pauses[index];
    return writeInTransaction(m_session, JournalSession::Habits, [&]() -> Status {
        HabitHistory history(m_session->connection());
        auto checkIns = history.checkInsBetween(m_habitId, pause.first, pause.last);
        if (!checkIns)
            return checkIns.failure();
        const QDateTime now = m_session->now();
        for (const QDate &date : resumeDates(pause, *checkIns)) {
            if (Status marked = m_session->habits().markCheckInDeleted(m_habitId, date, now); !marked)
                return marked;
        }
        return success();
    });
}

bool HabitDetail::saveHabit(const Habit &habit)
{
    return writeInTransaction(m_session, JournalSession::Habits, [&]() -> Status { return m_session->habits().save(habit); });
}

bool HabitDetail::setArchived(bool archived)
{
    if (!m_exists || archived == m_habit.archived)
        return false;
    Habit habit = m_habit;
    habit.archived = archived;
    habit.stamps.updatedAt = m_session->now();
    return saveHabit(habit);
}

bool HabitDetail::deleteHabit()
{
    if (!m_exists)
        return false;
    const bool ok = writeInTransaction(m_session, JournalSession::Habits | JournalSession::Reminders, [&]() -> Status {
        return mosaic::deleteHabit(m_session->connection(), m_session->habits(), m_habitId, m_session->now());
    });
    if (ok)
        Q_EMIT deleted();
    return ok;
}

QString HabitDetail::prepareWeeklyLetter()
{
    if (!m_exists)
        return {};
    const QDate today = m_session->today();
    const QDate monday = weekMonday(today);
    const QDate sunday = monday.addDays(6);
    QDate letterDate;
    const bool ok = writeInTransaction(m_session, JournalSession::Habits, [&]() -> Status {
        HabitHistory history(m_session->connection());
        auto week = history.checkInsBetween(m_habitId, monday, sunday);
        if (!week)
            return week.failure();
        // This week's letter is the week's latest live check-in; a week without one gets a done check-in today.
        std::optional<CheckIn> letter;
        for (const CheckIn &checkIn : *week) {
            if (!checkIn.isDeleted() && checkIn.date >= m_habit.startDate)
                letter = checkIn;
        }
        if (!letter) {
            auto todays = m_session->habits().findCheckIn(m_habitId, today);
            if (!todays)
                return todays.failure();
            letter = todays->value_or(CheckIn{});
            letter->habitId = m_habitId;
            letter->date = today;
            letter->status = CheckInStatus::Done;
            letter->value = 1;
            letter->deletedAt.reset();
            letter->updatedAt = m_session->now();
        }
        letterDate = letter->date;
        if (letter->note.trimmed().isEmpty()) {
            auto wins = history.winsBetween(monday, sunday);
            if (!wins)
                return wins.failure();
            auto habits = m_session->habits().allHabits(IncludeDeleted::No);
            if (!habits)
                return habits.failure();
            QList<HabitWithCheckIns> withCheckIns;
            for (const Habit &habit : *habits) {
                if (habit.archived || habit.ritual == Ritual::WeeklyLetter)
                    continue;
                auto checkIns = history.checkInsBetween(habit.stamps.id, monday, sunday);
                if (!checkIns)
                    return checkIns.failure();
                withCheckIns.append({habit, *checkIns});
            }
            letter->note = weeklyLetterText(today, *wins, keptRituals(withCheckIns, today), QLocale());
            letter->updatedAt = m_session->now();
        }
        return m_session->habits().save(*letter);
    });
    return ok ? letterDate.toString(Qt::ISODate) : QString();
}

} // namespace mosaic
