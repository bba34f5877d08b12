// SPDX-License-Identifier: GPL-3.0-or-later
// The window keeps its hold on the journal while it is open. Found by using the window and the command line on one
// journal: 20 s after the window opened, its automatic backup read the journal's first bytes with a plain open and
// close, which dropped every lock the window held on the file. The next program to close the journal (any SQLite
// client) took it for unused and deleted its write-ahead log; a person removed in the window after that was never
// removed from the journal, and came back at the next start.
#include "MosaicProcess.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#if defined(MOSAIC_HAVE_WINDOW) && defined(Q_OS_LINUX)
TEST_CASE("Another program closing the journal keeps away from the log of the open window once the automatic backup ran", "[window][files]")
{
    TempJournalDir dir;
    QTemporaryDir home;
    REQUIRE(home.isValid());
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), QStringLiteral(MOSAIC_SAMPLE_JOURNAL)}).exitCode == 0);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QProcess window;
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(MOSAIC_EXECUTABLE), {QStringLiteral("--data-dir"), dir.path()});
    REQUIRE(window.waitForStarted());
    // The automatic backup runs 20 s after the window opens (app/window/BackupScheduler.cpp), on a thread of its own.
    CHECK_FALSE(window.waitForFinished(30000));
    REQUIRE(window.state() == QProcess::Running);

    // Another SQLite program opens the journal, reads and closes it, as `sqlite3` or a backup tool would.
    QProcess other;
    other.start(QStringLiteral(MOSAIC_PYTHON),
                {QStringLiteral("-c"),
                 QStringLiteral("import sqlite3, sys\n"
                                "c = sqlite3.connect(sys.argv[1])\n"
                                "print(c.execute('SELECT count(*) FROM people').fetchone()[0])\n"
                                "c.close()"),
                 dir.journalPath()});
    REQUIRE(other.waitForFinished(30000));
    INFO(other.readAllStandardError().toStdString());
    CHECK(other.exitCode() == 0);
    // The window still holds the journal: its write-ahead log, where its next commits go, is still the file's.
    CHECK(QFileInfo::exists(dir.journalPath() + QStringLiteral("-wal")));

    window.terminate();
    if (!window.waitForFinished(10000)) {
        window.kill();
        window.waitForFinished();
    }
}
#endif
