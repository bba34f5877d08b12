// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/JournalFile.h"

#include "storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mosaic {

namespace {

// The translation context of these messages (a class, so that lupdate files them under it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mosaic::JournalFile)
};

// The record tables a person would recognise, in the order a summary lists them.
const QStringList &countedTables()
{
    static const QStringList tables{QStringLiteral("incidents"), QStringLiteral("reframes"),  QStringLiteral("strengths"), QStringLiteral("wins"),
                                    QStringLiteral("habits"),    QStringLiteral("check_ins"), QStringLiteral("circles"),   QStringLiteral("people")};
    return tables;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("mosaic-journal-file-%1").arg(counter.fetchAndAddRelaxed(1));
}

Failure notAJournal(const QString &filePath)
{
    return Failure::badInput(
        Text::tr("%1 is not a Mosaic journal or backup, or it is damaged beyond reading. Nothing was changed.").arg(QDir::toNativeSeparators(filePath)));
}

} // namespace

JournalFileConnection::JournalFileConnection(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

JournalFileConnection::~JournalFileConnection()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase JournalFileConnection::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<JournalFileConnection>> JournalFileConnection::open(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Failure::badInput(Text::tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(filePath)));
    {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            return Failure::badInput(Text::tr("%1 cannot be read. Check its permissions.").arg(QDir::toNativeSeparators(filePath)));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return notAJournal(filePath);
    }
    std::unique_ptr<JournalFileConnection> opened(new JournalFileConnection(nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), opened->m_connectionName);
    connection.setDatabaseName(filePath);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open())
        return notAJournal(filePath);
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() || query.value(0).toLongLong() != kMosaicApplicationId)
        return notAJournal(filePath);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return notAJournal(filePath);
    opened->m_schemaVersion = query.value(0).toInt();
    query.finish();
    if (opened->m_schemaVersion > kCurrentSchemaVersion)
        //: %1 is a file's path, %2 its schema number, %3 the newest schema number this version knows.
        return Failure::badInput(
            Text::tr("%1 was written by a newer version of Mosaic (journal schema %2; this version knows up to %3). Update Mosaic to use it.")
                .arg(QDir::toNativeSeparators(filePath))
                .arg(opened->m_schemaVersion)
                .arg(kCurrentSchemaVersion));
    return opened;
}

Result<QList<JournalCount>> countRecords(const QSqlDatabase &connection)
{
    QList<JournalCount> counts;
    for (const QString &table : countedTables()) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)) || !query.next())
            return sqlFailure(query.lastError(), Text::tr("Counting the records"));
        counts.append({table, query.value(0).toLongLong()});
    }
    return counts;
}

Result<QString> journalFingerprint(const QSqlDatabase &connection)
{
    // Every user action stamps updated_at (deletions are tombstones); a purge lowers a count.
    static const QStringList stamped{
        QStringLiteral("incidents"),        QStringLiteral("reframes"),  QStringLiteral("strengths"),   QStringLiteral("wins"),
        QStringLiteral("habits"),           QStringLiteral("check_ins"), QStringLiteral("circles"),     QStringLiteral("people"),
        QStringLiteral("contacts"),         QStringLiteral("reminders"), QStringLiteral("memberships"), QStringLiteral("personal_values"),
        QStringLiteral("reflection_drafts")};
    QStringList parts;
    QSqlQuery query(connection);
    for (const QString &table : stamped) {
        if (!query.exec(QStringLiteral("SELECT count(*), coalesce(max(updated_at), '') FROM %1").arg(table)) || !query.next())
            return sqlFailure(query.lastError(), Text::tr("Reading the journal"));
        parts.append(QStringLiteral("%1:%2:%3").arg(table, query.value(0).toString(), query.value(1).toString()));
    }
    if (!query.exec(QStringLiteral("SELECT count(*), coalesce(max(created_at), '') FROM custom_distortions")) || !query.next())
        return sqlFailure(query.lastError(), Text::tr("Reading the journal"));
    parts.append(QStringLiteral("custom_distortions:%1:%2").arg(query.value(0).toString(), query.value(1).toString()));
    return parts.join(u';');
}

Result<JournalFileSummary> summarizeJournalFile(const QString &filePath)
{
    auto file = JournalFileConnection::open(filePath);
    if (!file)
        return file.failure();
    const QSqlDatabase connection = (*file)->connection();
    JournalFileSummary summary;
    summary.schemaVersion = (*file)->schemaVersion();
    auto checks = checkJournal(connection);
    if (!checks)
        return checks.failure();
    summary.checks = *checks;
    if (!summary.checks.healthy())
        return summary; // counting a damaged file may fail or mislead; the checks say enough
    auto counts = countRecords(connection);
    if (!counts)
        return counts.failure();
    summary.counts = *counts;
    QSqlQuery query(connection);
    QStringList newest;
    for (const QString &table : countedTables())
        newest.append(QStringLiteral("SELECT max(updated_at) AS stamp FROM %1").arg(table));
    if (query.exec(QStringLiteral("SELECT max(stamp) FROM (%1)").arg(newest.join(QStringLiteral(" UNION ALL ")))) && query.next() && !query.isNull(0))
        summary.lastChange = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    return summary;
}

} // namespace mosaic
