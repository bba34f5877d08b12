// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"
#include "strengths/Strength.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace mosaic {

/// The strengths of the journal with how many living wins are linked to each, and the actions on them. Each action
/// is one write transaction; a failure is shown by the session and changes nothing.
class StrengthsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Whether archived strengths are listed too (after the others).
    Q_PROPERTY(bool includeArchived READ includeArchived WRITE setIncludeArchived NOTIFY includeArchivedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Strengths put away, listed or not.
    Q_PROPERTY(int archivedCount READ archivedCount NOTIFY countChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ArchivedRole,
        WinCountRole,
    };
    Q_ENUM(Role)

    explicit StrengthsModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    bool includeArchived() const { return m_includeArchived; }
    void setIncludeArchived(bool include);
    int count() const { return int(m_rows.size()); }
    int archivedCount() const { return m_archivedCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A new strength; returns its id, or an empty string when the name is empty or the save failed.
    Q_INVOKABLE QString addStrength(const QString &name, const QString &description);
    Q_INVOKABLE bool updateStrength(const QString &id, const QString &name, const QString &description);
    Q_INVOKABLE bool setArchived(const QString &id, bool archived);
    /// Tombstones the strength. Wins linked to it keep the link in the journal (so merges stay whole) but no longer
    /// show it.
    Q_INVOKABLE bool removeStrength(const QString &id);
    /// The row of the strength with `id`, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;
    /// The row's values by role name, for QML outside a delegate.
    Q_INVOKABLE QVariant get(int row) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void includeArchivedChanged();
    void countChanged();

private:
    struct Row
    {
        Strength strength;
        int winCount = 0;
    };
    /// One edit that may find nothing to do; true when it is done (written, or nothing to write).
    bool changeStrength(const std::function<Result<bool>(StrengthStore &, const QDateTime &)> &change);

    QPointer<JournalSession> m_session;
    bool m_includeArchived = false;
    int m_archivedCount = 0;
    QList<Row> m_rows;
};

/// The wins, newest first, a page at a time (loadMore(), the page's "Show more"), optionally only those linked to one
/// strength; and the quick "add a win". Not canFetchMore/fetchMore: a Repeater fetches those eagerly until all is
/// loaded, which is what paging is meant to avoid.
class WinsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Only the wins linked to this strength; empty for all.
    Q_PROPERTY(QString strengthId READ strengthId WRITE setStrengthId NOTIFY strengthIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// All the wins that match, loaded or not.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    /// The kinds of win: [{value: "courage", label: "Courage"}], in the order of the interchange format.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DateTextRole,
        TextRole,
        KindRole,
        KindLabelRole,
        StrengthIdsRole,
        StrengthNamesRole,
        IncidentIdRole,
    };
    Q_ENUM(Role)

    explicit WinsModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString strengthId() const { return m_strengthId; }
    void setStrengthId(const QString &strengthId);
    int count() const { return int(m_rows.size()); }
    int totalCount() const { return m_totalCount; }
    bool hasMore() const { return m_rows.size() < m_totalCount; }
    QVariantList kinds() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Records a win in one transaction: `date` as YYYY-MM-DD (empty = today), `kind` an interchange name ("courage";
    /// empty = "win"), linked to `strengthIds`. Returns its id, or an empty string when the text is empty or the
    /// date cannot be read (the session says why).
    Q_INVOKABLE QString addWin(const QString &text, const QString &date, const QString &kind, const QStringList &strengthIds);
    Q_INVOKABLE bool removeWin(const QString &id);
    /// Appends the next page.
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE QVariant get(int row) const;
    Q_INVOKABLE void reload();

    /// The label shown for a kind of win.
    static QString kindLabel(WinKind kind);

Q_SIGNALS:
    void sessionChanged();
    void strengthIdChanged();
    void countChanged();
    void pageSizeChanged();

private:
    bool loadPage(int offset, int limit, QList<Win> &into);

    QPointer<JournalSession> m_session;
    QString m_strengthId;
    int m_pageSize = 25;
    int m_totalCount = 0;
    QList<Win> m_rows;
    QHash<QString, QString> m_strengthNames; ///< Living strengths: id → name.
};

/// The journal's values, as chips: add, rename, remove, each one write (the mission beside them is written in the
/// editor, through JournalText).
class PersonalValuesModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QStringList values READ values NOTIFY valuesChanged)

public:
    explicit PersonalValuesModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QStringList values() const { return m_values; }

    /// Adds a value at the end; false for an empty text or one already there (ignoring case).
    Q_INVOKABLE bool addValue(const QString &value);
    Q_INVOKABLE bool renameValue(int index, const QString &value);
    Q_INVOKABLE bool removeValue(int index);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void valuesChanged();

private:
    /// One edit of the values; true when it changed them.
    bool change(const std::function<Result<bool>(StrengthStore &, const QDateTime &)> &edit);

    QPointer<JournalSession> m_session;
    QStringList m_values;
};

} // namespace mosaic
