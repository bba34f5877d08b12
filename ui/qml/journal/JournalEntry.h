// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalSession.h"

#include "journal/JournalEntryActions.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QVariantMap>

#include <optional>
#include <variant>

namespace mosaic {

/// One entry of the journal opened to read: a reflection (its texts, feelings before and after, distortions,
/// reframes), a win, or a ritual note. Also the entry's actions: delete with Undo, and a win's inline edit.
///
/// The Undo of the last deletion stays available after the entry is gone, until forgetUndo() (the page's calm bar
/// calls it after a few seconds) or the next deletion.
class JournalEntry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// "incident", "win" or "checkIn"; empty for none.
    Q_PROPERTY(QString entryType READ entryType NOTIFY entryChanged)
    /// The record's id; a check-in's is "HABITID/YYYY-MM-DD".
    Q_PROPERTY(QString entryId READ entryId NOTIFY entryChanged)
    /// True while the entry is in the journal (false once deleted).
    Q_PROPERTY(bool exists READ exists NOTIFY detailsChanged)
    /// What is shown, by key: title, kindLabel, dateText, date ("YYYY-MM-DD"), text (a win's or a note's), habitId,
    /// habitName, circleName, people, tags, nextStep, strengths (names), beliefBefore/beliefAfter (-1 when absent),
    /// sections [{heading, text}] (Markdown), emotions [{label, before, after}] (after -1 when not re-rated),
    /// distortions [names], reframes [{text, kindLabel, believability}] (believability -1 when absent).
    Q_PROPERTY(QVariant details READ details NOTIFY detailsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    /// What Undo would bring back: "Reflection deleted." …
    Q_PROPERTY(QString undoMessage READ undoMessage NOTIFY undoChanged)
    /// The id of the entry the last Undo brought back.
    Q_PROPERTY(QString restoredId READ restoredId NOTIFY undoChanged)

public:
    explicit JournalEntry(QObject *parent = nullptr);
    ~JournalEntry() override;

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    QString entryType() const { return m_type; }
    QString entryId() const { return m_id; }
    bool exists() const { return !m_details.isEmpty(); }
    QVariant details() const { return m_details; }
    bool canUndo() const { return m_undo.has_value(); }
    QString undoMessage() const;
    QString restoredId() const { return m_restoredId; }

    /// Shows an entry; `type` as entryType.
    Q_INVOKABLE void open(const QString &type, const QString &id);
    Q_INVOKABLE void close() { open({}, {}); }
    Q_INVOKABLE void reload();

    /// Deletes the reflection (with its reframes and its draft) or the win shown, in one transaction, and keeps
    /// what Undo needs. False (the session shows why) when it could not.
    Q_INVOKABLE bool deleteEntry();
    /// Brings back what the last deleteEntry() took away, in one transaction.
    Q_INVOKABLE bool undoDelete();
    Q_INVOKABLE void forgetUndo();

    /// Changes the win shown: its text and its date ("YYYY-MM-DD"). False (the session shows why) for an empty text
    /// or an impossible date.
    Q_INVOKABLE bool saveWin(const QString &text, const QString &date);

Q_SIGNALS:
    void sessionChanged();
    void entryChanged();
    void detailsChanged();
    void undoChanged();

private:
    QVariantMap loadIncident();
    QVariantMap loadWin();
    QVariantMap loadCheckIn();

    QPointer<JournalSession> m_session;
    QString m_type;
    QString m_id;
    QVariantMap m_details;
    std::optional<JournalEntryDeletion> m_undo;
    QString m_restoredId;
};

} // namespace mosaic
