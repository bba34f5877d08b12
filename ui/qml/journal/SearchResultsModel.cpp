// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/SearchResultsModel.h"

#include "session/JournalSession.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

constexpr QChar kStart = QChar(0x01);
constexpr QChar kEnd = QChar(0x02);

QString typeLabel(const QString &type)
{
    if (type == u"incident")
        return SearchResultsModel::tr("Reflection");
    if (type == u"reframe")
        return SearchResultsModel::tr("Reframe");
    if (type == u"win")
        return SearchResultsModel::tr("Win");
    if (type == u"strength")
        return SearchResultsModel::tr("Strength");
    if (type == u"checkIn")
        return SearchResultsModel::tr("Ritual note");
    if (type == u"person")
        return SearchResultsModel::tr("Person");
    if (type == u"circle")
        return SearchResultsModel::tr("Circle");
    return type;
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
        connect(m_session, &JournalSession::journalChanged, this, [this] {
            if (active())
                m_timer.start();
        });
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
    QList<Hit> hits;
    if (m_session && m_session->isOpen() && active()) {
        SearchOptions options;
        options.limit = m_limit;
        options.highlightStart = QString(kStart);
        options.highlightEnd = QString(kEnd);
        const QSqlDatabase connection = m_session->database().connection();
        const auto found = searchJournal(connection, m_query, options);
        if (found) {
            QSqlQuery reframeIncident(connection);
            reframeIncident.setForwardOnly(true);
            reframeIncident.prepare(QStringLiteral("SELECT incident_id FROM reframes WHERE id = ?"));
            for (const SearchHit &hit : *found) {
                Hit row{enumName(hit.type), hit.id, hit.snippet, {}};
                if (hit.type == SearchRecordType::Incident) {
                    row.incidentId = hit.id;
                } else if (hit.type == SearchRecordType::Reframe) {
                    reframeIncident.addBindValue(hit.id);
                    if (reframeIncident.exec() && reframeIncident.next())
                        row.incidentId = reframeIncident.value(0).toString();
                    reframeIncident.finish();
                }
                hits.append(std::move(row));
            }
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
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case RecordTypeRole:
        return hit.type;
    case RecordIdRole:
        return hit.id;
    case TypeLabelRole:
        return typeLabel(hit.type);
    case SnippetRole:
    case Qt::DisplayRole:
        return richSnippet(hit.snippet, m_highlightColor);
    case IncidentIdRole:
        return hit.incidentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{RecordTypeRole, "recordType"}, {RecordIdRole, "recordId"}, {TypeLabelRole, "typeLabel"}, {SnippetRole, "snippet"}, {IncidentIdRole, "incidentId"}};
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
