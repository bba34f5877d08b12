// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlTestSupport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

TestSupport::TestSupport(QObject *parent)
    : QObject(parent)
{ }

QString TestSupport::newDataDirectory()
{
    const QString path = m_root.filePath(QStringLiteral("journal-%1").arg(++m_count));
    QDir().mkpath(path);
    return path;
}

QString TestSupport::sampleJournalPath() const
{
    return QStringLiteral(MOSAIC_SAMPLE_JOURNAL);
}

bool TestSupport::writeTextFile(const QString &path, const QString &text) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

QString TestSupport::readTextFile(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QVariantList TestSupport::rows(const QString &dataDirectory, const QString &sql) const
{
    QVariantList result;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDirectory).filePath(QStringLiteral("journal.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    QVariantMap row;
                    const QSqlRecord record = query.record();
                    for (int i = 0; i < record.count(); ++i)
                        row.insert(record.fieldName(i), query.value(i));
                    result.append(row);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestSupport::setDefaultLocale(const QString &name) const
{
    QLocale::setDefault(name.isEmpty() ? QLocale::system() : QLocale(name));
}
