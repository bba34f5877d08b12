// SPDX-License-Identifier: GPL-3.0-or-later
// The window's demo modes (--self-test, --screenshots DIR) import the example journal, so they must never run in a
// person's journal: they use a temporary one of their own, and refuse an explicit --data-dir.
#include "MosaicProcess.h"
#include "TestFiles.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using Catch::Matchers::ContainsSubstring;

#ifdef MOSAIC_HAVE_WINDOW
namespace {

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

TEST_CASE("The demo modes refuse a data folder and write nothing into it", "[window][demo]")
{
    TempJournalDir dir;
    // A journal of the person's own, still empty: the example journal would have been merged into it.
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("stats")}).exitCode == 0);
    const QStringList before = entries(dir.path());
    const QByteArray journalBefore = fileHash(dir.journalPath());
    REQUIRE_FALSE(journalBefore.isEmpty());

    TempJournalDir shots;
    const QString shotsFolder = shots.filePath(QStringLiteral("shots"));
    const QList<QStringList> demos{{QStringLiteral("--self-test")}, {QStringLiteral("--screenshots"), shotsFolder}};
    for (const QStringList &demo : demos) {
        for (const QStringList &dataDir : QList<QStringList>{{QStringLiteral("--data-dir"), dir.path()}, {QStringLiteral("--data-dir=") + dir.path()}}) {
            const MosaicRun run = runMosaic(dataDir + demo, offscreen());
            INFO(run.out.toStdString() << run.err.toStdString());
            CHECK(run.exitCode == 2);
            CHECK_THAT(run.err.toStdString(), ContainsSubstring("--data-dir"));
            CHECK(entries(dir.path()) == before);
            CHECK(fileHash(dir.journalPath()) == journalBefore);
            CHECK_FALSE(QFile::exists(shotsFolder));
        }
    }
}

TEST_CASE("The demo modes need no display, however their option is written", "[window][demo]")
{
    // `--screenshots=DIR` was not taken for the tour before the window started, so it looked for a display, and
    // without one the program aborted instead of answering.
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        noDisplay.remove(QString::fromLatin1(name));
    TempJournalDir dir;
    TempJournalDir shots;
    const QString shotsFolder = shots.filePath(QStringLiteral("shots"));
    for (const QStringList &demo : QList<QStringList>{{QStringLiteral("--screenshots=") + shotsFolder}, {QStringLiteral("-self-test")}}) {
        // The refusal of a data folder is the quickest answer that still needs the window's process.
        const MosaicRun run = runMosaic(QStringList{QStringLiteral("--data-dir"), dir.path()} + demo, noDisplay);
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("--data-dir"));
        CHECK_FALSE(QFile::exists(shotsFolder));
    }
}

TEST_CASE("The self-test ignores MOSAIC_DATA_DIR and runs in a journal of its own", "[window][demo]")
{
    TempJournalDir dir;
    QProcessEnvironment environment = offscreen();
    environment.insert(QStringLiteral("MOSAIC_DATA_DIR"), dir.path());
    const MosaicRun run = runMosaic({QStringLiteral("--self-test")}, environment);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(entries(dir.path()).isEmpty());
}
#endif
