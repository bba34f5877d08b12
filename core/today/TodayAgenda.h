// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "incidents/Incident.h"
#include "strengths/Strength.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/// What the Today page shows, decided from values and the date or instant passed in (docs/ui-architecture.md, "Core holds the rules": the clock is a
/// parameter). TodayQueries reads the few rows these rules need.
namespace mosaic::Today {

/// The part of the day a greeting speaks to, by local wall-clock time: morning 05:00–11:59, afternoon 12:00–16:59,
/// evening 17:00–21:59, night otherwise.
enum class DayPart
{
    Morning,
    Afternoon,
    Evening,
    Night
};

DayPart dayPartAt(QTime localTime);

/// A ritual shown on Today, with how today (and, for per-week habits, this week) stands.
struct DueRitual
{
    Habit habit;
    /// A live check-in stands today (done or skipped).
    std::optional<CheckIn> today;
    bool doneToday = false; ///< Today has a live done check-in (whatever its value).
    bool skippedToday = false;
    bool targetMet = false; ///< Today's check-in completes the day (count habits: value ≥ goal).
    /// Per-week habits: the days of this ISO week, from the start date through today, that met the target.
    int doneThisWeek = 0;
    int timesPerWeek = 1; ///< Per-week habits: the week's `times` (1–7); 1 otherwise.
};

/// Whether `habit` is a ritual of `today`, and how it stands; nullopt when it is not shown today.
/// Archived, deleted and not yet started habits are never due. Daily habits are due every day, weekdays habits on
/// their listed ISO weekdays. A per-week habit is due while this week's successful days are fewer than `times`;
/// once the week is met it stays listed (as done) only when today itself has a done check-in.
/// `checkIns` are the habit's check-ins of today's ISO week (others and tombstones are ignored; any order).
std::optional<DueRitual> dueToday(const Habit &habit, const QList<CheckIn> &checkIns, QDate today);

/// dueToday() for each habit, in the order given. `checkIns` may mix habits.
QList<DueRitual> dueRituals(const QList<Habit> &habits, const QList<CheckIn> &checkIns, QDate today);

/// The Monday of the ISO week of `date`: check-ins from then through today are all dueToday() reads.
QDate weekStart(QDate date);

/// An open next step of a reflection.
struct OpenStep
{
    QString incidentId;
    QString incidentTitle;
    QDateTime occurredAt;
    NextStep step;
    /// Days from today to the due date (negative: overdue); nullopt without a due date.
    std::optional<qint64> daysUntilDue;
    bool overdue() const { return daysUntilDue && *daysUntilDue < 0; }
};

/// The next steps still to take: present, not done, of live incidents. Ordered gently: overdue ones first (the most
/// recently due first, so that an old forgotten step does not head the list), then by due date, then those without a
/// due date, newest reflection first. Incidents need only stamps, occurredAt, title and nextStep filled in.
QList<OpenStep> openNextSteps(const QList<Incident> &incidents, QDate today);

/// A planned exposure whose time has come (occurredAt ≤ now) and that has neither an outcome nor an actual anxiety
/// yet: Today asks how it went. Live incidents of kind exposure only.
bool needsFollowUp(const Incident &incident, const QDateTime &now);

/// The incidents needing a follow-up, the most recent first.
QList<Incident> exposureFollowUps(const QList<Incident> &incidents, const QDateTime &now);

/// The unfinished reflections to offer to continue, in the order given: a planned exposure waiting to hear how it went
/// is offered as a follow-up instead, so it is not listed twice.
QStringList draftsToOffer(const QStringList &draftIncidentIds, const QList<Incident> &followUps);

/// What kind of record an On This Day memory is.
enum class MemoryKind
{
    Incident,
    Win,
    CheckInNote
};

/// One record written on this calendar day in an earlier year.
struct Memory
{
    MemoryKind kind = MemoryKind::Incident;
    QString id; ///< The incident's or win's id; the habit's id for a check-in note.
    QDate date; ///< The record's local calendar date.
    QString title; ///< The incident's title, or the habit's name for a check-in note; empty for a win.
    QString text; ///< An excerpt: the situation, the win, the note.
    int yearsAgo = 0;
};

/// Whether a record of `date` belongs on today's On This Day: same month and day, in an earlier year. On 28 February
/// of a year without a 29th, the 29ths of earlier leap years come back too, so that they are not skipped for years.
bool isOnThisDay(QDate date, QDate today);

/// The month-days ("MM-DD") whose records can be on today's On This Day, for a first cut in SQL: today's, and
/// "02-29" on 28 February of a common year.
QStringList onThisDayMonthDays(QDate today);

/// The memories among `candidates` that are on this day (isOnThisDay), with yearsAgo filled in, the most recent year
/// first, then incidents, wins, notes, then by id.
QList<Memory> onThisDay(const QList<Memory> &candidates, QDate today);

/// What Today holds up to remember: the mission statement or one of the strengths.
struct WorthNote
{
    enum class Kind
    {
        Mission,
        Strength
    };
    Kind kind = Kind::Mission;
    QString strengthId; ///< Strength only.
    QString title; ///< The strength's name; empty for the mission.
    QString text; ///< The mission, or the strength's description.
};

/// Rotates through the mission (when written) and the live, unarchived strengths, one a day: the same all day, the
/// next one tomorrow. nullopt when there is neither.
std::optional<WorthNote> worthNoteFor(const QString &mission, const QList<Strength> &strengths, QDate today);

/// The first `maxWords` words of `text` on one line, with "…" when cut: the label of a reflection without a title.
QString firstWords(const QString &text, int maxWords);

} // namespace mosaic::Today
