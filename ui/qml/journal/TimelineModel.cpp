// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/TimelineModel.h"

#include "common/TimeFormat.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"

#include <QTimeZone>

#include <algorithm>

namespace mosaic {

namespace {

// A reload keeps what was shown (so the list does not jump back to the top), up to this many rows.
constexpr int kMostRowsKeptOnReload = 600;

QString entryTypeName(TimelineEntry::Type type)
{
    switch (type) {
    case TimelineEntry::Type::Incident:
        return QStringLiteral("incident");
    case TimelineEntry::Type::Win:
        return QStringLiteral("win");
    case TimelineEntry::Type::CheckIn:
        break;
    }
    return QStringLiteral("checkIn");
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TimelineModel::~TimelineModel() = default;

void TimelineModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Incidents | JournalSession::Strengths | JournalSession::Habits, [this] { scheduleReload(); }, JournalSession::AtMidnight);
    Q_EMIT sessionChanged();
    reload();
}

void TimelineModel::setFilter(QString &member, const QString &value)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT filtersChanged();
    m_restart = true;
    scheduleReload();
}

void TimelineModel::setKind(const QString &kind)
{
    setFilter(m_filter.kind, kind);
}

void TimelineModel::setCircleId(const QString &circleId)
{
    setFilter(m_filter.circleId, circleId);
}

void TimelineModel::setPersonId(const QString &personId)
{
    setFilter(m_filter.personId, personId);
}

void TimelineModel::setTag(const QString &tag)
{
    setFilter(m_filter.tag, tag);
}

void TimelineModel::setDistortion(const QString &distortion)
{
    setFilter(m_filter.distortion, distortion);
}

QString TimelineModel::day() const
{
    return m_filter.day.isValid() ? TimeFormat::formatDate(m_filter.day) : QString();
}

void TimelineModel::setDay(const QString &text)
{
    const QDate day = TimeFormat::parseDate(text).value_or(QDate());
    if (day == m_filter.day)
        return;
    m_filter.day = day;
    Q_EMIT filtersChanged();
    m_restart = true;
    scheduleReload();
}

bool TimelineModel::filtered() const
{
    return !m_filter.kind.isEmpty() || m_filter.narrowsToReflections() || m_filter.day.isValid();
}

void TimelineModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void TimelineModel::clearFilters()
{
    const bool was = filtered();
    m_filter = {};
    if (was) {
        Q_EMIT filtersChanged();
        m_restart = true;
        scheduleReload();
    }
}

void TimelineModel::scheduleReload()
{
    // Several filters often change together (clearFilters, a chosen day): one reload after them all.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(this, &TimelineModel::reload, Qt::QueuedConnection);
}

void TimelineModel::reload()
{
    m_reloadPending = false;
    // Other filters show other rows: start again from the first page.
    const int keep = m_restart ? m_pageSize : std::clamp(int(m_rows.size()), m_pageSize, kMostRowsKeptOnReload);
    m_restart = false;
    const int oldCount = count();
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_session || !m_session->isOpen();
    while (!m_atEnd && m_rows.size() < keep) {
        if (!readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_rows))
            break;
    }
    endResetModel();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &row = m_rows.at(index.row());
    switch (role) {
    case EntryTypeRole:
        return entryTypeName(row.type);
    case EntryIdRole:
        return row.id;
    case TitleRole:
    case Qt::DisplayRole:
        return row.title;
    case ExcerptRole:
        return row.excerpt;
    case KindRole:
        return row.kind;
    case KindLabelRole:
        switch (row.type) {
        case TimelineEntry::Type::Incident:
            return journal::incidentKindLabel(row.kind);
        case TimelineEntry::Type::Win:
            return journal::winKindLabel(row.kind);
        case TimelineEntry::Type::CheckIn:
            break;
        }
        return tr("Ritual note");
    case DateRole:
        return TimeFormat::formatDate(row.date);
    case DateTextRole:
        return journal::shortDate(row.date);
    case MonthRole:
        return journal::monthHeading(row.date);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {EntryTypeRole, "entryType"}, {EntryIdRole, "entryId"}, {TitleRole, "title"},       {ExcerptRole, "excerpt"}, {KindRole, "kind"},
        {KindLabelRole, "kindLabel"}, {DateRole, "date"},       {DateTextRole, "dateText"}, {MonthRole, "month"},
    };
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const int before = count();
    // The rows are read first, then announced: beginInsertRows needs to know how many arrived.
    QList<TimelineEntry> arrived;
    if (!readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), arrived))
        return;
    if (arrived.isEmpty())
        return;
    beginInsertRows({}, before, before + int(arrived.size()) - 1);
    m_rows.append(arrived);
    endInsertRows();
    Q_EMIT countChanged();
}

int TimelineModel::indexOf(const QString &entryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == entryId)
            return int(i);
    }
    return -1;
}

QVariant TimelineModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= count())
        return map;
    const QModelIndex at = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(at, it.key()));
    return map;
}

// Appends the page after `after` (nullptr: the first page) to `into`; false on failure, which the session shows.
bool TimelineModel::readPage(const TimelineEntry *after, QList<TimelineEntry> &into)
{
    TimelineQueries queries(m_session->database());
    // Days are the computer's local days, as the calendar shows them.
    Result<QList<TimelineEntry>> page = queries.page(m_filter, after, m_pageSize, QTimeZone::systemTimeZone());
    if (!page) {
        m_atEnd = true;
        m_session->reportFailure(page.failure());
        return false;
    }
    m_atEnd = page->size() < m_pageSize;
    into.append(std::move(*page));
    return true;
}

} // namespace mosaic
