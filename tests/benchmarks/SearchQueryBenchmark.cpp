// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how a search's time grows with the length of its query, up to the longest query allowed
// (InputLimits::kSearchWords): the same word typed n times, and n different words that all match. Time should grow
// linearly (a constant time per word); snippet() once made it grow with the square of the words.
// Not a test: run it on a quiet machine (build/release/tests/benchmarks/mosaic-search-query-benchmark) and read the medians.
#include "common/InputLimits.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace mosaic;

namespace {

constexpr int kWins = 2000;

QString word(qsizetype index)
{
    return QStringLiteral("word%1").arg(index, 2, 10, QLatin1Char('0'));
}

double medianMilliseconds(const QSqlDatabase &connection, const QString &query)
{
    QList<double> samples;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = searchJournal(connection, query);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits || hits->isEmpty()) {
            std::fprintf(stderr, "benchmark failed: %s found nothing\n", qPrintable(query.left(40)));
            std::exit(1);
        }
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto database = Database::openInMemory();
    if (!database)
        return 1;
    QSqlDatabase connection = (*database)->connection();

    // Every win holds every word of the vocabulary twice, shuffled: any query made of them matches every win.
    QStringList vocabulary;
    for (qsizetype i = 0; i < InputLimits::kSearchWords; ++i)
        vocabulary.append(word(i));
    QRandomGenerator random(14);
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO wins(id, created_at, updated_at, date, text) VALUES (?, ?, ?, '2026-03-01', ?)"));
    connection.transaction();
    for (int i = 0; i < kWins; ++i) {
        QStringList text = vocabulary + vocabulary;
        std::shuffle(text.begin(), text.end(), random);
        insert.addBindValue(QStringLiteral("win-%1").arg(i));
        insert.addBindValue(QStringLiteral("2026-03-01T10:00:00.000Z"));
        insert.addBindValue(QStringLiteral("2026-03-01T10:00:00.000Z"));
        insert.addBindValue(text.join(u' '));
        if (!insert.exec())
            return 1;
    }
    connection.commit();

    std::printf("%d wins of %lld words each; median of 5 searches\n", kWins, static_cast<long long>(2 * vocabulary.size()));
    std::printf("%6s  %22s  %22s\n", "words", "one word n times (ms)", "n different words (ms)");
    for (qsizetype n = 1; n <= InputLimits::kSearchWords; n *= 2) {
        const QString repeated = QStringList(n, word(1)).join(u' ');
        const QString different = vocabulary.first(n).join(u' ');
        const double repeatedMs = medianMilliseconds(connection, repeated);
        const double differentMs = medianMilliseconds(connection, different);
        std::printf("%6lld  %10.2f (%5.2f/word)  %10.2f (%5.2f/word)\n", static_cast<long long>(n), repeatedMs, repeatedMs / double(n), differentMs,
                    differentMs / double(n));
        std::fflush(stdout);
    }
    return 0;
}
