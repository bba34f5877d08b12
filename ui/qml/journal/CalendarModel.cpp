// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/CalendarModel.h"

#include "common/TimeFormat.h"
#include "journal/CalendarQueries.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"

#include <QLocale>
#include <QTimeZone>

namespace mosaic {

namespace {

constexpr int kDaysShown = 42;

} // namespace

CalendarModel::CalendarModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CalendarModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        m_session->follow(
            this, JournalSession::Incidents | JournalSession::Strengths | JournalSession::Habits, [this] { reload(); }, JournalSession::OnlyOnChanges);
        connect(m_session, &JournalSession::todayChanged, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1), {IsTodayRole});
        });
        connect(m_session, &JournalSession::openChanged, this, &CalendarModel::reload);
        if (!m_first.isValid()) {
            const QDate today = m_session->today();
            beginResetModel();
            m_first = QDate(today.year(), today.month(), 1);
            endResetModel();
            Q_EMIT monthChanged();
        }
    }
    Q_EMIT sessionChanged();
    reload();
}

QString CalendarModel::month() const
{
    return m_first.isValid() ? TimeFormat::formatDate(m_first).left(7) : QString();
}

void CalendarModel::setMonth(const QString &month)
{
    showMonth(TimeFormat::parseDate(month.size() == 7 ? month + QStringLiteral("-01") : month).value_or(QDate()));
}

int CalendarModel::entriesOn(const QString &date) const
{
    return m_counts.value(TimeFormat::parseDate(date).value_or(QDate()));
}

void CalendarModel::showMonth(QDate date)
{
    if (!date.isValid())
        return;
    const QDate first(date.year(), date.month(), 1);
    if (first == m_first)
        return;
    beginResetModel();
    m_first = first;
    endResetModel();
    Q_EMIT monthChanged();
    reload();
}

QString CalendarModel::title() const
{
    return m_first.isValid() ? journal::monthHeading(m_first) : QString();
}

int CalendarModel::daysWithEntries() const
{
    int days = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > 0 && it.key().year() == m_first.year() && it.key().month() == m_first.month())
            ++days;
    }
    return days;
}

QStringList CalendarModel::weekdayNames() const
{
    QStringList names;
    for (int day = 1; day <= 7; ++day)
        names.append(QLocale().standaloneDayName(day, QLocale::ShortFormat));
    return names;
}

QDate CalendarModel::firstShown() const
{
    return m_first.isValid() ? m_first.addDays(1 - m_first.dayOfWeek()) : QDate();
}

void CalendarModel::reload()
{
    QHash<QDate, int> counts;
    const QDate from = firstShown();
    if (m_session && m_session->isOpen() && from.isValid()) {
        CalendarQueries queries(m_session->database());
        // Counted by local dates, as the timeline shows the entries.
        Result<QMap<QDate, int>> read = queries.entriesPerDay(from, from.addDays(kDaysShown), QTimeZone::systemTimeZone());
        if (!read) {
            m_session->reportFailure(read.failure());
        } else {
            for (auto it = read->cbegin(); it != read->cend(); ++it)
                counts.insert(it.key(), it.value());
        }
    }
    m_counts = std::move(counts);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {EntriesRole, AccessibleRole});
    Q_EMIT countsChanged();
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_first.isValid() ? 0 : kDaysShown;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = firstShown().addDays(index.row());
    switch (role) {
    case DateRole:
        return TimeFormat::formatDate(date);
    case DayRole:
    case Qt::DisplayRole:
        return date.day();
    case InMonthRole:
        return date.month() == m_first.month();
    case EntriesRole:
        return m_counts.value(date);
    case IsTodayRole:
        return m_session && date == m_session->today();
    case AccessibleRole: {
        const int entries = m_counts.value(date);
        return entries == 0 ? journal::longDate(date) : tr("%1, %n entries", nullptr, entries).arg(journal::longDate(date));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarModel::roleNames() const
{
    return {{DateRole, "date"},       {DayRole, "day"},         {InMonthRole, "inMonth"},
            {EntriesRole, "entries"}, {IsTodayRole, "isToday"}, {AccessibleRole, "accessibleText"}};
}

} // namespace mosaic
