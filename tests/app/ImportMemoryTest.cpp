// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile import file is refused without taking many times its size in memory: a file of nested arrays of 69 MB
// once took 5.3 GB before it was refused. Measured through the binary: GNU time reports the peak memory of `mosaic`
// alone (getrusage of a child started by this test would count this test's own memory, which fork copies).
// Labelled "memory": the sanitizer job leaves it out, as sanitizers multiply memory.
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using Catch::Matchers::ContainsSubstring;

namespace {

struct MeasuredRun
{
    int exitCode = -1;
    QString err;
    long peakKilobytes = 0;
    qint64 milliseconds = 0;
};

// `mosaic --data-dir DIR import FILE`, with its peak resident memory.
MeasuredRun importMeasured(const QString &time, const TempJournalDir &dir, const QString &file)
{
    const QString report = dir.filePath(QStringLiteral("peak.txt"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(time,
                  {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), report, QStringLiteral(MOSAIC_EXECUTABLE), QStringLiteral("--data-dir"),
                   dir.path(), QStringLiteral("import"), file});
    MeasuredRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    QFile peak(report);
    if (peak.open(QIODevice::ReadOnly))
        run.peakKilobytes = QString::fromLatin1(peak.readAll()).trimmed().split(u'\n').last().toLong();
    return run;
}

// A file of `prefix`, then `unit` repeated until the file has `bytes`, then `suffix`; written in pieces.
QString writeRepeated(const TempJournalDir &dir, const QString &name, const QByteArray &prefix, const QByteArray &unit, qint64 bytes, const QByteArray &suffix)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(prefix);
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += unit;
    qint64 written = prefix.size();
    while (written + chunk.size() < bytes) {
        REQUIRE(file.write(chunk) == chunk.size());
        written += chunk.size();
    }
    REQUIRE(file.write(suffix) == suffix.size());
    return path;
}

const QByteArray kHeader = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": [)";

} // namespace

TEST_CASE("A hostile import file is refused within a second, in memory proportional to its size", "[cli][import][memory]")
{
    const QString time = QFileInfo::exists(QStringLiteral("/usr/bin/time")) ? QStringLiteral("/usr/bin/time") : QString();
    if (time.isEmpty())
        SKIP("GNU time is not installed (scripts/install-deps.sh installs it)");
    TempJournalDir dir;
    constexpr qint64 kBytes = 16 * 1024 * 1024;

    // What importing costs at all: a tiny file that is not a journal.
    const QString tiny = dir.filePath(QStringLiteral("tiny.json"));
    {
        QFile file(tiny);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    const MeasuredRun baseline = importMeasured(time, dir, tiny);
    REQUIRE(baseline.exitCode == 2);
    REQUIRE(baseline.peakKilobytes > 0);

    struct Case
    {
        const char *name;
        QString path;
        const char *message;
    };
    const QList<Case> cases{
        {"nested arrays, 20 deep, side by side",
         writeRepeated(dir, QStringLiteral("wide.json"), kHeader, QByteArray(20, '[') + QByteArray(20, ']') + ',', kBytes, "[]]}"), "densely"},
        {"arrays nested 16 million deep", writeRepeated(dir, QStringLiteral("deep.json"), kHeader, "[", kBytes, "]}"), "too deeply"},
        {"numbers, side by side", writeRepeated(dir, QStringLiteral("numbers.json"), kHeader, "1,", kBytes, "1]}"), "densely"},
    };
    for (const Case &hostile : cases) {
        const qint64 size = QFileInfo(hostile.path).size();
        const MeasuredRun run = importMeasured(time, dir, hostile.path);
        const long extraKilobytes = run.peakKilobytes - baseline.peakKilobytes;
        WARN(hostile.name << ": " << size / 1024 << " KiB refused in " << run.milliseconds << " ms, peak memory " << run.peakKilobytes << " KiB, "
                          << extraKilobytes << " KiB above a tiny import's " << baseline.peakKilobytes << " KiB");
        INFO(hostile.name << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring(hostile.message));
        CHECK(extraKilobytes <= 2 * size / 1024);
        CHECK_FALSE(QFile::exists(dir.journalPath() + QStringLiteral("-wal")));
    }
}
