// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"
#include "journal/TimelineQueries.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

namespace mosaic {

/// The journal's timeline, newest first: reflections (incidents), wins and written check-in notes, with a month
/// section for each row. Loads a page of rows at a time (keyset paging on the sort key, the entry type and the id, so a
/// deep page costs what the first does) and only the short columns of each row: title, kind, date and the first
/// line of its text, never whole texts.
///
/// Filters narrow it in SQL: `kind` (an incident kind's name, "win" or "note"), and for reflections `circleId`,
/// `personId`, `tag`, `distortion`; `day` keeps one local calendar day. The reads are TimelineQueries'; this model
/// keeps the paging state and turns entries into roles.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filtersChanged)
    Q_PROPERTY(QString circleId READ circleId WRITE setCircleId NOTIFY filtersChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY filtersChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filtersChanged)
    Q_PROPERTY(QString distortion READ distortion WRITE setDistortion NOTIFY filtersChanged)
    /// "YYYY-MM-DD": only the entries of this local date; empty for every day.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)
    /// Rows loaded so far (more may follow with fetchMore).
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Rows per page.
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    enum Role
    {
        EntryTypeRole = Qt::UserRole + 1, ///< "incident", "win" or "checkIn"
        EntryIdRole, ///< The record's id; a check-in's is "HABITID/YYYY-MM-DD".
        TitleRole,
        ExcerptRole, ///< The first line of its text, plain.
        KindRole, ///< The stored kind name ("rejection", "courage"); empty for a check-in.
        KindLabelRole,
        DateRole, ///< The local date, "YYYY-MM-DD".
        DateTextRole, ///< "Sat 14 Nov".
        MonthRole, ///< "November 2026": the section.
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString kind() const { return m_filter.kind; }
    void setKind(const QString &kind);
    QString circleId() const { return m_filter.circleId; }
    void setCircleId(const QString &circleId);
    QString personId() const { return m_filter.personId; }
    void setPersonId(const QString &personId);
    QString tag() const { return m_filter.tag; }
    void setTag(const QString &tag);
    QString distortion() const { return m_filter.distortion; }
    void setDistortion(const QString &distortion);
    QString day() const;
    void setDay(const QString &day);
    bool filtered() const;
    int count() const { return int(m_rows.size()); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Drops every filter (and the chosen day).
    Q_INVOKABLE void clearFilters();
    /// Reads the rows again: as many as were shown (after a change to the journal), or the first page after a change
    /// of the filters.
    Q_INVOKABLE void reload();
    /// The loaded row of an entry, or -1.
    Q_INVOKABLE int indexOf(const QString &entryId) const;
    /// A row's roles as a map (for the page: open the entry shown at `row`).
    Q_INVOKABLE QVariant get(int row) const;

Q_SIGNALS:
    void sessionChanged();
    void filtersChanged();
    void countChanged();
    void pageSizeChanged();

private:
    void setFilter(QString &member, const QString &value);
    bool readPage(const TimelineEntry *after, QList<TimelineEntry> &into);
    void scheduleReload();

    QPointer<JournalSession> m_session;
    TimelineFilter m_filter;
    int m_pageSize = 60;
    QList<TimelineEntry> m_rows;
    bool m_atEnd = true;
    bool m_reloadPending = false;
    bool m_restart = false;
};

} // namespace mosaic
