// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how fast the core handles the heavy journal: import, export, search, stats, and the database size.
// Not a test: run it on a quiet machine (build/release/tests/benchmarks/mosaic-benchmark [KEEP_DIR]) and read the medians.
#include "HeavyJournal.h"

#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "exchange/JournalJsonWriter.h"
#include "exchange/JournalLoader.h"
#include "insights/JournalStats.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mosaic;

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min(samples.size() - 1, qsizetype(fraction * double(samples.size() - 1) + 0.5));
    return samples.at(index);
}

void report(const char *what, const QList<double> &samples)
{
    std::printf("%-34s median %9.2f ms   min %9.2f   max %9.2f   (%lld runs)\n", what, percentile(samples, 0.5),
                *std::min_element(samples.begin(), samples.end()), *std::max_element(samples.begin(), samples.end()), static_cast<long long>(samples.size()));
    std::fflush(stdout);
}

[[noreturn]] void die(const Failure &failure)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(failure.message));
    std::exit(1);
}

// Varied queries: common and rare words, prefixes, accents typed with and without, two and three words.
QStringList searchQueries()
{
    QStringList queries =
        QStringLiteral(
            "lunch|invitation|choir|unanswered rejection|resume|résumé|zurich|cafe|sao paulo|krakow|mentor feedback|quiet evening|"
            "boundary|courage|forgot birthday|cancelled dinner|excluded|praised|neighbour garden|chess club|volunteer library|"
            "apologised|thanked|embarrassed|proud|awkward|hopeful|nervous meeting|grateful friend|honest feedback|rej|invit|"
            "colle|neighb|celebr|volunt|sem|proj|coff|gard|Person 12|Person 1999|Circle 7|Strength 3|tag12|ålesund|aerø|"
            "crème|façade|deja vu|jalapeno|train station|bus|phone call|email|group chat|office|weekend holiday|"
            "sister brother|cousin|team project review|morning walk|evening coffee|quiet lunch|ignored message|laughed joked|"
            "waited replied|asked invited|promised|shared|listened helped|remembered|noticed|criticised|tired|calm|curious|patient|"
            "relieved|party|seminar|weekend|birthday dinner|table room|station train|chat group|morning|evening|friend|colleague|brother|praised friend|"
            "message|meeting|walk|garden|library|kindness|review|club")
            .split(u'|');
    return queries.mid(0, 100);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // With a folder argument, the generated file and journals are kept there for a closer look.
    QTemporaryDir temporary;
    const QDir work(argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path());
    if (!work.exists())
        return 1;

    QElapsedTimer timer;
    timer.start();
    const Journal heavy = benchmark::makeHeavyJournal();
    const QByteArray json = writeJournalJson(heavy);
    const QString jsonPath = work.filePath(QStringLiteral("heavy.json"));
    {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return 1;
    }
    std::printf("Heavy journal: %lld incidents, %lld reframes, %lld wins, %lld habits, %lld check-ins, %lld people, %lld circles, %lld memberships\n",
                static_cast<long long>(heavy.incidents.size()), static_cast<long long>(heavy.reframes.size()), static_cast<long long>(heavy.wins.size()),
                static_cast<long long>(heavy.habits.size()), static_cast<long long>(heavy.checkIns.size()), static_cast<long long>(heavy.people.size()),
                static_cast<long long>(heavy.circles.size()), static_cast<long long>(heavy.memberships.size()));
    std::printf("Interchange file: %.1f MB (generated in %.0f ms)\n\n", double(json.size()) / 1e6, milliseconds(timer));

    // Import: read + validate + integrity + merge into a fresh journal, in one transaction.
    constexpr int kImportRuns = 3;
    QList<double> importTimes;
    QList<double> readTimes;
    QString journalPath;
    for (int run = 0; run < kImportRuns; ++run) {
        journalPath = work.filePath(QStringLiteral("import-%1.sqlite").arg(run));
        auto database = Database::open(journalPath);
        if (!database)
            die(database.failure());
        timer.restart();
        const auto file = readJournalFile(jsonPath);
        if (!file)
            die(file.failure());
        readTimes.append(milliseconds(timer));
        const auto summary = importJournal(**database, *file, ImportMode::Apply);
        if (!summary)
            die(summary.failure());
        importTimes.append(milliseconds(timer));
    }
    report("import (parse, check, merge)", importTimes);
    report("  of which reading and validating", readTimes);

    auto database = Database::open(journalPath);
    if (!database)
        die(database.failure());

    QList<double> exportTimes;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        const auto journal = loadJournal(**database, QDateTime::currentDateTimeUtc(), QStringLiteral("benchmark"));
        if (!journal)
            die(journal.failure());
        const QByteArray exported = writeJournalJson(*journal);
        exportTimes.append(milliseconds(timer));
        if (exported.size() < json.size() / 2)
            die(Failure::operation(QStringLiteral("export lost data")));
    }
    report("export (load, write JSON)", exportTimes);

    const QStringList queries = searchQueries();
    for (const QString &query : queries) // warm the page cache once
        (void)searchJournal((*database)->connection(), query);
    // The command line and the window show 20 hits; 50 shows what a longer list costs.
    for (const int limit : {20, 50}) {
        SearchOptions options;
        options.limit = limit;
        QList<double> searchTimes;
        QHash<QString, double> slowestPerQuery;
        qint64 hits = 0;
        for (int pass = 0; pass < 3; ++pass) {
            for (const QString &query : queries) {
                timer.restart();
                const auto found = searchJournal((*database)->connection(), query, options);
                searchTimes.append(milliseconds(timer));
                slowestPerQuery[query] = std::max(slowestPerQuery.value(query), searchTimes.last());
                if (!found)
                    die(found.failure());
                hits += found->size();
            }
        }
        std::printf("%-34s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%lld queries, %lld hits)\n",
                    qPrintable(QStringLiteral("search, %1 hits (100 queries x3)").arg(limit)), percentile(searchTimes, 0.5), percentile(searchTimes, 0.95),
                    *std::max_element(searchTimes.begin(), searchTimes.end()), static_cast<long long>(searchTimes.size()), static_cast<long long>(hits));
        QList<std::pair<double, QString>> slowest;
        for (auto it = slowestPerQuery.cbegin(); it != slowestPerQuery.cend(); ++it)
            slowest.append({it.value(), it.key()});
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        std::printf("  slowest:");
        for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
            std::printf(" \"%s\" %.1f ms%s", qPrintable(slowest.at(i).second), slowest.at(i).first, i < 4 ? "," : "\n");
    }

    QList<double> statsTimes;
    for (int run = 0; run < 15; ++run) {
        timer.restart();
        const auto stats = collectJournalStats(**database, QDate(2026, 1, 1));
        statsTimes.append(milliseconds(timer));
        if (!stats)
            die(stats.failure());
    }
    report("stats (counts, 10 habits, balance)", statsTimes);

    QSqlQuery checkpoint((*database)->connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("\nDatabase size: %.1f MB\n", double(QFileInfo(journalPath).size()) / 1e6);
    std::printf("Targets: import <= 3000 ms, export <= 1500 ms, search p95 <= 5 ms, stats <= 20 ms\n");
    return 0;
}
