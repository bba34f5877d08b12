// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile import file is refused without taking many times its size in memory: a file of nested arrays of 69 MB
// once took 5.3 GB before it was refused. A plausible journal of 16 MB is imported (and checked in a dry run) in at
// most twice its size, and a syntax error at its end is refused at once. Measured through the binary: GNU time reports the peak memory of `mosaic`
// alone (getrusage of a child started by this test would count this test's own memory, which fork copies).
// Labelled "memory": the sanitizer job leaves it out, as sanitizers multiply memory.
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cctype>
#include <iterator>

using Catch::Matchers::ContainsSubstring;

namespace {

struct MeasuredRun
{
    int exitCode = -1;
    QString err;
    long peakKilobytes = 0;
    qint64 milliseconds = 0;
};

// `mosaic --data-dir DIR import ARGUMENTS…`, with its peak resident memory.
MeasuredRun importMeasured(const QString &time, const TempJournalDir &dir, const QStringList &arguments)
{
    const QString report = dir.filePath(QStringLiteral("peak.txt"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(time,
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), report, QStringLiteral(MOSAIC_EXECUTABLE),
                              QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import")} +
                      arguments);
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

// What importing costs at all, the baseline of every measure: a tiny file that is not a journal.
MeasuredRun tinyImport(const QString &time, const TempJournalDir &dir)
{
    const QString tiny = dir.filePath(QStringLiteral("tiny.json"));
    {
        QFile file(tiny);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    const MeasuredRun baseline = importMeasured(time, dir, {tiny});
    REQUIRE(baseline.exitCode == 2);
    REQUIRE(baseline.peakKilobytes > 0);
    return baseline;
}

const QByteArray kHeader = R"({"format": "mosaic-journal", "version": 1, "exportedAt": "2026-01-31T20:00:00Z", "circles": [)";

// ---- plausible journals -------------------------------------------------------------------------------------------

// A deterministic stream of words, some of them not ASCII, to write prose that looks like a journal's.
class Prose
{
public:
    QByteArray sentence(int words)
    {
        static constexpr const char *kWords[] = {
            "morning",  "meeting", "colleague",  "walk",         "coffee",   "r\xC3\xA9sum\xC3\xA9",     "z\xC3\xBCrich", "evening", "choir",    "neighbour",
            "boundary", "quiet",   "message",    "unanswered",   "kindness", "\xE6\x9D\xB1\xE4\xBA\xAC", "worried",       "project", "feedback", "sister",
            "mentor",   "courage", "invitation", "se\xC3\xB1ora"};
        QByteArray text;
        for (int i = 0; i < words; ++i) {
            m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
            QByteArray word = kWords[(m_state >> 33) % std::size(kWords)];
            if (i == 0)
                word[0] = char(std::toupper(word[0]));
            text += word;
            text += i + 1 == words ? "." : " ";
        }
        return text;
    }
    QByteArray paragraphs(int count, int wordsEach)
    {
        QByteArray text;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += "\\n\\n";
            text += sentence(wordsEach);
        }
        return text;
    }

private:
    quint64 m_state = 42;
};

QByteArray numberedId(int kind, int number)
{
    return QStringLiteral("%1-0000-4000-8000-%2").arg(kind, 8, 16, QLatin1Char('0')).arg(number, 12, 10, QLatin1Char('0')).toLatin1();
}

QByteArray instant(int day, int minute)
{
    return QDateTime(QDate(2020, 1, 1).addDays(day), QTime(0, 0).addSecs(minute * 60), Qt::UTC).toString(Qt::ISODate).toLatin1();
}

// A journal of at least `bytes`: reflections with long prose, two reframes each, wins, daily check-ins of three habits
// for years. Its members are in an order of their own (reframes before the incidents they name, "version" last), as
// any JSON object may be.
QString writePlausibleJournal(const TempJournalDir &dir, const QString &name, qint64 bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    Prose prose;
    constexpr int kIncidents = 4200;
    constexpr int kHabits = 3;
    constexpr int kDays = 3650;
    const auto write = [&file](const QByteArray &text) { REQUIRE(file.write(text) == text.size()); };

    write(R"({"format": "mosaic-journal", "exportedAt": "2026-01-31T20:00:00Z", "app": "ImportMemoryTest",)"
          "\n\"circles\": [");
    for (int c = 0; c < 6; ++c)
        write((c ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x10, c) + R"(", "createdAt": ")" + instant(c, 60) + R"(", "updatedAt": ")" +
              instant(c, 90) + R"(", "name": "Circle )" + QByteArray::number(c) + R"(", "kind": "friends"})");
    write("],\n\"people\": [");
    for (int p = 0; p < 30; ++p)
        write((p ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x20, p) + R"(", "createdAt": ")" + instant(p, 60) + R"(", "updatedAt": ")" +
              instant(p, 90) + R"(", "name": "Person )" + QByteArray::number(p) + R"(", "notes": ")" + prose.sentence(20) + "\"}");
    write("],\n\"reframes\": [");
    for (int r = 0; r < 2 * kIncidents; ++r)
        write((r ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x50, r) + R"(", "createdAt": ")" + instant(r / 2, 700) + R"(", "updatedAt": ")" +
              instant(r / 2, 710) + R"(", "incidentId": ")" + numberedId(0x40, r / 2) + R"(", "text": ")" + prose.sentence(30) +
              R"(", "kind": "evidence", "believability": 70})");
    write("],\n\"incidents\": [");
    for (int i = 0; i < kIncidents; ++i)
        write((i ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x40, i) + R"(", "createdAt": ")" + instant(i, 600) + R"(", "updatedAt": ")" +
              instant(i, 650) + R"(", "occurredAt": ")" + instant(i, 540) + R"(", "kind": "conflict", "title": ")" + prose.sentence(5) +
              R"(", "situation": ")" + prose.paragraphs(3, 60) + R"(", "circleId": ")" + numberedId(0x10, i % 6) + R"(", "personIds": [")" +
              numberedId(0x20, i % 30) + R"("], "emotions": [{"name": "anxious", "before": 70, "after": 40}], "thought": ")" + prose.sentence(40) +
              R"(", "beliefBefore": 80, "beliefAfter": 35, "distortions": ["mind-reading"], "evidenceFor": ")" + prose.paragraphs(2, 40) +
              R"(", "evidenceAgainst": ")" + prose.paragraphs(2, 40) + R"(", "learned": ")" + prose.sentence(50) + R"(", "tags": ["work"]})");
    write("],\n\"habits\": [");
    for (int h = 0; h < kHabits; ++h)
        write((h ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x80, h) + R"(", "createdAt": ")" + instant(0, 60) + R"(", "updatedAt": ")" +
              instant(0, 90) + R"(", "name": "Habit )" + QByteArray::number(h) + R"(", "schedule": {"type": "daily"}, "startDate": "2020-01-01"})");
    write("],\n\"checkIns\": [");
    for (int d = 0; d < kDays; ++d) {
        for (int h = 0; h < kHabits; ++h)
            write((d + h ? ",\n" : "\n") + QByteArray(R"({"habitId": ")") + numberedId(0x80, h) + R"(", "date": ")" +
                  QDate(2020, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + R"(", "status": "done", "updatedAt": ")" + instant(d, 1200) + "\"}");
    }
    write("],\n\"wins\": [");
    for (int w = 0; w < 1000; ++w)
        write((w ? ",\n" : "\n") + QByteArray(R"({"id": ")") + numberedId(0x70, w) + R"(", "createdAt": ")" + instant(w, 800) + R"(", "updatedAt": ")" +
              instant(w, 800) + R"(", "date": ")" + QDate(2020, 1, 1).addDays(w).toString(Qt::ISODate).toLatin1() + R"(", "text": ")" + prose.sentence(25) +
              R"(", "incidentId": ")" + numberedId(0x40, w) + "\"}");
    write("],\n\"version\": 1}\n");
    file.close();
    REQUIRE(QFileInfo(path).size() >= bytes);
    return path;
}

} // namespace

TEST_CASE("A hostile import file is refused within a second, in memory proportional to its size", "[cli][import][memory]")
{
    const QString time = QFileInfo::exists(QStringLiteral("/usr/bin/time")) ? QStringLiteral("/usr/bin/time") : QString();
    if (time.isEmpty())
        SKIP("GNU time is not installed (scripts/install-deps.sh installs it)");
    TempJournalDir dir;
    constexpr qint64 kBytes = 16 * 1024 * 1024;

    const MeasuredRun baseline = tinyImport(time, dir);

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
        const MeasuredRun run = importMeasured(time, dir, {hostile.path});
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

TEST_CASE("A large plausible journal is imported in memory proportional to its size", "[cli][import][memory]")
{
    const QString time = QFileInfo::exists(QStringLiteral("/usr/bin/time")) ? QStringLiteral("/usr/bin/time") : QString();
    if (time.isEmpty())
        SKIP("GNU time is not installed (scripts/install-deps.sh installs it)");
    TempJournalDir dir;
    const MeasuredRun baseline = tinyImport(time, dir);

    const QString valid = writePlausibleJournal(dir, QStringLiteral("plausible.json"), 16 * 1024 * 1024);
    const qint64 size = QFileInfo(valid).size();
    const auto report = [&](const char *what, const MeasuredRun &run) {
        const long extraKilobytes = run.peakKilobytes - baseline.peakKilobytes;
        WARN(what << ": " << size / 1024 << " KiB in " << run.milliseconds << " ms, exit " << run.exitCode << ", peak memory " << run.peakKilobytes << " KiB, "
                  << extraKilobytes << " KiB above a tiny import's " << baseline.peakKilobytes << " KiB");
        INFO(what << ": " << run.err.toStdString());
        return extraKilobytes;
    };

    SECTION("a dry run")
    {
        const MeasuredRun run = importMeasured(time, dir, {QStringLiteral("--dry-run"), valid});
        const long extra = report("dry run of a plausible journal", run);
        CHECK(run.exitCode == 0);
        CHECK(extra <= 2 * size / 1024);
    }
    SECTION("a real import")
    {
        const MeasuredRun run = importMeasured(time, dir, {valid});
        const long extra = report("import of a plausible journal", run);
        CHECK(run.exitCode == 0);
        CHECK(extra <= 2 * size / 1024);
    }
    SECTION("the same file with a syntax error near its end")
    {
        QFile file(valid);
        REQUIRE(file.open(QIODevice::ReadWrite));
        // "version": 1} becomes "version": 1]: closed wrongly, a mistake rather than a cut.
        REQUIRE(file.seek(size - 2));
        REQUIRE(file.write("]") == 1);
        file.close();
        const MeasuredRun run = importMeasured(time, dir, {valid});
        report("plausible journal with a syntax error at its end", run);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("not valid JSON"));
        CHECK_FALSE(QFile::exists(dir.journalPath()));
    }
}
