// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/TimelineModel.h"

#include "common/TimeFormat.h"
#include "journal/JournalLabels.h"
#include "session/JournalSession.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace mosaic {

namespace {

constexpr int kIncidentType = 0;
constexpr int kWinType = 1;
constexpr int kCheckInType = 2;
// A reload keeps what was shown (so the list does not jump back to the top), up to this many rows.
constexpr int kMostRowsKeptOnReload = 600;
// Only the opening of a text is read: a row shows one line.
constexpr int kExcerptCharacters = 240;

QString entryTypeName(int typeOrder)
{
    switch (typeOrder) {
    case kIncidentType:
        return QStringLiteral("incident");
    case kWinType:
        return QStringLiteral("win");
    default:
        return QStringLiteral("checkIn");
    }
}

// The first line with words in it, without Markdown's leading marks ("# ", "> ", "- ").
QString firstLine(const QString &text)
{
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        while (!line.isEmpty() && (line.front() == u'#' || line.front() == u'>' || line.front() == u'-' || line.front() == u'*' || line.front() == u' '))
            line = line.sliced(1);
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}

/// One SELECT of the timeline's compound query, and the values its placeholders take, in order.
struct Arm
{
    QString sql;
    QVariantList values;
};

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
    setFilter(m_kind, kind);
}

void TimelineModel::setCircleId(const QString &circleId)
{
    setFilter(m_circleId, circleId);
}

void TimelineModel::setPersonId(const QString &personId)
{
    setFilter(m_personId, personId);
}

void TimelineModel::setTag(const QString &tag)
{
    setFilter(m_tag, tag);
}

void TimelineModel::setDistortion(const QString &distortion)
{
    setFilter(m_distortion, distortion);
}

QString TimelineModel::day() const
{
    return m_day.isValid() ? TimeFormat::formatDate(m_day) : QString();
}

void TimelineModel::setDay(const QString &text)
{
    const QDate day = TimeFormat::parseDate(text).value_or(QDate());
    if (day == m_day)
        return;
    m_day = day;
    Q_EMIT filtersChanged();
    m_restart = true;
    scheduleReload();
}

bool TimelineModel::filtered() const
{
    return !m_kind.isEmpty() || !m_circleId.isEmpty() || !m_personId.isEmpty() || !m_tag.isEmpty() || !m_distortion.isEmpty() || m_day.isValid();
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
    m_kind.clear();
    m_circleId.clear();
    m_personId.clear();
    m_tag.clear();
    m_distortion.clear();
    m_day = QDate();
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
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case EntryTypeRole:
        return entryTypeName(row.typeOrder);
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
        switch (row.typeOrder) {
        case kIncidentType:
            return journal::incidentKindLabel(row.kind);
        case kWinType:
            return journal::winKindLabel(row.kind);
        default:
            return tr("Ritual note");
        }
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
    QList<Row> arrived;
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
bool TimelineModel::readPage(const Row *after, QList<Row> &into)
{
    const bool afterLast = after != nullptr;
    const Row last = afterLast ? *after : Row{};
    const bool reflectionFilter = !m_circleId.isEmpty() || !m_personId.isEmpty() || !m_tag.isEmpty() || !m_distortion.isEmpty();
    const bool kindIsIncident = !m_kind.isEmpty() && m_kind != u"win" && m_kind != u"note";
    const bool wantIncidents = m_kind.isEmpty() || kindIsIncident;
    const bool wantWins = !reflectionFilter && (m_kind.isEmpty() || m_kind == u"win");
    const bool wantNotes = !reflectionFilter && (m_kind.isEmpty() || m_kind == u"note");

    // Keyset: rows strictly after the last one shown in (sort key, type, id) descending order. The plain `<=` on the
    // sort key lets SQLite seek its index; the row value orders the ties.
    const auto keyset = [&](Arm &arm, const QString &keyColumn, int typeOrder, const QString &idColumn) {
        if (!afterLast)
            return;
        arm.sql += QStringLiteral(" AND %1 <= ? AND (%1, %2, %3) < (?, ?, ?)").arg(keyColumn).arg(typeOrder).arg(idColumn);
        arm.values << last.sortKey << last.sortKey << last.typeOrder << last.id;
    };

    // `+deleted_at` keeps SQLite from reading by the tombstone index and sorting every row: read in time order by the
    // time index instead, and stop after a page (about 1 ms a page on a journal of 20,000 reflections, not 100).
    QList<Arm> arms;
    if (wantIncidents) {
        Arm arm{QStringLiteral("SELECT occurred_at, %1, id, title, substr(situation, 1, %2), kind FROM incidents WHERE +deleted_at IS NULL")
                    .arg(kIncidentType)
                    .arg(kExcerptCharacters),
                {}};
        if (kindIsIncident) {
            arm.sql += QStringLiteral(" AND kind = ?");
            arm.values << m_kind;
        }
        if (!m_circleId.isEmpty()) {
            arm.sql += QStringLiteral(" AND circle_id = ?");
            arm.values << m_circleId;
        }
        const auto listHas = [&](const QString &column, const QString &value) {
            if (value.isEmpty())
                return;
            arm.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)").arg(column);
            arm.values << value;
        };
        listHas(QStringLiteral("person_ids_json"), m_personId);
        listHas(QStringLiteral("tags_json"), m_tag);
        // A distortion the person named is kept as the tag "distortion:NAME".
        listHas(m_distortion.startsWith(u"distortion:") ? QStringLiteral("tags_json") : QStringLiteral("distortions_json"), m_distortion);
        if (m_day.isValid()) {
            // The local day, as UTC instants: the journal stores instants in UTC.
            arm.sql += QStringLiteral(" AND occurred_at >= ? AND occurred_at < ?");
            arm.values << TimeFormat::storageInstant(QDateTime(m_day, QTime(0, 0)).toUTC())
                       << TimeFormat::storageInstant(QDateTime(m_day.addDays(1), QTime(0, 0)).toUTC());
        }
        keyset(arm, QStringLiteral("occurred_at"), kIncidentType, QStringLiteral("id"));
        arms.append(arm);
    }
    if (wantWins) {
        Arm arm{QStringLiteral("SELECT date, %1, id, '', substr(text, 1, %2), kind FROM wins WHERE +deleted_at IS NULL").arg(kWinType).arg(kExcerptCharacters),
                {}};
        if (m_day.isValid()) {
            arm.sql += QStringLiteral(" AND date = ?");
            arm.values << TimeFormat::formatDate(m_day);
        }
        keyset(arm, QStringLiteral("date"), kWinType, QStringLiteral("id"));
        arms.append(arm);
    }
    if (wantNotes) {
        Arm arm{QStringLiteral("SELECT c.date, %1, c.habit_id || '/' || c.date, h.name, substr(c.note, 1, %2), '' FROM check_ins c"
                               " JOIN habits h ON h.id = c.habit_id WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND c.note <> ''")
                    .arg(kCheckInType)
                    .arg(kExcerptCharacters),
                {}};
        if (m_day.isValid()) {
            arm.sql += QStringLiteral(" AND c.date = ?");
            arm.values << TimeFormat::formatDate(m_day);
        }
        keyset(arm, QStringLiteral("c.date"), kCheckInType, QStringLiteral("c.habit_id || '/' || c.date"));
        arms.append(arm);
    }
    if (arms.isEmpty()) {
        m_atEnd = true;
        return true;
    }

    QStringList selects;
    QVariantList values;
    for (const Arm &arm : std::as_const(arms)) {
        selects.append(arm.sql);
        values.append(arm.values);
    }
    QSqlQuery query(m_session->database().connection());
    query.setForwardOnly(true);
    query.prepare(selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(m_pageSize);
    if (!query.exec()) {
        m_atEnd = true;
        m_session->reportFailure(sqlFailure(query.lastError(), tr("Reading the journal's timeline")));
        return false;
    }
    int read = 0;
    while (query.next()) {
        Row row;
        row.sortKey = query.value(0).toString();
        row.typeOrder = query.value(1).toInt();
        row.id = query.value(2).toString();
        row.title = query.value(3).toString();
        row.excerpt = firstLine(query.value(4).toString());
        row.kind = query.value(5).toString();
        if (row.typeOrder == kIncidentType)
            row.date = TimeFormat::parseInstant(row.sortKey).value_or(QDateTime()).toLocalTime().date();
        else
            row.date = TimeFormat::parseDate(row.sortKey).value_or(QDate());
        into.append(std::move(row));
        ++read;
    }
    m_atEnd = read < m_pageSize;
    return true;
}

} // namespace mosaic
