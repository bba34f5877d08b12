// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/JournalTransfer.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "exchange/TransferFiles.h"
#include "journal/JournalSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace mosaic {
namespace {

TransferOutcome outcome(bool ok, const QString &message)
{
    return {ok, message};
}

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

// Besides the journal's data folder, the one file the window keeps that no output may replace.
QStringList windowFiles()
{
    return {QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.ini"))};
}

} // namespace

JournalTransfer::JournalTransfer(QObject *parent)
    : QObject(parent)
{ }

void JournalTransfer::setSession(JournalSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        m_session->follow(
            this, JournalSession::Everything, [this] { Q_EMIT contentChanged(); }, JournalSession::OnlyOnChanges);
    Q_EMIT sessionChanged();
    Q_EMIT contentChanged();
}

bool JournalTransfer::journalEmpty() const
{
    if (!m_session || !m_session->isOpen())
        return false;
    // Unknown (the journal could not be read) counts as used: the example is only offered when it is sure to fit.
    const Result<bool> neverUsed = journalNeverUsed(m_session->database());
    return neverUsed && *neverUsed;
}

TransferOutcome JournalTransfer::exportJson(const QUrl &file) const
{
    return exportAs(file, false);
}

TransferOutcome JournalTransfer::exportMarkdown(const QUrl &file) const
{
    return exportAs(file, true);
}

TransferOutcome JournalTransfer::exportAs(const QUrl &file, bool markdown) const
{
    if (!m_session || !m_session->isOpen())
        return outcome(false, tr("The journal is not open."));
    const Result<QString> written = exportJournalTo(m_session->database(), localPath(file), markdown ? ExportFormat::Markdown : ExportFormat::Json,
                                                    windowFiles(), m_session->now(), QStringLiteral("Mosaic %1").arg(QCoreApplication::applicationVersion()));
    if (!written)
        return outcome(false, written.failure().message);
    return outcome(true, tr("Exported the journal to %1.").arg(QDir::toNativeSeparators(*written)));
}

TransferOutcome JournalTransfer::importFile(const QUrl &file, bool dryRun)
{
    const QString path = localPath(file);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return outcome(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    return importBytes(in.readAll(), QFileInfo(path).fileName(), dryRun);
}

TransferOutcome JournalTransfer::importExample()
{
    // The example in the language the window speaks (QLocale's default: the system's, or the one chosen in Settings),
    // so that a German window shows a German journal; English where no translated example is embedded.
    const QString translated = QStringLiteral(":/mosaic/samples/sample-journal.%1.json").arg(QLocale::languageToCode(QLocale().language()));
    QFile in(QFile::exists(translated) ? translated : QStringLiteral(":/mosaic/samples/sample-journal.json"));
    if (!in.open(QIODevice::ReadOnly))
        return outcome(false, tr("The example journal is missing from this build."));
    return importBytes(in.readAll(), tr("the example journal"), false);
}

TransferOutcome JournalTransfer::importBytes(const QByteArray &bytes, const QString &name, bool dryRun)
{
    if (!m_session || !m_session->isOpen())
        return outcome(false, tr("The journal is not open."));
    // A malformed file is refused before the journal is touched; the records are then read and merged one by one,
    // all or nothing, so a bad file changes nothing.
    auto journal = scanJournalJson(bytes);
    if (!journal)
        return outcome(false, tr("%1 was not imported; nothing changed.\n%2").arg(name, journal.failure().message));
    const auto summary = importJournalFile(m_session->database(), std::move(*journal), dryRun ? ImportMode::DryRun : ImportMode::Apply);
    if (!summary)
        return outcome(false, tr("%1 was not imported; nothing changed.\n%2").arg(name, summary.failure().message));
    const CollectionCounts total = summary->total();
    if (dryRun)
        return outcome(
            true,
            tr("%1 is valid. Importing it would add %2, update %3 and leave %4 unchanged.").arg(name).arg(total.added).arg(total.updated).arg(total.unchanged));
    m_session->notifyChanged(JournalSession::Everything);
    return outcome(true, tr("Imported %1: %2 added, %3 updated, %4 unchanged.").arg(name).arg(total.added).arg(total.updated).arg(total.unchanged));
}

TransferOutcome JournalTransfer::backup(const QUrl &file) const
{
    if (!m_session || !m_session->isOpen())
        return outcome(false, tr("The journal is not open."));
    const Result<QString> written = backupJournalTo(m_session->database(), localPath(file), windowFiles());
    if (!written)
        return outcome(false, written.failure().message);
    return outcome(true, tr("Saved a backup to %1.").arg(QDir::toNativeSeparators(*written)));
}

QUrl JournalTransfer::dataFolderUrl() const
{
    return m_session ? QUrl::fromLocalFile(m_session->dataDirectory()) : QUrl();
}

} // namespace mosaic
