// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the window over the heavy journal: the time from starting `mosaic` to its first drawn frame
// (offscreen), and the process's peak memory then. Not a test: run it on a quiet machine and read the medians.
//   mosaic-startup-benchmark [RUNS] [KEEP_DIR]
#include "HeavyJournal.h"

#include "exchange/JournalImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mosaic;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;
    QTemporaryDir temporary;
    const QDir work(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path());
    const QString dataDirectory = work.filePath(QStringLiteral("heavy"));

    if (!QFile::exists(QDir(dataDirectory).filePath(QStringLiteral("journal.sqlite")))) {
        QDir().mkpath(dataDirectory);
        auto database = Database::open(QDir(dataDirectory).filePath(QStringLiteral("journal.sqlite")));
        if (!database)
            return 1;
        if (!importJournal(**database, benchmark::makeHeavyJournal(), ImportMode::Apply))
            return 1;
    }

    const QString mosaic = QStringLiteral(MOSAIC_EXECUTABLE);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<double> startTimes;
    QList<double> peaks;
    // One run first to warm the disk cache: "cold" here is a new process, not an empty page cache.
    for (int run = -1; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(mosaic, {QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("--quit-after-first-frame")});
        QByteArray output;
        while (!output.contains("first-frame") && process.waitForReadyRead(30000))
            output += process.readAllStandardOutput();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        process.waitForFinished(30000);
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("peak-rss-kb ");
        if (at < 0) {
            std::fprintf(stderr, "mosaic did not report its first frame:\n%s\n", process.readAllStandardError().constData());
            return 1;
        }
        if (run < 0)
            continue;
        startTimes.append(elapsed);
        peaks.append(output.mid(at + 12).trimmed().toDouble() / 1024.0);
    }
    std::printf("Window over the heavy journal (offscreen), %d runs\n", runs);
    std::printf("  start to first frame: median %.0f ms (best %.0f, worst %.0f); target <= 250 ms\n", median(startTimes),
                *std::min_element(startTimes.begin(), startTimes.end()), *std::max_element(startTimes.begin(), startTimes.end()));
    std::printf("  peak memory: median %.1f MB (worst %.1f); target <= 120 MB\n", median(peaks), *std::max_element(peaks.begin(), peaks.end()));
    return 0;
}
