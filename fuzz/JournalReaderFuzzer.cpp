// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an import file. The reader must refuse or accept every input without crashing,
// without undefined behaviour (the fuzz build runs under AddressSanitizer and UBSan) and within its limits of time
// and memory (libFuzzer's -timeout and -rss_limit_mb); what it accepts must pass the integrity checks or be refused
// by them, never crash them.
#include "exchange/JournalIntegrity.h"
#include "exchange/JournalJsonReader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translations and locale-aware messages expect an application; it lives as long as the process.
    static const auto application = std::make_unique<QCoreApplication>(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const mosaic::Result<mosaic::Journal> journal = mosaic::readJournalJson(bytes);
    if (!journal) {
        // A refusal is bad input with a message, never anything else.
        if (journal.failure().kind != mosaic::FailureKind::BadInput || journal.failure().message.isEmpty())
            std::abort();
        return 0;
    }
    (void)mosaic::checkJournalIntegrity(*journal, {});
    return 0;
}
