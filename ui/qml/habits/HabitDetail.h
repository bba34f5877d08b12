// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "habits/Habit.h"
#include "habits/HabitPause.h"
#include "journal/JournalSession.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace mosaic {

/// One habit in full, for the Habits page: how it stands (today, streaks, strength), its last 53 weeks as heatmap
/// cells (core's habitDays), its pauses, and the actions on it: check-ins for today, pause and resume, archive,
/// delete, and this week's letter for the weekly-letter ritual.
class HabitDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString habitId READ habitId WRITE setHabitId NOTIFY habitIdChanged)
    /// False when habitId names no live habit.
    Q_PROPERTY(bool exists READ exists NOTIFY loaded)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString prompt READ prompt NOTIFY loaded)
    Q_PROPERTY(QString ritual READ ritual NOTIFY loaded)
    Q_PROPERTY(QString color READ color NOTIFY loaded)
    Q_PROPERTY(bool archived READ archived NOTIFY loaded)
    Q_PROPERTY(bool isCount READ isCount NOTIFY loaded)
    Q_PROPERTY(double goal READ goal NOTIFY loaded)
    Q_PROPERTY(QString unit READ unit NOTIFY loaded)
    Q_PROPERTY(QString scheduleText READ scheduleText NOTIFY loaded)
    Q_PROPERTY(QString targetText READ targetText NOTIFY loaded)
    Q_PROPERTY(QString startText READ startText NOTIFY loaded)
    Q_PROPERTY(bool isWeeklyLetter READ isWeeklyLetter NOTIFY loaded)
    /// Today and six days on, "YYYY-MM-DD": the pause form's first suggestion.
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY loaded)
    Q_PROPERTY(QString weekOnIso READ weekOnIso NOTIFY loaded)
    /// "done", "partial", "skipped", "open" or "rest" (see HabitTexts::todayState).
    Q_PROPERTY(QString todayState READ todayState NOTIFY loaded)
    Q_PROPERTY(double todayValue READ todayValue NOTIFY loaded)
    Q_PROPERTY(int currentStreak READ currentStreak NOTIFY loaded)
    Q_PROPERTY(int bestStreak READ bestStreak NOTIFY loaded)
    Q_PROPERTY(QString streakText READ streakText NOTIFY loaded)
    Q_PROPERTY(QString bestText READ bestText NOTIFY loaded)
    Q_PROPERTY(int strength READ strength NOTIFY loaded)
    /// The heatmap: `weeks` columns of 7 cells (Monday first), oldest week first, each
    /// {date, state, value, week, weekday, label}; state is one of "before", "rest", "done", "partial", "skipped",
    /// "paused", "missed", "open", "future".
    Q_PROPERTY(QVariantList cells READ cells NOTIFY loaded)
    Q_PROPERTY(int weeks READ weeks CONSTANT)
    /// Month names over the heatmap: [{week, text}] at the first week of each month.
    Q_PROPERTY(QVariantList monthLabels READ monthLabels NOTIFY loaded)
    /// The habit's pauses: [{first, last, text, days}], oldest first.
    Q_PROPERTY(QVariantList pauses READ pauses NOTIFY loaded)
    /// Why the last pause() did not happen; empty after one that did.
    Q_PROPERTY(QString pauseError READ pauseError NOTIFY pauseErrorChanged)
    /// Counts the reloads, for bindings over hasCheckIn() and cellState().
    Q_PROPERTY(int revision READ revision NOTIFY loaded)

public:
    static constexpr int kWeeks = 53;

    explicit HabitDetail(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString habitId() const { return m_habitId; }
    void setHabitId(const QString &habitId);

    bool exists() const { return m_exists; }
    QString name() const { return m_habit.name; }
    QString prompt() const { return m_habit.prompt; }
    QString ritual() const;
    QString color() const { return m_habit.color; }
    bool archived() const { return m_habit.archived; }
    bool isCount() const { return m_habit.target.type == TargetType::Count; }
    double goal() const { return m_habit.target.goal; }
    QString unit() const { return m_habit.target.unit; }
    QString scheduleText() const;
    QString targetText() const;
    QString startText() const;
    bool isWeeklyLetter() const { return m_habit.ritual == Ritual::WeeklyLetter; }
    QDate today() const { return m_today; }
    QString todayIso() const { return m_today.toString(Qt::ISODate); }
    QString weekOnIso() const { return m_today.addDays(6).toString(Qt::ISODate); }
    QString todayState() const { return m_todayState; }
    double todayValue() const { return m_todayValue; }
    int currentStreak() const { return m_current; }
    int bestStreak() const { return m_best; }
    QString streakText() const { return m_streakText; }
    QString bestText() const { return m_bestText; }
    int strength() const { return m_strength; }
    QVariantList cells() const { return m_cells; }
    int weeks() const { return kWeeks; }
    QVariantList monthLabels() const { return m_monthLabels; }
    QVariantList pauses() const;
    QString pauseError() const { return m_pauseError; }
    int revision() const { return m_revision; }

    /// The heatmap state of `date` ("YYYY-MM-DD", see `cells`), "" outside the heatmap.
    Q_INVOKABLE QString cellState(const QString &date) const;
    /// `date` ("YYYY-MM-DD") written out in full for the person, e.g. "Friday 20 November 2026".
    Q_INVOKABLE QString dateText(const QString &date) const;

    Q_INVOKABLE bool checkToday(double value);
    Q_INVOKABLE bool skipToday();
    Q_INVOKABLE bool undoToday();
    /// Pauses the habit from `first` through `last` ("YYYY-MM-DD"): skipped check-ins on the free period days, so
    /// the streak is kept (core's HabitPause). False with pauseError set when the range is wrong or holds no
    /// period day without a check-in.
    Q_INVOKABLE bool pause(const QString &first, const QString &last);
    /// Ends pause number `index` of `pauses`: removes its check-ins that were not changed since.
    Q_INVOKABLE bool resume(int index);
    Q_INVOKABLE bool setArchived(bool archived);
    /// Deletes the habit with its check-ins and reminders (tombstones, one transaction).
    Q_INVOKABLE bool deleteHabit();
    /// For the weekly letter: the date ("YYYY-MM-DD") of this week's check-in, created today (done) when the week
    /// has none, its note filled with core's WeeklyLetter text when empty. Empty when it failed.
    Q_INVOKABLE QString prepareWeeklyLetter();
    /// Whether a live check-in stands on `date` ("YYYY-MM-DD"; a note can be written on it).
    Q_INVOKABLE bool hasCheckIn(const QString &date) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void habitIdChanged();
    void loaded();
    void pauseErrorChanged();
    /// The habit was deleted.
    void deleted();

private:
    void setPauseError(const QString &message);
    bool saveHabit(const Habit &habit);

    QPointer<JournalSession> m_session;
    QString m_habitId;
    bool m_exists = false;
    Habit m_habit;
    QDate m_today;
    QString m_todayState;
    double m_todayValue = 0;
    int m_current = 0;
    int m_best = 0;
    QString m_streakText;
    QString m_bestText;
    int m_strength = 0;
    QVariantList m_cells;
    QVariantList m_monthLabels;
    QList<HabitPauseRange> m_pauses;
    QList<QDate> m_liveDates; ///< Dates of live check-ins in the heatmap's range.
    QString m_pauseError;
    int m_revision = 0;
};

} // namespace mosaic
