// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace mosaic {

class JournalSession;

/// What became of an export, import or backup: whether it worked, and a message for the person who asked.
struct TransferOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(transferOutcome)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)

public:
    bool ok = false;
    QString message;
};

/// The journal in and out of files, for the Settings page and the welcome: export (JSON per the interchange format,
/// or Markdown), import (validated whole, merged in one transaction; a bad file gets the command line's messages
/// and changes nothing), a backup, and the example journal.
///
/// Each action returns a TransferOutcome.
class JournalTransfer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mosaic::JournalSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /// True while the journal holds no record of any kind (the welcome offers the example then).
    Q_PROPERTY(bool journalEmpty READ journalEmpty NOTIFY contentChanged)

public:
    explicit JournalTransfer(QObject *parent = nullptr);

    JournalSession *session() const { return m_session; }
    void setSession(JournalSession *session);
    bool journalEmpty() const;

    Q_INVOKABLE mosaic::TransferOutcome exportJson(const QUrl &file) const;
    Q_INVOKABLE mosaic::TransferOutcome exportMarkdown(const QUrl &file) const;
    /// `dryRun`: only checks the file and says what an import would change.
    Q_INVOKABLE mosaic::TransferOutcome importFile(const QUrl &file, bool dryRun);
    Q_INVOKABLE mosaic::TransferOutcome importExample();
    Q_INVOKABLE mosaic::TransferOutcome backup(const QUrl &file) const;
    /// Where the journal lives, as a folder URL to open in the file manager.
    Q_INVOKABLE QUrl dataFolderUrl() const;

Q_SIGNALS:
    void sessionChanged();
    void contentChanged();

private:
    TransferOutcome exportAs(const QUrl &file, bool markdown) const;
    TransferOutcome importBytes(const QByteArray &bytes, const QString &name, bool dryRun);

    QPointer<JournalSession> m_session;
};

} // namespace mosaic
