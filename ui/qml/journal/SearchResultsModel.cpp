// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/SearchResultsModel.h"

#include "common/TimeFormat.h"
#include "journal/JournalLabels.h"
#include "journal/JournalSession.h"

#include <QTimeZone>

namespace mosaic {

namespace {

constexpr QChar kStart = QChar(0x01);
constexpr QChar kEnd = QChar(0x02);

QString typeLabel(SearchRecordType type)
{
    switch (type) {
    case SearchRecordType::Incident:
        return SearchResultsModel::tr("Reflection");
    case SearchRecordType::Reframe:
        return SearchResultsModel::tr("Reframe");
    case SearchRecordType::Win:
        return SearchResultsModel::tr("Win");
    case SearchRecordType::Strength:
        return SearchResultsModel::tr("Strength");
    case SearchRecordType::CheckIn:
        return SearchResultsModel::tr("Ritual note");
    case SearchRecordType::Person:
        return SearchResultsModel::tr("Person");
    case SearchRecordType::Circle:
        return SearchResultsModel::tr("Circle");
    }
    return {};
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(220);
    connect(&m_timer, &QTimer::timeout, this, &SearchResultsModel::search);
}

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // What was written changed: the same query may find other things.
        m_session->follow(
            this, JournalSession::Everything,
            [this] {
                if (active())
                    m_timer.start();
            },
            JournalSession::OnlyOnChanges);
    }
    Q_EMIT sessionChanged();
    if (active())
        m_timer.start();
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_problem = checkSearchQueryLimits(m_query).value_or(QString());
    Q_EMIT queryChanged();
    if (active()) {
        setPending(true);
        m_timer.start();
    } else {
        m_timer.stop();
        setPending(false);
        if (!m_hits.isEmpty()) {
            beginResetModel();
            m_hits.clear();
            endResetModel();
            Q_EMIT resultsChanged();
        }
    }
}

bool SearchResultsModel::active() const
{
    return !toFtsQuery(m_query).isEmpty();
}

void SearchResultsModel::setHighlightColor(const QColor &color)
{
    if (color == m_highlightColor)
        return;
    m_highlightColor = color;
    Q_EMIT highlightColorChanged();
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {SnippetRole});
}

void SearchResultsModel::setDelay(int milliseconds)
{
    if (milliseconds == m_timer.interval())
        return;
    m_timer.setInterval(std::max(0, milliseconds));
    Q_EMIT delayChanged();
}

void SearchResultsModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = std::max(1, limit);
    Q_EMIT limitChanged();
}

void SearchResultsModel::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT pendingChanged();
}

void SearchResultsModel::search()
{
    m_timer.stop();
    QList<JournalSearchResult> hits;
    if (m_session && m_session->isOpen() && active()) {
        SearchOptions options;
        options.limit = m_limit;
        options.highlightStart = QString(kStart);
        options.highlightEnd = QString(kEnd);
        JournalSearchQueries queries(m_session->database());
        // A reflection's day is the computer's local day, as the timeline shows it.
        Result<QList<JournalSearchResult>> found = queries.search(m_query, options, QTimeZone::systemTimeZone());
        if (found) {
            hits = std::move(*found);
        } else if (found.failure().kind == FailureKind::Operation) {
            // A query with nothing searchable is no failure; the journal not answering is.
            m_session->reportFailure(found.failure());
        }
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    setPending(false);
    Q_EMIT resultsChanged();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalSearchResult &hit = m_hits.at(index.row());
    switch (role) {
    case RecordTypeRole:
        return enumName(hit.type);
    case RecordIdRole:
        return hit.id;
    case TypeLabelRole:
        return typeLabel(hit.type);
    case SnippetRole:
    case Qt::DisplayRole:
        return richSnippet(hit.snippet, m_highlightColor);
    case IncidentIdRole:
        return hit.incidentId;
    case TitleRole:
        return hit.title;
    case DateRole:
        return hit.date.isValid() ? TimeFormat::formatDate(hit.date) : QString();
    case DateTextRole:
        return hit.date.isValid() ? journal::longDate(hit.date) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{RecordTypeRole, "recordType"}, {RecordIdRole, "recordId"}, {TypeLabelRole, "typeLabel"}, {SnippetRole, "snippet"},
            {IncidentIdRole, "incidentId"}, {TitleRole, "title"},       {DateRole, "date"},           {DateTextRole, "dateText"}};
}

QVariant SearchResultsModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= count())
        return map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return map;
}

QString SearchResultsModel::richSnippet(const QString &marked, const QColor &color)
{
    QString escaped = marked.toHtmlEscaped();
    escaped.replace(kStart, QStringLiteral("<b><font color=\"%1\">").arg(color.name()));
    escaped.replace(kEnd, QStringLiteral("</font></b>"));
    return escaped;
}

} // namespace mosaic
