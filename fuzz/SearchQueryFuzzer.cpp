// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes (as UTF-8) as what a person types into the search field, searched in a small journal
// (the sample journal, imported once into memory). Whatever is typed, the search answers with hits or refuses it as
// bad input (nothing searchable, beyond the limits): FTS5 syntax must never leak through and fail the statement.
#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<mosaic::Database> &journal()
{
    static std::unique_ptr<mosaic::Database> database;
    return database;
}

[[noreturn]] void fail(const char *what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(message));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const auto application = std::make_unique<QCoreApplication>(*argc, *argv);
    auto database = mosaic::Database::openInMemory();
    if (!database)
        fail("opening an in-memory journal", database.failure().message);
    const auto sample = mosaic::readJournalFile(QStringLiteral(MOSAIC_FUZZ_SAMPLE_JOURNAL));
    if (!sample)
        fail("reading the sample journal", sample.failure().message);
    if (const auto imported = mosaic::importJournal(**database, *sample, mosaic::ImportMode::Apply); !imported)
        fail("importing the sample journal", imported.failure().message);
    journal() = std::move(*database);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString ftsQuery = mosaic::toFtsQuery(query);
    const auto hits = mosaic::searchJournal(journal()->connection(), query, {.limit = 5});
    if (!hits) {
        if (hits.failure().kind != mosaic::FailureKind::BadInput)
            fail("the search failed", hits.failure().message);
        // Refused: nothing searchable, or beyond the limits.
        if (!ftsQuery.isEmpty() && !mosaic::checkSearchQueryLimits(query))
            fail("a query within the limits with searchable words was refused", hits.failure().message);
        return 0;
    }
    if (ftsQuery.isEmpty())
        fail("a query without searchable words was searched", query);
    for (const mosaic::SearchHit &hit : *hits) {
        if (hit.id.isEmpty())
            fail("a hit without an id", hit.snippet);
    }
    return 0;
}
