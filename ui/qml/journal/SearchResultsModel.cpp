// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/SearchResultsModel.h"

#include "common/TimeFormat.h"
#include "journal/JournalLabels.h"
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

/// The first line of a text with words in it, without Markdown's line markers, at most about a line long.
QString titleLine(const QString &text)
{
    constexpr qsizetype kMaximum = 90;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        while (!line.isEmpty() && (line.front() == u'#' || line.front() == u'>' || line.front() == u'-' || line.front() == u'*' || line.front() == u' '))
            line = line.sliced(1);
        if (line.isEmpty())
            continue;
        return line.size() > kMaximum ? line.first(kMaximum - 1).toString() + QChar(0x2026) : line.toString();
    }
    return {};
}

/// Reads what a hit's row shows besides its snippet: the title and the day of the record it was found in.
class HitDescriber
{
public:
    explicit HitDescriber(const QSqlDatabase &connection)
        : m_incident(prepared(connection, QStringLiteral("SELECT id, title, occurred_at FROM incidents WHERE id = ?")))
        , m_reframe(prepared(connection,
                             QStringLiteral("SELECT i.id, i.title, i.occurred_at FROM reframes r JOIN incidents i ON i.id = r.incident_id"
                                            " WHERE r.id = ?")))
        , m_win(prepared(connection, QStringLiteral("SELECT text, date FROM wins WHERE id = ?")))
        , m_strength(prepared(connection, QStringLiteral("SELECT name FROM strengths WHERE id = ?")))
        , m_habit(prepared(connection, QStringLiteral("SELECT name FROM habits WHERE id = ?")))
        , m_person(prepared(connection, QStringLiteral("SELECT name FROM people WHERE id = ?")))
        , m_circle(prepared(connection, QStringLiteral("SELECT name FROM circles WHERE id = ?")))
    { }

    /// Sets the hit's incidentId, title and date from its record.
    void describe(SearchRecordType type, const QString &id, QString &incidentId, QString &title, QDate &date)
    {
        switch (type) {
        case SearchRecordType::Incident:
        case SearchRecordType::Reframe: {
            QSqlQuery &query = type == SearchRecordType::Incident ? m_incident : m_reframe;
            if (type == SearchRecordType::Incident)
                incidentId = id;
            if (read(query, id)) {
                incidentId = query.value(0).toString();
                title = query.value(1).toString();
                date = TimeFormat::parseInstant(query.value(2).toString()).value_or(QDateTime()).toLocalTime().date();
            }
            query.finish();
            return;
        }
        case SearchRecordType::Win:
            if (read(m_win, id)) {
                title = titleLine(m_win.value(0).toString());
                date = TimeFormat::parseDate(m_win.value(1).toString()).value_or(QDate());
            }
            m_win.finish();
            return;
        case SearchRecordType::CheckIn: {
            // A check-in's id is "HABITID/YYYY-MM-DD": the ritual's name and the day.
            const qsizetype slash = id.lastIndexOf(u'/');
            title = name(m_habit, id.left(slash));
            date = TimeFormat::parseDate(id.mid(slash + 1)).value_or(QDate());
            return;
        }
        case SearchRecordType::Strength:
            title = name(m_strength, id);
            return;
        case SearchRecordType::Person:
            title = name(m_person, id);
            return;
        case SearchRecordType::Circle:
            title = name(m_circle, id);
            return;
        }
    }

private:
    static QSqlQuery prepared(const QSqlDatabase &connection, const QString &sql)
    {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        query.prepare(sql);
        return query;
    }

    static bool read(QSqlQuery &query, const QString &id)
    {
        query.addBindValue(id);
        return query.exec() && query.next();
    }

    static QString name(QSqlQuery &query, const QString &id)
    {
        QString found;
        if (read(query, id))
            found = query.value(0).toString();
        query.finish();
        return found;
    }

    QSqlQuery m_incident;
    QSqlQuery m_reframe;
    QSqlQuery m_win;
    QSqlQuery m_strength;
    QSqlQuery m_habit;
    QSqlQuery m_person;
    QSqlQuery m_circle;
};

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
    QList<Hit> hits;
    if (m_session && m_session->isOpen() && active()) {
        SearchOptions options;
        options.limit = m_limit;
        options.highlightStart = QString(kStart);
        options.highlightEnd = QString(kEnd);
        const QSqlDatabase connection = m_session->database().connection();
        const auto found = searchJournal(connection, m_query, options);
        if (found) {
            HitDescriber describer(connection);
            for (const SearchHit &hit : *found) {
                Hit row{enumName(hit.type), hit.id, hit.snippet, {}, {}, {}};
                describer.describe(hit.type, hit.id, row.incidentId, row.title, row.date);
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
