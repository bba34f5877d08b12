// SPDX-License-Identifier: GPL-3.0-or-later
// The open journal of the window stays current when another program writes to it: `mosaic checkin` while the window
// is open showed nothing until the window was opened again.
#include "journal/JournalSession.h"
#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include "StoreFixtures.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mosaic;
using namespace StoreFixtures;

TEST_CASE("The window's journal notices what another program wrote to it, and only that", "[session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    JournalSession session;
    session.setDataDirectory(dir.path());
    REQUIRE(session.isOpen());
    QSignalSpy changed(&session, &JournalSession::journalChanged);

    // Another program, with its own connection: what the command line does.
    {
        auto other = require(Database::open(dir.filePath(QStringLiteral("journal.sqlite"))));
        StrengthStore strengths(other->connection());
        requireOk(strengths.save(fullStrength(id('5', 1))));
    }
    REQUIRE(changed.wait(6000));
    CHECK(changed.last().at(0).toInt() == JournalSession::Everything);
    CHECK(require(session.strengths().allStrengths(IncludeDeleted::No)).size() == 1);

    // The window's own writes are told once, by the write itself.
    changed.clear();
    REQUIRE(session.write(JournalSession::Strengths, [&] { return session.strengths().save(fullStrength(id('5', 2))); }));
    CHECK(changed.count() == 1);
    QTest::qWait(4500);
    CHECK(changed.count() == 1);
}

TEST_CASE("A page can read the journal on another thread, with that thread's own connection", "[session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    JournalSession session;
    session.setDataDirectory(dir.path());
    REQUIRE(session.isOpen());
    CHECK(session.readDatabase() == &session.database()); // its own thread reads through its own connection
    REQUIRE(session.write(JournalSession::Strengths, [&] { return session.strengths().save(fullStrength(id('6', 1))); }));

    // What a loader on a worker thread sees: its own connection (Qt SQL refuses a connection of another thread), the
    // same journal, and every commit so far; after a reopen, a new connection to the journal in place now.
    struct Seen
    {
        QString connectionName;
        qsizetype strengths = -1;
    };
    QThread worker;
    worker.start();
    QObject onWorker;
    onWorker.moveToThread(&worker);
    const auto readOnWorker = [&session, &onWorker] {
        Seen seen;
        QMetaObject::invokeMethod(
            &onWorker,
            [&session, &seen] {
                const Database *database = session.readDatabase();
                if (!database)
                    return;
                seen.connectionName = database->connection().connectionName();
                if (auto all = StrengthStore(database->connection()).allStrengths(IncludeDeleted::No))
                    seen.strengths = all->size();
            },
            Qt::BlockingQueuedConnection);
        return seen;
    };
    const Seen first = readOnWorker();
    CHECK(first.strengths == 1);
    CHECK(!first.connectionName.isEmpty());
    CHECK(first.connectionName != session.database().connection().connectionName());

    REQUIRE(session.write(JournalSession::Strengths, [&] { return session.strengths().save(fullStrength(id('6', 2))); }));
    CHECK(readOnWorker().strengths == 2);

    // Closed, nothing to read; open again, a fresh connection.
    session.setDataDirectory(QString());
    CHECK(!session.isOpen());
    CHECK(readOnWorker().strengths == -1);
    session.setDataDirectory(dir.path());
    REQUIRE(session.isOpen());
    const Seen reopened = readOnWorker();
    CHECK(reopened.strengths == 2);
    CHECK(reopened.connectionName != first.connectionName);
    // The thread keeps its connection between reads while the journal stays open.
    CHECK(readOnWorker().connectionName == reopened.connectionName);

    worker.quit(); // its connection closes on the thread as it ends
    worker.wait();
}

TEST_CASE("A change that finds nothing to do writes nothing and reloads nothing", "[session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    JournalSession session;
    session.setDataDirectory(dir.path());
    REQUIRE(session.isOpen());
    QSignalSpy changed(&session, &JournalSession::journalChanged);
    QSignalSpy failed(&session, &JournalSession::failed);

    // Nothing to do: rolled back, even what the change did write before it found so.
    const auto nothing = session.writeIfChanged(JournalSession::Strengths, [&]() -> Result<bool> {
        requireOk(session.strengths().save(fullStrength(id('7', 1))));
        return false;
    });
    REQUIRE(nothing);
    CHECK_FALSE(*nothing);
    CHECK(changed.isEmpty());
    CHECK(require(session.strengths().allStrengths(IncludeDeleted::No)).isEmpty());

    // A change: committed and told once.
    const auto wrote = session.writeIfChanged(JournalSession::Strengths, [&]() -> Result<bool> {
        if (Status status = session.strengths().save(fullStrength(id('7', 2))); !status)
            return status.failure();
        return true;
    });
    REQUIRE(wrote);
    CHECK(*wrote);
    CHECK(changed.count() == 1);
    CHECK(changed.last().at(0).toInt() == JournalSession::Strengths);

    // A failure: rolled back, shown, and returned.
    const auto refused = session.writeIfChanged(JournalSession::Strengths, [&]() -> Result<bool> {
        requireOk(session.strengths().save(fullStrength(id('7', 3))));
        return Failure::badInput(QStringLiteral("No such strength."));
    });
    REQUIRE_FALSE(refused);
    CHECK(refused.failure().kind == FailureKind::BadInput);
    CHECK(failed.count() == 1);
    CHECK(session.errorMessage() == QStringLiteral("No such strength."));
    CHECK(changed.count() == 1);
    CHECK(require(session.strengths().allStrengths(IncludeDeleted::No)).size() == 1);
}

TEST_CASE("A view-model that follows the journal is told the areas it shows that changed, while it lives", "[session]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    JournalSession session;
    session.setDataDirectory(dir.path());
    REQUIRE(session.isOpen());

    QList<int> told;
    auto receiver = std::make_unique<QObject>();
    session.follow(receiver.get(), JournalSession::Strengths | JournalSession::Habits, [&told](int areas) { told.append(areas); });

    session.notifyChanged(JournalSession::Incidents);
    CHECK(told.isEmpty()); // not an area it shows
    session.notifyChanged(JournalSession::Strengths | JournalSession::Incidents);
    session.notifyChanged(JournalSession::Everything);
    CHECK(told == QList<int>{JournalSession::Strengths, JournalSession::Strengths | JournalSession::Habits});

    receiver.reset(); // gone: nothing more to tell
    session.notifyChanged(JournalSession::Everything);
    CHECK(told.size() == 2);
}
