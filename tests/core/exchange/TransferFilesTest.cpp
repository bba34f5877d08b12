// SPDX-License-Identifier: GPL-3.0-or-later
// The window's export and backup: the rule for outputs, what is written; and when the example journal is offered.
#include "StoreFixtures.h"
#include "TempJournalDir.h"

#include "exchange/TransferFiles.h"

#include <QDir>
#include <QFile>

using namespace StoreFixtures;
using namespace Qt::StringLiterals;

namespace {

struct FileJournal
{
    TempJournalDir folder;
    std::unique_ptr<Database> database = require(Database::open(folder.journalPath()));
    StrengthStore strengths{database->connection()};
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("A journal is never used until a record is written, deleted ones included", "[exchange][transfer]")
{
    FileJournal journal;
    CHECK(require(journalNeverUsed(*journal.database)));
    requireOk(journal.strengths.save(fullStrength(id('s', 1))));
    CHECK_FALSE(require(journalNeverUsed(*journal.database)));
    requireOk(journal.strengths.markStrengthDeleted(id('s', 1), at(20)));
    CHECK_FALSE(require(journalNeverUsed(*journal.database)));
}

TEST_CASE("An export is written as asked, and never over a file Mosaic keeps", "[exchange][transfer]")
{
    FileJournal journal;
    requireOk(journal.strengths.save(fullStrength(id('s', 1))));
    TempJournalDir elsewhere;

    const QString json = require(exportJournalTo(*journal.database, elsewhere.filePath(u"journal.json"_s), ExportFormat::Json, {}, at(20), u"Mosaic test"_s));
    CHECK(json == QDir(elsewhere.path()).absoluteFilePath(u"journal.json"_s));
    const QByteArray written = contentsOf(json);
    CHECK(written.contains("\"format\""));
    CHECK(written.contains("Mosaic test"));
    CHECK(written.contains("Patience"));

    const QString markdown = require(exportJournalTo(*journal.database, elsewhere.filePath(u"journal.md"_s), ExportFormat::Markdown, {}, at(20), u"Mosaic"_s));
    CHECK(contentsOf(markdown).contains("Patience"));
    CHECK_FALSE(contentsOf(markdown).startsWith("{"));

    // The journal itself, a file in its data folder, and a managed file elsewhere are refused, unchanged.
    const QByteArray settings = "[window]\n";
    {
        QFile file(elsewhere.filePath(u"settings.ini"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(settings);
    }
    for (const QString &managed : {journal.folder.journalPath(), journal.folder.filePath(u"journal.sqlite.json"_s), elsewhere.filePath(u"settings.ini"_s)}) {
        const Result<QString> refused =
            exportJournalTo(*journal.database, managed, ExportFormat::Json, {elsewhere.filePath(u"settings.ini"_s)}, at(20), u"Mosaic"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.failure().kind == FailureKind::BadInput);
    }
    CHECK(contentsOf(elsewhere.filePath(u"settings.ini"_s)) == settings);
    CHECK_FALSE(QFile::exists(journal.folder.filePath(u"journal.sqlite.json"_s)));
}

TEST_CASE("A backup is a journal beside the chosen name, and never over a file Mosaic keeps", "[exchange][transfer]")
{
    FileJournal journal;
    requireOk(journal.strengths.save(fullStrength(id('s', 1))));
    TempJournalDir elsewhere;

    const QString copy = require(backupJournalTo(*journal.database, elsewhere.filePath(u"copy.sqlite"_s), {}));
    auto opened = require(Database::open(copy));
    StrengthStore copied(opened->connection());
    CHECK(require(copied.findStrength(id('s', 1))).has_value());

    const Result<QString> refused = backupJournalTo(*journal.database, journal.folder.journalPath(), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.failure().kind == FailureKind::BadInput);
}
