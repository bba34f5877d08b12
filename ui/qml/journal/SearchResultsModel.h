// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSearchQueries.h"
#include "journal/JournalSession.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

namespace mosaic {

/// Full-text search over everything written, as the person types: `query` is searched a moment after the typing
/// pauses (searchJournal, best first), each hit with a snippet in which the matched words are bold in
/// `highlightColor` and everything else is escaped text. The reads are JournalSearchQueries'.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// True when the query has something searchable in it (the page then shows results instead of the timeline).
    Q_PROPERTY(bool active READ active NOTIFY queryChanged)
    /// True from a change of the query until its results are in.
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    /// Why the query is not searched (too long, too many words: checkSearchQueryLimits), for the page to say in place of
    /// "nothing found"; empty while the query is within the limits.
    Q_PROPERTY(QString problem READ problem NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY highlightColorChanged)
    /// How long the typing must pause before a search, in milliseconds.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    enum Role
    {
        RecordTypeRole = Qt::UserRole + 1, ///< "incident", "reframe", "win", "strength", "checkIn", "person", "circle"
        RecordIdRole,
        TypeLabelRole, ///< "Reflection", "Reframe", …
        SnippetRole, ///< Rich text (StyledText): the matches in <b><font color>.
        IncidentIdRole, ///< The reflection to open: the incident's own id, or a reframe's incident.
        TitleRole, ///< What the record is called: a reflection's title (a reframe's reflection), a win's first line, a name.
        DateRole, ///< "YYYY-MM-DD", or empty for a record without a day (a strength, a person, a circle).
        DateTextRole, ///< The day for people ("Saturday 14 November 2026"), or empty.
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool active() const;
    bool pending() const { return m_pending; }
    QString problem() const { return m_problem; }
    int count() const { return int(m_hits.size()); }
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &color);
    int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Searches now, without waiting for the pause.
    Q_INVOKABLE void search();
    Q_INVOKABLE QVariant get(int row) const;

    /// The snippet as StyledText: `marked` carries matches between U+0001 and U+0002; the rest is escaped.
    static QString richSnippet(const QString &marked, const QColor &color);

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void pendingChanged();
    void resultsChanged();
    void highlightColorChanged();
    void delayChanged();
    void limitChanged();

private:
    void setPending(bool pending);

    QPointer<JournalSession> m_session;
    QString m_query;
    QString m_problem;
    QColor m_highlightColor = QColor(0x3e, 0x7f, 0x7a);
    QTimer m_timer;
    int m_limit = 40;
    bool m_pending = false;
    QList<JournalSearchResult> m_hits;
};

} // namespace mosaic
