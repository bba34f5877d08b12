// SPDX-License-Identifier: GPL-3.0-or-later
#include "circles/ContactLogModel.h"

#include "circles/CircleActions.h"
#include "journal/JournalSession.h"

#include <QLocale>

#include <algorithm>

namespace mosaic {

ContactLogModel::ContactLogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ContactLogModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Circles, [this] { reload(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    reload();
}

void ContactLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    if (m_session && m_session->isOpen()) {
        // Prepared per read, not kept: a statement held open would outlive the connection when the journal changes.
        ContactLog log(m_session->database());
        Result<int> total = log.count();
        Result<QList<ContactLogEntry>> first = log.page(0, kPageSize);
        if (total && first) {
            m_total = *total;
            m_entries = std::move(*first);
        } else {
            m_session->reportFailure(!total ? total.failure() : first.failure());
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged();
}

int ContactLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ContactLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ContactLogEntry &entry = m_entries[index.row()];
    switch (role) {
    case IdRole:
        return entry.contact.stamps.id;
    case DateRole:
        return entry.contact.date;
    case DateTextRole:
        return QLocale().toString(entry.contact.date, QLocale::LongFormat);
    case PersonIdRole:
        return entry.contact.personId.value_or(QString());
    case PersonNameRole:
        return entry.personName;
    case CircleIdRole:
        return entry.contact.circleId.value_or(QString());
    case CircleNameRole:
        return entry.circleName;
    case WithTextRole:
        if (!entry.personName.isEmpty() && !entry.circleName.isEmpty())
            return tr("%1 (%2)").arg(entry.personName, entry.circleName);
        return entry.personName.isEmpty() ? entry.circleName : entry.personName;
    case QualityRole:
        return entry.contact.quality;
    case QualityTextRole:
        return qualityText(entry.contact.quality);
    case NoteRole:
        return entry.contact.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactLogModel::roleNames() const
{
    return {{IdRole, "contactId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {PersonIdRole, "personId"},
            {PersonNameRole, "personName"},
            {CircleIdRole, "circleId"},
            {CircleNameRole, "circleName"},
            {WithTextRole, "withText"},
            {QualityRole, "quality"},
            {QualityTextRole, "qualityText"},
            {NoteRole, "note"}};
}

bool ContactLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_session->isOpen() && m_entries.size() < m_total;
}

void ContactLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ContactLog log(m_session->database());
    Result<QList<ContactLogEntry>> next = log.page(static_cast<int>(m_entries.size()), kPageSize);
    if (!next) {
        if (m_session)
            m_session->reportFailure(next.failure());
        return;
    }
    if (next->isEmpty()) {
        m_total = static_cast<int>(m_entries.size());
        Q_EMIT totalCountChanged();
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(next->size()) - 1);
    m_entries.append(std::move(*next));
    endInsertRows();
    Q_EMIT totalCountChanged();
}

bool ContactLogModel::logContact(const QString &personId, const QString &circleId, const QString &date, int quality, const QString &note)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->write(JournalSession::Circles, [&]() -> Status {
        Result<QString> logged = mosaic::logContact(m_session->circles(), {personId, circleId, date, quality, note}, m_session->today(), m_session->now());
        return logged ? success() : Status(logged.failure());
    });
}

bool ContactLogModel::deleteContact(const QString &contactId)
{
    if (!m_session || !m_session->isOpen())
        return false;
    return m_session->write(JournalSession::Circles, [&] { return mosaic::deleteContact(m_session->circles(), contactId, m_session->now()); });
}

QString ContactLogModel::qualityText(int quality) const
{
    switch (std::clamp(quality, -2, 2)) {
    case -2:
        return tr("hard");
    case -1:
        return tr("a bit hard");
    case 0:
        return tr("ordinary");
    case 1:
        return tr("good");
    default:
        return tr("warm");
    }
}

} // namespace mosaic
