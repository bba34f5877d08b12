// SPDX-License-Identifier: GPL-3.0-or-later
// docs/exit-codes.md, command by command: 0 when it worked, 2 for bad usage, 1 when it failed while running.
#include "MosaicProcess.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

namespace {

const QString kSample = QStringLiteral(MOSAIC_SAMPLE_JOURNAL);

struct CommandExits
{
    QString name;
    QStringList success;
    QStringList badUsage; ///< After the command's name; empty: the command alone lacks what it needs.
};

} // namespace

TEST_CASE("Every command exits 0 on success, 2 on bad usage and 1 on a failure", "[cli][exit-codes]")
{
    TempJournalDir dir;
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), kSample}).exitCode == 0);
    TempJournalDir out;
    // A data folder that is a plain file: every command that opens the journal fails while running.
    const QString notAFolder = out.filePath(QStringLiteral("plain-file"));
    {
        QFile file(notAFolder);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("x") == 1);
    }

    const QList<CommandExits> commands{
        {QStringLiteral("export"), {}, {QStringLiteral("--format"), QStringLiteral("pdf")}},
        {QStringLiteral("import"), {kSample}, {}},
        {QStringLiteral("stats"), {}, {QStringLiteral("--today"), QStringLiteral("2026-02-30")}},
        {QStringLiteral("search"), {QStringLiteral("lunch")}, {}},
        {QStringLiteral("checkin"), {QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-20")}, {}},
        {QStringLiteral("reminders"), {}, {QStringLiteral("extra-argument")}},
        {QStringLiteral("backup"), {QStringLiteral("-o"), out.filePath(QStringLiteral("copy.sqlite"))}, {}},
    };
    for (const CommandExits &command : commands) {
        INFO(command.name.toStdString());
        const MosaicRun ok = runMosaicIn(dir.path(), QStringList{command.name} + command.success);
        INFO(ok.err.toStdString());
        CHECK(ok.exitCode == 0);
        CHECK(runMosaicIn(dir.path(), {command.name, QStringLiteral("--no-such-option")}).exitCode == 2);
        // Each command's own usage error (for import, search, checkin and backup: their missing argument).
        CHECK(runMosaicIn(dir.path(), QStringList{command.name} + command.badUsage).exitCode == 2);
        const MosaicRun failed = runMosaicIn(notAFolder, QStringList{command.name} + command.success);
        CHECK(failed.exitCode == 1);
        CHECK_FALSE(failed.err.isEmpty());
    }
}
