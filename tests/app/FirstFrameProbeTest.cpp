// SPDX-License-Identifier: GPL-3.0-or-later
// The startup benchmark's probe: `mosaic --quit-after-first-frame` reports the window's own peak memory.
#include "MosaicProcess.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstring>
#include <vector>

#if defined(MOSAIC_HAVE_WINDOW) && defined(Q_OS_LINUX)
TEST_CASE("The first-frame probe reports the window's own peak memory, not its parent's", "[window]")
{
    // A parent holding 400 MB, as the benchmark does right after building its heavy journal. Linux carries
    // getrusage's peak across exec, which made a 64 MB window report the parent's size.
    std::vector<char> parentMemory(400u * 1024u * 1024u);
    std::memset(parentMemory.data(), 1, parentMemory.size());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const MosaicRun run = runMosaic({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-frame")}, environment);
    REQUIRE(run.exitCode == 0);
    const QRegularExpressionMatch peak = QRegularExpression(QStringLiteral("first-frame peak-rss-kb (\\d+)")).match(run.out);
    REQUIRE(peak.hasMatch());
    const long kilobytes = peak.captured(1).toLong();
    CHECK(kilobytes > 0);
    CHECK(kilobytes < 300 * 1024);
    CHECK(parentMemory[parentMemory.size() / 2] == 1);
}
#endif
