// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circles/ContactLog.h"
#include "journal/JournalSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>

namespace mosaic {

/// The contact log ("I talked to…"), newest first, a page at a time (canFetchMore / fetchMore), and the actions that
/// add and remove contacts, each one write transaction.
class ContactLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// How many contacts the journal holds (loaded or not).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY totalCountChanged)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DateRole,
        DateTextRole,
        PersonIdRole,
        PersonNameRole,
        CircleIdRole,
        CircleNameRole,
        WithTextRole,
        QualityRole,
        QualityTextRole,
        NoteRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 25;

    explicit ContactLogModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    int totalCount() const { return m_total; }
    bool hasMore() const { return m_entries.size() < m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Notes a contact with a person or a circle (or both) on `date` ("YYYY-MM-DD"; today when empty), how it felt
    /// from -2 (hard) to 2 (warm), and a short note. False when nothing was saved (the window shows why).
    Q_INVOKABLE bool logContact(const QString &personId, const QString &circleId, const QString &date, int quality, const QString &note);
    Q_INVOKABLE bool deleteContact(const QString &contactId);
    /// Loads the next page (for a "show more" button).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    /// The words for a quality, -2…2.
    Q_INVOKABLE QString qualityText(int quality) const;

Q_SIGNALS:
    void sessionChanged();
    void totalCountChanged();

private:
    void reload();

    QPointer<JournalSession> m_session;
    QList<ContactLogEntry> m_entries;
    int m_total = 0;
};

} // namespace mosaic
