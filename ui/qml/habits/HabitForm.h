// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace mosaic {

/// The state of the habit form, to add a habit (blank or from a ritual preset) or edit one: name, prompt, ritual,
/// schedule (daily, weekdays with days, per-week with times), target (check, or count with goal and unit), start
/// date and colour. save() checks it with core's validateHabit and writes nothing while a field has a problem; the
/// problems are in the *Error properties, written for the person.
class HabitForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The habit being edited; empty while adding one.
    Q_PROPERTY(QString habitId READ habitId NOTIFY changed)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString prompt MEMBER m_prompt NOTIFY changed)
    /// An interchange ritual name ("gratitude", "custom", …).
    Q_PROPERTY(QString ritual MEMBER m_ritual NOTIFY changed)
    /// "daily", "weekdays" or "per-week".
    Q_PROPERTY(QString scheduleType MEMBER m_scheduleType NOTIFY changed)
    /// ISO weekdays (1 = Monday) of a weekdays schedule.
    Q_PROPERTY(QVariantList days READ days WRITE setDays NOTIFY changed)
    Q_PROPERTY(int times MEMBER m_times NOTIFY changed)
    /// "check" or "count".
    Q_PROPERTY(QString targetType MEMBER m_targetType NOTIFY changed)
    Q_PROPERTY(double goal MEMBER m_goal NOTIFY changed)
    Q_PROPERTY(QString unit MEMBER m_unit NOTIFY changed)
    /// "YYYY-MM-DD".
    Q_PROPERTY(QString startDate MEMBER m_startDate NOTIFY changed)
    /// "#rrggbb" or empty.
    Q_PROPERTY(QString color MEMBER m_color NOTIFY changed)
    Q_PROPERTY(QString nameError READ nameError NOTIFY errorsChanged)
    Q_PROPERTY(QString scheduleError READ scheduleError NOTIFY errorsChanged)
    Q_PROPERTY(QString targetError READ targetError NOTIFY errorsChanged)
    Q_PROPERTY(QString startDateError READ startDateError NOTIFY errorsChanged)
    Q_PROPERTY(QString colorError READ colorError NOTIFY errorsChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY errorsChanged)
    /// The seven ritual presets: [{ritual, name, prompt, scheduleText, targetText}].
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    /// The kinds of ritual to choose from, a person's own first: [{value, text}] (the words are core/vocabulary's).
    Q_PROPERTY(QVariantList ritualChoices READ ritualChoices CONSTANT)

public:
    explicit HabitForm(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString habitId() const { return m_habitId; }
    static QVariantList ritualChoices();
    QVariantList days() const;
    void setDays(const QVariantList &days);
    QString nameError() const { return m_errors.value(0); }
    QString scheduleError() const { return m_errors.value(1); }
    QString targetError() const { return m_errors.value(2); }
    QString startDateError() const { return m_errors.value(3); }
    QString colorError() const { return m_errors.value(4); }
    bool hasErrors() const;
    QVariantList presets() const;

    /// A blank custom habit starting today.
    Q_INVOKABLE void startNew();
    /// A new habit from the preset of `ritual`, starting today.
    Q_INVOKABLE void startFromPreset(const QString &ritual);
    /// The habit with `habitId`, to edit; false when there is none.
    Q_INVOKABLE bool edit(const QString &habitId);
    /// Adds or removes `day` (1–7) of a weekdays schedule.
    Q_INVOKABLE void toggleDay(int day);
    Q_INVOKABLE bool hasDay(int day) const { return m_days.contains(day); }
    /// Checks the form and, when every field is fine, saves the habit in one transaction. The saved habit's id,
    /// or empty (with the problems shown) when nothing was saved.
    Q_INVOKABLE QString save();

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void errorsChanged();

private:
    void clearErrors();

    QPointer<JournalSession> m_session;
    QString m_habitId;
    QString m_name;
    QString m_prompt;
    QString m_ritual = QStringLiteral("custom");
    QString m_scheduleType = QStringLiteral("daily");
    QList<int> m_days;
    int m_times = 1;
    QString m_targetType = QStringLiteral("check");
    double m_goal = 1;
    QString m_unit;
    QString m_startDate;
    QString m_color;
    QStringList m_errors; ///< By HabitField: name, schedule, target, start date, colour.
};

} // namespace mosaic
