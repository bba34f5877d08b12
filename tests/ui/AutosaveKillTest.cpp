// SPDX-License-Identifier: GPL-3.0-or-later
// "If the process is killed, at most the last second is lost": a child types into a reflection through the real
// autosave and is killed with SIGKILL at random moments; what the journal holds is a prefix of what was typed, and
// no more is missing than was typed in the last second, plus a margin.
#include "incidents/IncidentStore.h"
#include "storage/Database.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"
#include "TypingText.h"

#include <catch2/catch_test_macros.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace mosaic;

TEST_CASE("Killing a typing process loses at most the last second", "[autosave][crash]")
{
    // The writer types a character every 10 ms: at most 100 characters a second (fewer when the machine is busy).
    // The bound allows one second of typing plus 300 ms for timer lateness and the save's own commit.
    constexpr int kCharactersPerSecond = 100;
    constexpr int kMaxLost = kCharactersPerSecond + 30;
    constexpr int kRounds = 8;

    TempJournalDir dir;
    const QString all = typingText();
    QRandomGenerator random(20261127); // fixed seed: a failure can be replayed
    int worstLost = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(MOSAIC_TYPING_WRITER), {dir.journalPath()});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(30000)); // the reflection exists and typing begins
        const int killAfterMs = int(random.bounded(300, 2500));
        QThread::msleep(killAfterMs);
        writer.kill();
        REQUIRE(writer.waitForFinished(30000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        lines.removeLast(); // after the last newline: empty, or a line the kill cut short
        REQUIRE(lines.size() >= 1);
        const QString incidentId = QString::fromLatin1(lines.first());
        const int typedLength = lines.size() > 1 ? lines.last().toInt() : 0;

        auto database = Database::open(dir.journalPath());
        REQUIRE(database.ok());
        IncidentStore store((*database)->connection());
        const auto incident = store.findIncident(incidentId);
        REQUIRE(incident.ok());
        REQUIRE(incident->has_value());
        const QString saved = (*incident)->situation;

        INFO("round " << round << ": killed after " << killAfterMs << " ms, typed " << typedLength << ", saved " << saved.size());
        CHECK(all.startsWith(saved));
        const int lost = std::max(0, typedLength - int(saved.size()));
        CHECK(lost <= kMaxLost);
        if (killAfterMs > 1300)
            CHECK(!saved.isEmpty()); // typing for more than a second has been saved at least once
        worstLost = std::max(worstLost, lost);
        std::printf("kill round %d: after %d ms, typed %d, saved %d, lost %d\n", round, killAfterMs, typedLength, int(saved.size()), lost);
    }
    std::printf("kill test: %d kills, at most %d characters lost (bound %d)\n", kRounds, worstLost, kMaxLost);
}
