// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Uuid.h"
#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "storage/Database.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace BackupFixtures {

using namespace mosaic;

template <typename T>
T require(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.failure().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

/// A journal at `path` holding the example journal of the tests.
inline std::unique_ptr<Database> exampleJournal(const QString &path)
{
    auto database = require(Database::open(path));
    const Journal journal = require(readJournalFile(QStringLiteral(MOSAIC_TEST_DATA_DIR "/example-journal.json")));
    require(importJournal(*database, journal, ImportMode::Apply));
    return database;
}

inline void exec(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    INFO(statement.toStdString());
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec(statement));
}

inline qint64 scalar(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// A plain connection, to damage a journal on purpose.
class RawConnection
{
public:
    explicit RawConnection(const QString &filePath)
        : m_name(u"raw-" + Uuid::create())
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        connection.setDatabaseName(filePath);
        REQUIRE(connection.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase connection = QSqlDatabase::database(m_name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace BackupFixtures
