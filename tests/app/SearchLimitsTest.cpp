// SPDX-License-Identifier: GPL-3.0-or-later
// A search query has limits (common/InputLimits.h): one beyond them is refused at once with exit code 2 and a kind
// message; one at them runs.
#include "MosaicProcess.h"

#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QElapsedTimer>
#include <QStringList>

using Catch::Matchers::ContainsSubstring;

TEST_CASE("search refuses a query beyond the limits at once, and runs one at the limits", "[cli][search][limits]")
{
    TempJournalDir dir;
    REQUIRE(runMosaicIn(dir.path(), {QStringLiteral("import"), QStringLiteral(MOSAIC_SAMPLE_JOURNAL)}).exitCode == 0);

    // 4,000 words, as pasted from a long text: it once took 40 s and 1.26 GB.
    QStringList words;
    for (int i = 0; i < 4000; ++i)
        words.append(i % 2 == 0 ? QStringLiteral("lunch") : QStringLiteral("team"));
    QElapsedTimer timer;
    timer.start();
    const MosaicRun refused = runMosaicIn(dir.path(), {QStringLiteral("search"), words.join(u' ')});
    WARN("a 4,000-word search was refused in " << timer.elapsed() << " ms");
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err.toStdString(), ContainsSubstring("too long"));
    CHECK(refused.out.isEmpty());

    // 65 short words fit in the length but not in the word count.
    const MosaicRun tooManyWords = runMosaicIn(dir.path(), {QStringLiteral("search"), words.first(65).join(u' ')});
    CHECK(tooManyWords.exitCode == 2);
    CHECK_THAT(tooManyWords.err.toStdString(), ContainsSubstring("too many words"));

    const MosaicRun atTheLimit = runMosaicIn(dir.path(), {QStringLiteral("search"), words.first(64).join(u' '), QStringLiteral("--json")});
    INFO(atTheLimit.err.toStdString());
    CHECK(atTheLimit.exitCode == 0);
    CHECK_THAT(atTheLimit.out.toStdString(), ContainsSubstring("\"incident\""));
}
