// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's files and outputs as a user meets them through the real `mosaic` binary: an output never replaces
// the journal, a full disk is reported and leaves nothing half-written, files are private, a read-only journal reads.
#include "MosaicProcess.h"
#include "TestFiles.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

using Catch::Matchers::ContainsSubstring;

namespace {

const QString kSample = QStringLiteral(MOSAIC_SAMPLE_JOURNAL);

void importSample(const QString &dataDirectory)
{
    const MosaicRun run = runMosaicIn(dataDirectory, {QStringLiteral("import"), kSample});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString statsJson(const QString &dataDirectory)
{
    return runMosaicIn(dataDirectory, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-20")}).out;
}

int modeOf(const QString &path)
{
    struct stat status
    { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 07777);
}

// Runs mosaic with its standard output going to a file, as `mosaic … > FILE` does.
MosaicRun runMosaicToFile(const QStringList &arguments, const QString &outputFile)
{
    QProcess process;
    process.setStandardOutputFile(outputFile, QIODevice::Truncate);
    process.start(QStringLiteral(MOSAIC_EXECUTABLE), arguments);
    process.closeWriteChannel();
    return finishMosaic(process);
}

// A file system mounted for one test and unmounted when it ends. Mounting needs root (these tests run as root in CI).
class TestMount
{
public:
    // Empty with the reason when this machine cannot mount (not root, no mount(8), a container without the right).
    static std::optional<TestMount> mount(const QStringList &arguments, const QString &where, QString *whyNot)
    {
        if (::geteuid() != 0) {
            *whyNot = QStringLiteral("mounting needs root");
            return std::nullopt;
        }
        QProcess process;
        process.start(QStringLiteral("mount"), arguments);
        if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *whyNot = QStringLiteral("mount %1 failed: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
            return std::nullopt;
        }
        return TestMount(where);
    }
    TestMount(TestMount &&other) noexcept
        : m_where(std::exchange(other.m_where, QString()))
    { }
    TestMount &operator=(TestMount &&) = delete;
    TestMount(const TestMount &) = delete;
    ~TestMount()
    {
        if (!m_where.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_where});
    }

private:
    explicit TestMount(QString where)
        : m_where(std::move(where))
    { }
    QString m_where;
};

// A tmpfs of `kibibytes` with all but about `freeKibibytes` already filled, so that a write fills it part-way.
std::optional<TestMount> nearlyFullDisk(const QString &where, int kibibytes, int freeKibibytes, QString *whyNot)
{
    REQUIRE(QDir().mkpath(where));
    auto mounted = TestMount::mount(
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kibibytes), QStringLiteral("tmpfs"), where}, where,
        whyNot);
    if (mounted) {
        QFile filler(QDir(where).filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        REQUIRE(filler.write(QByteArray((kibibytes - freeKibibytes) * 1024, 'x')) == (kibibytes - freeKibibytes) * 1024);
    }
    return mounted;
}

} // namespace

TEST_CASE("backup and export refuse every path that leads to the journal, and write nothing", "[cli][outputs]")
{
    TempJournalDir dir;
    importSample(dir.path());
    const QString before = statsJson(dir.path());
    const QByteArray hash = fileHash(dir.journalPath());

    TempJournalDir elsewhere;
    const QString linkedFolder = elsewhere.filePath(QStringLiteral("linked-data"));
    REQUIRE(QFile::link(dir.path(), linkedFolder));
    const QString hardLink = elsewhere.filePath(QStringLiteral("hard-link.sqlite"));
    REQUIRE(::link(QFile::encodeName(dir.journalPath()).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QString fileLink = elsewhere.filePath(QStringLiteral("file-link.sqlite"));
    REQUIRE(QFile::link(dir.journalPath(), fileLink));

    const QStringList targets{
        linkedFolder + QStringLiteral("/journal.sqlite"),
        hardLink,
        fileLink,
        dir.journalPath() + QStringLiteral("-wal"),
        linkedFolder + QStringLiteral("/journal.sqlite-shm"),
        dir.filePath(QStringLiteral("./journal.sqlite")),
        dir.filePath(QStringLiteral("settings.ini")),
    };
    for (const QString &target : targets) {
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("export")}) {
            INFO(command.toStdString() << " -o " << target.toStdString());
            const MosaicRun run = runMosaicIn(dir.path(), {command, QStringLiteral("-o"), target});
            CHECK(run.exitCode == 2);
            CHECK_THAT(run.err.toStdString(), ContainsSubstring("Nothing was written"));
            CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
        }
    }
    CHECK(fileHash(dir.journalPath()) == hash);
    CHECK(statsJson(dir.path()) == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("settings.ini"))));

    // A file elsewhere, reached through a linked folder, is an ordinary target.
    REQUIRE(QFile::link(elsewhere.path(), dir.filePath(QStringLiteral("to-elsewhere"))));
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), dir.filePath(QStringLiteral("to-elsewhere/copy.sqlite"))}).exitCode == 0);
    CHECK(QFileInfo(elsewhere.filePath(QStringLiteral("copy.sqlite"))).size() > 0);
}

TEST_CASE("Output redirected onto the journal is refused, and the journal comes back from its backup", "[cli][outputs]")
{
    // `mosaic export > journal.sqlite`: the shell empties the journal before Mosaic starts, so nothing can prevent
    // that; Mosaic must not add to the damage (take the emptied file for a new journal, write the export into it)
    // and must say how to get the journal back.
    TempJournalDir dir;
    importSample(dir.path());
    const QString before = statsJson(dir.path());
    const QString backups = dir.filePath(QStringLiteral("backups"));
    const QStringList backupFiles = QDir(backups).entryList(QDir::Files);
    REQUIRE_FALSE(backupFiles.isEmpty()); // the import took today's automatic backup

    for (const QString &command : {QStringLiteral("export"), QStringLiteral("stats")}) {
        INFO(command.toStdString());
        const MosaicRun run = runMosaicToFile({QStringLiteral("--data-dir"), dir.path(), command}, dir.journalPath());
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("mosaic restore --list"));
        CHECK(QFileInfo(dir.journalPath()).size() == 0);
        CHECK_FALSE(QFileInfo::exists(dir.journalPath() + QStringLiteral("-wal")));
    }
    CHECK(QDir(backups).entryList(QDir::Files) == backupFiles);

    // What the message advises.
    const QString backup = QDir(backups).filePath(backupFiles.constFirst());
    const MosaicRun restored = runMosaicIn(dir.path(), {QStringLiteral("restore"), backup, QStringLiteral("--yes")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(statsJson(dir.path()) == before);
}

TEST_CASE("backup and export agree: a folder as output is bad input", "[cli][outputs]")
{
    TempJournalDir dir;
    for (const QString &command : {QStringLiteral("backup"), QStringLiteral("export")}) {
        INFO(command.toStdString());
        const MosaicRun run = runMosaicIn(dir.path(), {command, QStringLiteral("-o"), dir.path()});
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("is a folder"));
    }
}

TEST_CASE("A full disk fails the export and backup with exit 1, says so, and leaves no partial file", "[cli][outputs][mount]")
{
    TempJournalDir dir;
    importSample(dir.path());
    const QString disk = dir.filePath(QStringLiteral("small-disk"));
    QString whyNot;
    // The sample exports to more than 30 KiB of JSON and several KiB of Markdown, and backs up to a larger journal; 4 KiB fit.
    const auto mounted = nearlyFullDisk(disk, 256, 4, &whyNot);
    if (!mounted)
        SKIP(whyNot.toStdString());

    SECTION("export -o FILE")
    {
        const QString target = QDir(disk).filePath(QStringLiteral("export.json"));
        const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("export"), QStringLiteral("-o"), target});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("disk is full"));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    }
    SECTION("export > FILE")
    {
        const QString target = QDir(disk).filePath(QStringLiteral("redirected.json"));
        const MosaicRun run = runMosaicToFile({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export")}, target);
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("disk is full"));
        // The shell made the file; what mosaic wrote into it is cut off again, so no half export is left to trust.
        CHECK(QFileInfo(target).size() == 0);
    }
    SECTION("export --format markdown > FILE and stats > FILE")
    {
        const QString target = QDir(disk).filePath(QStringLiteral("redirected.md"));
        const MosaicRun run = runMosaicToFile(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("markdown")}, target);
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("disk is full"));
        REQUIRE(QFile::remove(target));
        // Fill the disk to the last byte: even a short text output fails.
        QFile rest(QDir(disk).filePath(QStringLiteral("rest")));
        REQUIRE(rest.open(QIODevice::WriteOnly));
        while (rest.write(QByteArray(4096, 'x')) == 4096 && rest.flush()) { }
        rest.close();
        const MosaicRun stats = runMosaicToFile({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("stats")}, target);
        CHECK(stats.exitCode == 1);
        CHECK_THAT(stats.err.toStdString(), ContainsSubstring("disk is full"));
    }
    SECTION("backup -o FILE")
    {
        const QString target = QDir(disk).filePath(QStringLiteral("backup.sqlite"));
        const MosaicRun run = runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), target});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err.toStdString(), ContainsSubstring("disk is full"));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
    }
}

TEST_CASE("A .part file left by a crash is cleaned up", "[cli][outputs]")
{
    TempJournalDir dir;
    importSample(dir.path());
    SECTION("in the data folder, at the next start")
    {
        const QString stale = dir.filePath(QStringLiteral("journal.sqlite.schema-3-20261101-100000.bak.part"));
        writeFile(stale, "half a backup");
        writeFile(stale + QStringLiteral("-journal"), "the rollback journal SQLite keeps beside it");
        writeFile(dir.filePath(QStringLiteral("orphan.sqlite.part-journal")), "left without its part");
        CHECK(runMosaicIn(dir.path(), {QStringLiteral("stats")}).exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(stale));
        CHECK_FALSE(QFileInfo::exists(stale + QStringLiteral("-journal")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("orphan.sqlite.part-journal"))));
    }
    SECTION("elsewhere, when the same target is next written")
    {
        TempJournalDir elsewhere;
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("export")}) {
            const QString target = elsewhere.filePath(command + QStringLiteral(".out"));
            writeFile(target + QStringLiteral(".part"), "half a file from a crash");
            CHECK(runMosaicIn(dir.path(), {command, QStringLiteral("-o"), target}).exitCode == 0);
            CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
            CHECK(QFileInfo(target).size() > 100);
        }
    }
}

TEST_CASE("A backup killed midway leaves its .part, which the next backup replaces", "[cli][outputs]")
{
    TempJournalDir dir;
    importSample(dir.path());
    TempJournalDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("copy.sqlite"));
    // Kill -9 at any moment: either the old state, or the .part of an unfinished copy, never a half file at the target.
    QProcess process;
    process.start(QStringLiteral(MOSAIC_EXECUTABLE), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup"), QStringLiteral("-o"), target});
    REQUIRE(process.waitForStarted());
    ::usleep(30000);
    process.kill();
    process.waitForFinished();
    if (QFileInfo::exists(target)) {
        QFile copy(target);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.read(16) == QByteArray("SQLite format 3\0", 16));
    }
    CHECK(runMosaicIn(dir.path(), {QStringLiteral("backup"), QStringLiteral("-o"), target}).exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));
}

TEST_CASE("Renames are followed by a sync of their folder", "[cli][outputs]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        SKIP("strace is not installed");
    TempJournalDir dir;
    importSample(dir.path());
    TempJournalDir elsewhere;
    for (const QString &command : {QStringLiteral("backup"), QStringLiteral("export")}) {
        const QString trace = elsewhere.filePath(command + QStringLiteral(".trace"));
        QProcess process;
        // LeakSanitizer (the sanitizer job) cannot run under ptrace; this test is about renames and syncs, not leaks.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ASAN_OPTIONS"), environment.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("strace"),
                      {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=rename,renameat,renameat2,fsync,openat"), QStringLiteral("-o"), trace,
                       QStringLiteral(MOSAIC_EXECUTABLE), QStringLiteral("--data-dir"), dir.path(), command, QStringLiteral("-o"),
                       elsewhere.filePath(command + QStringLiteral(".out"))});
        REQUIRE(process.waitForFinished(60000));
        if (process.exitCode() != 0)
            SKIP("strace cannot trace here: " + QString::fromLocal8Bit(process.readAllStandardError()).toStdString());
        QFile file(trace);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(text.toStdString());
        // After the rename onto the output, the folder holding it is opened as a directory and synced.
        const qsizetype renamed = text.indexOf(command + QStringLiteral(".out\""));
        REQUIRE(renamed >= 0);
        const qsizetype folderOpened = text.indexOf(QStringLiteral("\"%1\", O_RDONLY").arg(elsewhere.path()), renamed);
        REQUIRE(folderOpened > renamed);
        CHECK(text.mid(folderOpened, text.indexOf(u'\n', folderOpened) - folderOpened).contains(QStringLiteral("O_DIRECTORY")));
        CHECK(text.indexOf(QStringLiteral("fsync("), folderOpened) > folderOpened);
    }
}

TEST_CASE("Everything Mosaic writes is private, even under umask 022", "[cli][privacy]")
{
    const mode_t previous = ::umask(022);
    TempJournalDir dir;
    const QString data = dir.filePath(QStringLiteral("new-data"));
    importSample(data);
    CHECK(modeOf(data) == 0700);
    CHECK(modeOf(data + QStringLiteral("/journal.sqlite")) == 0600);

    TempJournalDir out;
    REQUIRE(::chmod(QFile::encodeName(out.path()).constData(), 0755) == 0);
    CHECK(runMosaicIn(data, {QStringLiteral("backup"), QStringLiteral("-o"), out.filePath(QStringLiteral("b.sqlite"))}).exitCode == 0);
    CHECK(modeOf(out.filePath(QStringLiteral("b.sqlite"))) == 0600);
    CHECK(runMosaicIn(data, {QStringLiteral("export"), QStringLiteral("-o"), out.filePath(QStringLiteral("e.json"))}).exitCode == 0);
    CHECK(modeOf(out.filePath(QStringLiteral("e.json"))) == 0600);
    // Replacing an existing output keeps it private.
    CHECK(runMosaicIn(data, {QStringLiteral("backup"), QStringLiteral("-o"), out.filePath(QStringLiteral("b.sqlite"))}).exitCode == 0);
    CHECK(modeOf(out.filePath(QStringLiteral("b.sqlite"))) == 0600);
    // A folder the person named keeps its own mode.
    CHECK(modeOf(out.path()) == 0755);
    const QString named = dir.filePath(QStringLiteral("named"));
    REQUIRE(QDir().mkpath(named));
    REQUIRE(::chmod(QFile::encodeName(named).constData(), 0755) == 0);
    importSample(named);
    CHECK(modeOf(named) == 0755);
    CHECK(modeOf(named + QStringLiteral("/journal.sqlite")) == 0600);

    // A journal others could read is made private on open, with one line saying so.
    REQUIRE(::chmod(QFile::encodeName(named + QStringLiteral("/journal.sqlite")).constData(), 0644) == 0);
    const MosaicRun opened = runMosaicIn(named, {QStringLiteral("stats")});
    CHECK(opened.exitCode == 0);
    CHECK(modeOf(named + QStringLiteral("/journal.sqlite")) == 0600);
    CHECK_THAT(opened.err.toStdString(), ContainsSubstring("now private"));
    CHECK(opened.err.count(u'\n') == 1);
    CHECK(runMosaicIn(named, {QStringLiteral("stats")}).err.isEmpty());
    ::umask(previous);
}

TEST_CASE("A data folder inside a synced folder is pointed out once, with export and import", "[cli][privacy]")
{
    TempJournalDir dir;
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral(".stfolder"))));
    const QString data = dir.filePath(QStringLiteral("Notes/mosaic"));
    const MosaicRun run = runMosaicIn(data, {QStringLiteral("import"), kSample});
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.err.toStdString(), ContainsSubstring("synced folder"));
    CHECK_THAT(run.err.toStdString(), ContainsSubstring("mosaic export"));
    CHECK(run.err.count(u'\n') == 1);

    TempJournalDir local;
    CHECK(runMosaicIn(local.path(), {QStringLiteral("stats")}).err.isEmpty());
}

TEST_CASE("A journal on read-only media can be read, and nothing is left behind", "[cli][readonly][mount]")
{
    TempJournalDir dir;
    const QString source = dir.filePath(QStringLiteral("data"));
    importSample(source);
    const QString before = statsJson(source);
    const QString media = dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(media));
    QString whyNot;
    auto bound = TestMount::mount({QStringLiteral("--bind"), source, media}, media, &whyNot);
    if (!bound)
        SKIP(whyNot.toStdString());
    auto readOnly = TestMount::mount({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), media}, QString(), &whyNot);
    if (!readOnly)
        SKIP(whyNot.toStdString());

    const MosaicRun stats = runMosaicIn(media, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-11-20")});
    CHECK(stats.exitCode == 0);
    CHECK(stats.out == before);
    CHECK_THAT(stats.err.toStdString(), ContainsSubstring("read-only"));
    const MosaicRun search = runMosaicIn(media, {QStringLiteral("search"), QStringLiteral("lunch")});
    CHECK(search.exitCode == 0);
    CHECK_THAT(search.out.toStdString(), ContainsSubstring("lunch"));
    const MosaicRun exported = runMosaicIn(media, {QStringLiteral("export")});
    CHECK(exported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("format")).toString() == QStringLiteral("mosaic-journal"));
    TempJournalDir copy;
    CHECK(runMosaicIn(media, {QStringLiteral("backup"), QStringLiteral("-o"), copy.journalPath()}).exitCode == 0);
    CHECK(statsJson(copy.path()) == before);

    // A change is refused kindly: exit 1, what happened and what to do.
    const MosaicRun change =
        runMosaicIn(media, {QStringLiteral("checkin"), QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
    CHECK(change.exitCode == 1);
    CHECK_THAT(change.err.toStdString(), ContainsSubstring("read-only"));
    CHECK_THAT(change.err.toStdString(), ContainsSubstring("copy it to a writable folder"));

    // Nothing stays behind, and once writable again the journal takes changes.
    CHECK(QDir(source).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("journal.sqlite")});
    CHECK(runMosaicIn(source, {QStringLiteral("checkin"), QStringLiteral("Morning strengths"), QStringLiteral("--date"), QStringLiteral("2026-11-20")})
              .exitCode == 0);
}
