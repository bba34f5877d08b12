// SPDX-License-Identifier: GPL-3.0-or-later
// The open journal of the window stays current when another program writes to it: `mosaic checkin` while the window
// is open showed nothing until the window was opened again.
#include "session/JournalSession.h"
#include "storage/Database.h"
#include "strengths/StrengthStore.h"

#include "StoreFixtures.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
