// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of `mosaic check`: a healthy journal passes them all; each kind of damage fails the check that looks for it.
#include "backups/JournalCheck.h"
#include "backups/JournalFile.h"

#include "BackupFixtures.h"
#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace mosaic;
using namespace BackupFixtures;

namespace {

JournalCheckResult resultOf(const JournalCheckReport &report, JournalCheckKind kind)
{
    for (const JournalCheckResult &result : report.results) {
        if (result.kind == kind)
            return result;
    }
    FAIL("no such check");
    return {};
}

} // namespace

TEST_CASE("A healthy journal passes every check")
{
    TempJournalDir dir;
    const auto journal = exampleJournal(dir.journalPath());
    const JournalCheckReport report = require(checkJournal(journal->connection()));
    CHECK(report.results.size() == 4);
    CHECK(report.healthy());
}

TEST_CASE("Each kind of damage fails its own check")
{
    TempJournalDir dir;
    exampleJournal(dir.journalPath());
    RawConnection raw(dir.journalPath());
    const QSqlDatabase connection = raw.connection();

    SECTION("a reference to a missing record")
    {
        exec(connection, QStringLiteral("PRAGMA foreign_keys = OFF"));
        exec(connection, QStringLiteral("UPDATE reframes SET incident_id = 'gone' WHERE seq = (SELECT min(seq) FROM reframes)"));
        const JournalCheckReport report = require(checkJournal(connection));
        CHECK_FALSE(report.healthy());
        CHECK_FALSE(resultOf(report, JournalCheckKind::ForeignKeys).passed());
        CHECK(resultOf(report, JournalCheckKind::Integrity).passed());
    }
    SECTION("a person listed by an incident who does not exist")
    {
        exec(connection, QStringLiteral("UPDATE incidents SET person_ids_json = '[\"nobody\"]' WHERE seq = (SELECT min(seq) FROM incidents)"));
        const JournalCheckResult orphans = resultOf(require(checkJournal(connection)), JournalCheckKind::Orphans);
        REQUIRE_FALSE(orphans.passed());
        CHECK(orphans.problems.first().contains(QStringLiteral("nobody")));
    }
    SECTION("a full-text row whose record is gone")
    {
        exec(connection, QStringLiteral("DROP TRIGGER wins_search_delete"));
        exec(connection, QStringLiteral("DELETE FROM wins WHERE seq = (SELECT min(seq) FROM wins)"));
        CHECK_FALSE(resultOf(require(checkJournal(connection)), JournalCheckKind::Orphans).passed());
    }
    SECTION("a full-text index out of step with its content")
    {
        exec(connection, QStringLiteral("DELETE FROM search_index_content WHERE id = (SELECT min(id) FROM search_index_content)"));
        CHECK_FALSE(resultOf(require(checkJournal(connection)), JournalCheckKind::SearchIndex).passed());
    }
}

TEST_CASE("A journal file with damaged pages fails the integrity check")
{
    TempJournalDir dir;
    {
        const auto journal = exampleJournal(dir.journalPath());
        exec(journal->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile file(dir.journalPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 3 * 16384);
        // Scribble over the middle of the second page onwards: b-tree pages the checks must read.
        file.seek(16384 + 100);
        file.write(QByteArray(2 * 16384, '\x5a'));
    }
    auto opened = JournalFileConnection::open(dir.journalPath());
    REQUIRE(opened);
    const JournalCheckReport report = require(checkJournal((*opened)->connection()));
    CHECK_FALSE(report.healthy());
    CHECK_FALSE(resultOf(report, JournalCheckKind::Integrity).passed());
}

TEST_CASE("A file that is not a Mosaic journal is refused as bad input")
{
    TempJournalDir dir;
    {
        RawConnection raw(dir.filePath(QStringLiteral("other.sqlite")));
        exec(raw.connection(), QStringLiteral("CREATE TABLE t (x)"));
    }
    const auto foreign = JournalFileConnection::open(dir.filePath(QStringLiteral("other.sqlite")));
    REQUIRE_FALSE(foreign);
    CHECK(foreign.failure().kind == FailureKind::BadInput);

    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("just some words\n");
    text.close();
    const auto notSqlite = JournalFileConnection::open(text.fileName());
    REQUIRE_FALSE(notSqlite);
    CHECK(notSqlite.failure().kind == FailureKind::BadInput);
}
