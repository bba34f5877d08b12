// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "habits/CheckIn.h"
#include "journal/JournalSession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace mosaic {

/// The notes written at a habit's check-ins, newest first, as a timeline: a page at a time (fetchMore), so a habit
/// with years of notes stays light.
class HabitNotesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString habitId READ habitId WRITE setHabitId NOTIFY habitIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// All notes of the habit, loaded or not.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role
    {
        DateRole = Qt::UserRole + 1, ///< "YYYY-MM-DD"
        DateTextRole,
        NoteRole,
        StatusRole,
        ValueRole,
    };

    static constexpr int kPageSize = 20;

    explicit HabitNotesModel(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString habitId() const { return m_habitId; }
    void setHabitId(const QString &habitId);
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Loads the next page; for a "Show more" button.
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void habitIdChanged();
    void countChanged();

private:
    QPointer<JournalSession> m_session;
    QString m_habitId;
    QList<CheckIn> m_notes;
    int m_total = 0;
};

} // namespace mosaic
