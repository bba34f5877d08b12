// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>

namespace mosaic {

/// One month of the journal's calendar: six weeks of days from Monday, each with how many entries (reflections,
/// wins, ritual notes) it has. One aggregated query per month shown.
class CalendarModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// "YYYY-MM": the month shown; the month of session.today to begin with.
    Q_PROPERTY(QString month READ month WRITE setMonth NOTIFY monthChanged)
    /// "November 2026".
    Q_PROPERTY(QString title READ title NOTIFY monthChanged)
    /// Days of the month shown that have entries.
    Q_PROPERTY(int daysWithEntries READ daysWithEntries NOTIFY countsChanged)
    /// "Mon" … "Sun", the columns.
    Q_PROPERTY(QStringList weekdayNames READ weekdayNames CONSTANT)

public:
    enum Role
    {
        DateRole = Qt::UserRole + 1, ///< "YYYY-MM-DD".
        DayRole, ///< Day of the month.
        InMonthRole, ///< False for the days of the neighbouring months that fill the weeks.
        EntriesRole, ///< How many entries that day has.
        IsTodayRole,
        AccessibleRole, ///< "Saturday 14 November 2026, 2 entries".
    };
    Q_ENUM(Role)

    explicit CalendarModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString month() const;
    /// "YYYY-MM" or "YYYY-MM-DD".
    void setMonth(const QString &month);
    void showMonth(QDate date);
    QString title() const;
    int daysWithEntries() const;
    QStringList weekdayNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void nextMonth() { showMonth(m_first.addMonths(1)); }
    Q_INVOKABLE void previousMonth() { showMonth(m_first.addMonths(-1)); }
    /// How many entries `date` has (0 outside the weeks shown).
    Q_INVOKABLE int entriesOn(const QString &date) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void monthChanged();
    void countsChanged();

private:
    QDate firstShown() const;

    QPointer<JournalSession> m_session;
    QDate m_first; ///< The first of the month shown.
    QHash<QDate, int> m_counts;
};

} // namespace mosaic
