// SPDX-License-Identifier: GPL-3.0-or-later
// A committed entry survives the process dying at any moment: a child commits entries one transaction at a
// time and is killed with SIGKILL at random points, many times; every entry it reported is still there and
// the file passes PRAGMA integrity_check.
#include "incidents/IncidentStore.h"
#include "storage/Database.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace mosaic;

TEST_CASE("Entries committed before SIGKILL are all there and the journal is intact", "[storage][crash]")
{
    TempJournalDir dir;
    QSet<QString> committed;
    QRandomGenerator random(20261127); // fixed seed: a failure can be replayed
    constexpr int kRounds = 40;

    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(MOSAIC_CRASH_WRITER), {dir.journalPath()});
        REQUIRE(writer.waitForStarted());
        // Wait for the first commit of this round, then let it run a random while before killing it.
        REQUIRE(writer.waitForReadyRead(30000));
        QThread::msleep(random.bounded(1, 120));
        writer.kill();
        REQUIRE(writer.waitForFinished(30000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            // A line cut by the kill is incomplete; its commit may or may not have happened.
            if (line.size() == 36)
                committed.insert(QString::fromLatin1(line));
        }
    }
    INFO("entries reported committed: " << committed.size());
    REQUIRE(committed.size() >= kRounds);

    auto database = Database::open(dir.journalPath());
    REQUIRE(database.ok());
    CHECK((*database)->integrityOk());
    IncidentStore store((*database)->connection());
    const auto incidents = store.allIncidents(IncludeDeleted::Yes);
    REQUIRE(incidents.ok());
    QSet<QString> stored;
    for (const Incident &incident : *incidents)
        stored.insert(incident.stamps.id);
    QStringList missing;
    for (const QString &id : std::as_const(committed)) {
        if (!stored.contains(id))
            missing.append(id);
    }
    CHECK(missing.isEmpty());
}
