// SPDX-License-Identifier: GPL-3.0-or-later
#include "habits/HabitNotesModel.h"

#include "common/EnumNames.h"
#include "habits/HabitHistory.h"
#include "journal/JournalSession.h"

#include <QLocale>

namespace mosaic {

HabitNotesModel::HabitNotesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void HabitNotesModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Habits, [this] { reload(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    reload();
}

void HabitNotesModel::setHabitId(const QString &habitId)
{
    if (habitId == m_habitId)
        return;
    m_habitId = habitId;
    Q_EMIT habitIdChanged();
    reload();
}

void HabitNotesModel::reload()
{
    // As many notes as were shown stay shown (at least one page), so a save does not fold the timeline up.
    const int shown = std::max<int>(kPageSize, static_cast<int>(m_notes.size()));
    QList<CheckIn> notes;
    int total = 0;
    if (m_session && m_session->isOpen() && !m_habitId.isEmpty()) {
        HabitHistory history(m_session->connection());
        auto count = history.noteCount(m_habitId);
        auto page = history.notesPage(m_habitId, shown, 0);
        if (!count || !page) {
            m_session->reportFailure(!count ? count.failure() : page.failure());
        } else {
            total = *count;
            notes = *page;
        }
    }
    beginResetModel();
    m_notes = notes;
    m_total = total;
    endResetModel();
    Q_EMIT countChanged();
}

int HabitNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

QVariant HabitNotesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_notes.size())
        return {};
    const CheckIn &checkIn = m_notes[index.row()];
    switch (role) {
    case DateRole:
        return checkIn.date.toString(Qt::ISODate);
    case DateTextRole:
        //: A QDate format (d day, ddd/dddd weekday, MMM/MMMM month name, yyyy year); order and punctuate it for your language.
        return QLocale().toString(checkIn.date, tr("ddd d MMMM yyyy", "date format"));
    case Qt::DisplayRole:
    case NoteRole:
        return checkIn.note;
    case StatusRole:
        return enumName(checkIn.status);
    case ValueRole:
        return checkIn.value;
    }
    return {};
}

QHash<int, QByteArray> HabitNotesModel::roleNames() const
{
    return {{DateRole, "date"}, {DateTextRole, "dateText"}, {NoteRole, "note"}, {StatusRole, "status"}, {ValueRole, "value"}};
}

bool HabitNotesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_notes.size() < m_total;
}

void HabitNotesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_session || !m_session->isOpen())
        return;
    HabitHistory history(m_session->connection());
    auto page = history.notesPage(m_habitId, kPageSize, static_cast<int>(m_notes.size()));
    if (!page) {
        m_session->reportFailure(page.failure());
        return;
    }
    if (page->isEmpty()) {
        m_total = static_cast<int>(m_notes.size());
        Q_EMIT countChanged();
        return;
    }
    const int first = static_cast<int>(m_notes.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_notes += *page;
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace mosaic
