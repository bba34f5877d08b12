// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss, simulated: a workload (a migration, reflections, check-ins, an import, an automatic backup) runs through
// a SQLite VFS that cuts the power at a chosen write or sync (CutVfs.c). Afterwards each file holds only what a sync
// made durable. The journal must then open, pass every check of `mosaic check`, and hold every change that was
// reported saved before the cut. The cut points are drawn with a fixed seed, spread over every phase.
#include "CutVfs.h"

#include "backups/JournalBackups.h"
#include "backups/JournalCheck.h"
#include "backups/JournalFile.h"
#include "exchange/JournalImporter.h"
#include "exchange/JournalJsonReader.h"
#include "habits/HabitStore.h"
#include "incidents/IncidentStore.h"
#include "storage/Database.h"

#include "QtPrinters.h"
#include "TempJournalDir.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <functional>
#include <random>
#include <set>

using namespace mosaic;

namespace {

// How many cuts the test makes; MOSAIC_POWERLOSS_CUTS asks for more (the powerloss-soak target).
constexpr int kDefaultCuts = 60;
constexpr std::uint32_t kSeed = 20261120;

const QDate kToday(2026, 11, 20);

enum Phase
{
    Migration,
    Reflections,
    CheckIns,
    Import,
    Backup,
    PhaseCount,
};

const char *phaseName(int phase)
{
    static const char *const names[] = {"migration", "reflections", "check-ins", "import", "backup"};
    return names[phase];
}

// What the workload was told was saved before the power went.
struct Saved
{
    QStringList incidentIds;
    QList<QDate> checkInDates;
    QString habitId;
    QStringList importedIncidentIds;
    int schemaVersion = 0;
    QString backupPath;
};

QDateTime at(int minute)
{
    return QDateTime(kToday, QTime(9, 0).addSecs(minute * 60), Qt::UTC);
}

QString idFor(char kind, int number)
{
    return QStringLiteral("%1%2-0000-4000-8000-%3").arg(QChar::fromLatin1(kind)).arg(QStringLiteral("0000000")).arg(number, 12, 10, QLatin1Char('0'));
}

Incident reflection(int number)
{
    Incident incident;
    incident.stamps = RecordStamps{idFor('1', number), at(number), at(number), std::nullopt};
    incident.occurredAt = at(number);
    incident.kind = IncidentKind::Rejection;
    incident.title = QStringLiteral("Not invited, again (%1)").arg(number);
    incident.situation = QStringLiteral("They planned the trip in a chat I am not in. ").repeated(20);
    incident.thought = QStringLiteral("Nobody wants me around.");
    incident.evidenceAgainst = QStringLiteral("Sam asked me to lunch on Tuesday.");
    return incident;
}

// One change as the window makes it: a write transaction that commits, or that reports failure.
bool inTransaction(const Database &database, const std::function<Status()> &change)
{
    auto transaction = WriteTransaction::begin(database);
    if (!transaction)
        return false;
    if (!change())
        return false;
    return transaction->commit().ok();
}

auto openJournal(const QString &journalPath, int schemaVersion = kCurrentSchemaVersion)
{
    Database::Options options;
    options.schemaVersion = schemaVersion;
    return Database::open(journalPath, options);
}

// The workload. `phaseStarts` gets the event count at the start of each phase. Stops at the first failure: after
// a cut nothing more reaches the disk, and a real program would have stopped with the machine.
Saved runWorkload(const QString &journalPath, const Journal &example, long *phaseStarts)
{
    Saved saved;
    const auto mark = [phaseStarts](Phase phase) {
        if (phaseStarts)
            phaseStarts[phase] = cutvfs_events();
    };

    mark(Migration);
    {
        // A journal of the first schema, with one reflection in it, as an older Mosaic left it.
        auto old = openJournal(journalPath, 1);
        if (!old)
            return saved;
        const bool written = inTransaction(**old, [&] {
            QSqlQuery query((*old)->connection());
            query.prepare(QStringLiteral("INSERT INTO incidents (id, created_at, updated_at, occurred_at, kind, title) VALUES (?, ?, ?, ?, 'rejection', ?)"));
            for (const QVariant &value :
                 {QVariant(idFor('1', 0)), QVariant(QStringLiteral("2026-11-19T08:00:00.000Z")), QVariant(QStringLiteral("2026-11-19T08:00:00.000Z")),
                  QVariant(QStringLiteral("2026-11-19T07:30:00.000Z")), QVariant(QStringLiteral("From the old version"))})
                query.addBindValue(value);
            return query.exec() ? success() : Status(Failure::operation(QStringLiteral("insert failed")));
        });
        if (!written)
            return saved;
        saved.incidentIds.append(idFor('1', 0));
    }
    auto opened = openJournal(journalPath);
    if (!opened)
        return saved;
    const Database &journal = **opened;
    saved.schemaVersion = journal.schemaVersion();

    mark(Reflections);
    IncidentStore incidents(journal.connection());
    for (int i = 1; i <= 6; ++i) {
        if (!inTransaction(journal, [&] { return incidents.save(reflection(i)); }))
            return saved;
        saved.incidentIds.append(idFor('1', i));
    }

    mark(CheckIns);
    HabitStore habits(journal.connection());
    Habit habit;
    habit.stamps = RecordStamps{idFor('5', 1), at(10), at(10), std::nullopt};
    habit.name = QStringLiteral("Gratitude");
    habit.startDate = kToday.addDays(-30);
    if (!inTransaction(journal, [&] { return habits.save(habit); }))
        return saved;
    saved.habitId = habit.stamps.id;
    for (int day = 6; day >= 0; --day) {
        CheckIn checkIn;
        checkIn.habitId = habit.stamps.id;
        checkIn.date = kToday.addDays(-day);
        checkIn.note = QStringLiteral("Three good things, day %1").arg(day);
        checkIn.updatedAt = at(20 + day);
        if (!inTransaction(journal, [&] { return habits.save(checkIn); }))
            return saved;
        saved.checkInDates.append(checkIn.date);
    }

    mark(Import);
    if (!importJournal(journal, example, ImportMode::Apply))
        return saved;
    for (const Incident &incident : example.incidents)
        saved.importedIncidentIds.append(incident.stamps.id);

    mark(Backup);
    const auto backup = makeAutomaticBackup(journal, kToday);
    if (!backup)
        return saved;
    saved.backupPath = backup->madePath;
    // A reflection written after the backup, on a journal whose log the backup's read left as it was.
    if (!inTransaction(journal, [&] { return incidents.save(reflection(7)); }))
        return saved;
    saved.incidentIds.append(idFor('1', 7));
    return saved;
}

bool liveRowExists(const QSqlDatabase &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() && query.value(0).toLongLong() == 1;
}

// After the power came back: the journal opens, passes every check, and holds all that was reported saved.
void requireSurvived(const QString &journalPath, const Saved &saved)
{
    {
        // Opening runs recovery (the WAL, a hot rollback journal) and any migration that had not committed.
        auto reopened = Database::open(journalPath);
        INFO((reopened ? std::string() : reopened.failure().message.toStdString()));
        REQUIRE(reopened);
        CHECK((*reopened)->schemaVersion() >= saved.schemaVersion);
    }
    auto file = JournalFileConnection::open(journalPath);
    REQUIRE(file);
    const QSqlDatabase connection = (*file)->connection();
    const auto report = checkJournal(connection);
    REQUIRE(report);
    for (const JournalCheckResult &result : report->results) {
        INFO(journalCheckName(result.kind).toStdString() << ": " << result.problems.join(QStringLiteral("; ")).toStdString());
        CHECK(result.passed());
    }
    for (const QString &id : saved.incidentIds + saved.importedIncidentIds) {
        INFO("incident " << id.toStdString());
        CHECK(liveRowExists(connection, QStringLiteral("SELECT count(*) FROM incidents WHERE id = ?"), {id}));
    }
    for (const QDate &date : saved.checkInDates) {
        INFO("check-in " << date.toString(Qt::ISODate).toStdString());
        CHECK(liveRowExists(connection, QStringLiteral("SELECT count(*) FROM check_ins WHERE habit_id = ? AND date = ?"),
                            {saved.habitId, date.toString(Qt::ISODate)}));
    }
    if (!saved.backupPath.isEmpty()) {
        const auto backup = summarizeJournalFile(saved.backupPath);
        INFO("backup " << saved.backupPath.toStdString());
        REQUIRE(backup);
        CHECK(backup->checks.healthy());
    }
}

int cutCount()
{
    bool ok = false;
    const int requested = qEnvironmentVariableIntValue("MOSAIC_POWERLOSS_CUTS", &ok);
    return ok && requested > 0 ? requested : kDefaultCuts;
}

} // namespace

TEST_CASE("A journal survives the power going at any write or sync, with everything reported saved")
{
    REQUIRE(cutvfs_register() == 0);
    const Journal example = *readJournalFile(QStringLiteral(MOSAIC_TEST_DATA_DIR "/example-journal.json"));

    // A run without a cut: it must succeed whole, and it tells how many events each phase has.
    long phaseStarts[PhaseCount + 1] = {};
    {
        TempJournalDir dir;
        cutvfs_arm(0);
        const Saved saved = runWorkload(dir.journalPath(), example, phaseStarts);
        phaseStarts[PhaseCount] = cutvfs_events();
        REQUIRE(cutvfs_drop_unsynced() == 0);
        REQUIRE(saved.incidentIds.size() == 8);
        REQUIRE_FALSE(saved.backupPath.isEmpty());
        requireSurvived(dir.journalPath(), saved);
    }
    for (int phase = 0; phase < PhaseCount; ++phase) {
        INFO(phaseName(phase));
        REQUIRE(phaseStarts[phase + 1] > phaseStarts[phase]);
    }

    // The same number of cuts in each phase, at points drawn with a fixed seed.
    std::mt19937 random(kSeed);
    const int perPhase = std::max(1, cutCount() / PhaseCount);
    for (int phase = 0; phase < PhaseCount; ++phase) {
        std::uniform_int_distribution<long> within(phaseStarts[phase] + 1, phaseStarts[phase + 1]);
        std::set<long> cuts;
        for (int i = 0; i < perPhase; ++i)
            cuts.insert(within(random));
        for (const long cut : cuts) {
            INFO("power cut in the " << phaseName(phase) << " at event " << cut << " of " << phaseStarts[PhaseCount]);
            TempJournalDir dir;
            cutvfs_arm(cut);
            const Saved saved = runWorkload(dir.journalPath(), example, nullptr);
            REQUIRE(cutvfs_was_cut());
            REQUIRE(cutvfs_drop_unsynced() == 0);
            requireSurvived(dir.journalPath(), saved);
        }
    }
}
