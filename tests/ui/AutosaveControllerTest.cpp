// SPDX-License-Identifier: GPL-3.0-or-later
// The autosave rule, with time driven by hand: a pause saves, continuous typing saves within a second of the
// first unsaved change, flush saves at once, a failed save keeps the text unsaved and is retried.
#include "editor/AutosaveController.h"

#include <catch2/catch_test_macros.hpp>

#include <QStringList>

#include <memory>

using namespace mosaic;

namespace {

/// Records each save with the time it happened, and fails while `failing` is set.
struct FakeJournal
{
    explicit FakeJournal(ManualAutosaveScheduler *manualClock)
        : clock(manualClock)
    { }

    ManualAutosaveScheduler *clock = nullptr;
    QStringList texts;
    QList<qint64> times;
    bool failing = false;

    AutosaveController::SaveFunction saver()
    {
        return [this](const QString &text) -> Status {
            if (failing)
                return Failure::operation(QStringLiteral("The disk is full."));
            texts.append(text);
            times.append(clock->nowMs());
            return success();
        };
    }
};

struct Fixture
{
    ManualAutosaveScheduler clock;
    FakeJournal journal{&clock};
    AutosaveController controller{clock, journal.saver()};
};

} // namespace

TEST_CASE("A pause in typing saves the text", "[autosave]")
{
    Fixture f;
    f.controller.setSavedText(QStringLiteral("Hello"));
    f.controller.setText(QStringLiteral("Hello!"));
    CHECK(f.controller.hasUnsavedChanges());
    f.clock.advance(AutosaveController::kIdleDelayMs - 1);
    CHECK(f.journal.texts.isEmpty());
    f.clock.advance(1);
    REQUIRE(f.journal.texts == QStringList{QStringLiteral("Hello!")});
    CHECK(f.journal.times.first() == AutosaveController::kIdleDelayMs);
    CHECK_FALSE(f.controller.hasUnsavedChanges());
    CHECK(f.controller.savedText() == QStringLiteral("Hello!"));
    // Nothing more to save: time passing writes nothing.
    f.clock.advance(10000);
    CHECK(f.journal.texts.size() == 1);
}

TEST_CASE("Each keystroke restarts the pause, but typing on is saved within a second", "[autosave]")
{
    Fixture f;
    QString text;
    // A character every 100 ms for 3.5 s: never a 400 ms pause.
    for (int i = 0; i < 35; ++i) {
        text += QLatin1Char('a');
        f.controller.setText(text);
        f.clock.advance(100);
    }
    // Saved 1000 ms after the first unsaved change each time; the keystroke right after a save starts the next second.
    REQUIRE(f.journal.times.size() == 3);
    CHECK(f.journal.times.at(0) == 1000);
    CHECK(f.journal.times.at(1) == 2000);
    CHECK(f.journal.times.at(2) == 3000);
    CHECK(f.journal.texts.at(0).size() == 10);
    // Never more than a second behind.
    for (qsizetype i = 1; i < f.journal.times.size(); ++i)
        CHECK(f.journal.times.at(i) - f.journal.times.at(i - 1) <= AutosaveController::kMaxDelayMs + 100);
    // Typing stops: the rest is saved after the pause.
    f.clock.advance(AutosaveController::kIdleDelayMs);
    CHECK(f.journal.texts.last() == text);
    CHECK_FALSE(f.controller.hasUnsavedChanges());
}

TEST_CASE("Typing fast for long: at most a second behind", "[autosave]")
{
    Fixture f;
    QString text;
    qint64 lastSaveAt = 0;
    qint64 worstGap = 0;
    for (int i = 0; i < 1000; ++i) {
        text += QLatin1Char('x');
        f.controller.setText(text);
        f.clock.advance(10);
        if (!f.journal.times.isEmpty()) {
            worstGap = std::max(worstGap, f.journal.times.last() - lastSaveAt);
            lastSaveAt = f.journal.times.last();
        }
    }
    CHECK(worstGap <= AutosaveController::kMaxDelayMs + 10);
    CHECK(f.journal.times.size() >= 9);
}

TEST_CASE("flush saves at once, and only when something changed", "[autosave]")
{
    Fixture f;
    CHECK(f.controller.flush().ok());
    CHECK(f.journal.texts.isEmpty());
    f.controller.setText(QStringLiteral("a"));
    CHECK(f.controller.flush().ok());
    CHECK(f.journal.texts == QStringList{QStringLiteral("a")});
    // The timer that was pending does not save again.
    f.clock.advance(5000);
    CHECK(f.journal.texts.size() == 1);
    CHECK_FALSE(f.clock.isScheduled());
}

TEST_CASE("No save when the text is back to what is saved", "[autosave]")
{
    Fixture f;
    f.controller.setSavedText(QStringLiteral("same"));
    f.controller.setText(QStringLiteral("same"));
    CHECK_FALSE(f.controller.hasUnsavedChanges());
    f.controller.setText(QStringLiteral("samex"));
    f.controller.setText(QStringLiteral("same")); // typed and deleted
    CHECK_FALSE(f.controller.hasUnsavedChanges());
    f.clock.advance(5000);
    CHECK(f.journal.texts.isEmpty());
}

TEST_CASE("Destroying the controller flushes", "[autosave]")
{
    ManualAutosaveScheduler clock;
    FakeJournal journal{&clock};
    {
        AutosaveController controller(clock, journal.saver());
        controller.setText(QStringLiteral("last words"));
    }
    CHECK(journal.texts == QStringList{QStringLiteral("last words")});
    CHECK_FALSE(clock.isScheduled());
}

TEST_CASE("A failed save keeps the text unsaved, shows why, and is retried", "[autosave]")
{
    Fixture f;
    int errorSignals = 0;
    QObject::connect(&f.controller, &AutosaveController::errorMessageChanged, [&] { ++errorSignals; });
    f.journal.failing = true;
    f.controller.setText(QStringLiteral("draft"));
    f.clock.advance(AutosaveController::kIdleDelayMs);
    CHECK(f.controller.hasUnsavedChanges());
    CHECK(f.controller.errorMessage() == QStringLiteral("The disk is full."));
    CHECK(errorSignals == 1);
    CHECK(f.controller.saveCount() == 1);
    // Retried after the retry delay, not on every tick.
    f.clock.advance(AutosaveController::kRetryDelayMs - 1);
    CHECK(f.controller.saveCount() == 1);
    f.clock.advance(1);
    CHECK(f.controller.saveCount() == 2);
    // Typing during the failure does not hammer the journal either.
    f.controller.setText(QStringLiteral("draft 2"));
    f.clock.advance(AutosaveController::kIdleDelayMs);
    CHECK(f.controller.saveCount() == 2);
    CHECK_FALSE(f.controller.flush().ok()); // an explicit flush still tries, and reports
    // The disk recovers: the next retry saves the latest text and clears the message.
    f.journal.failing = false;
    f.clock.advance(AutosaveController::kRetryDelayMs);
    CHECK(f.journal.texts == QStringList{QStringLiteral("draft 2")});
    CHECK_FALSE(f.controller.hasUnsavedChanges());
    CHECK(f.controller.errorMessage().isEmpty());
    CHECK(errorSignals == 2);
}

TEST_CASE("The manual clock runs a callback at its due time", "[autosave]")
{
    ManualAutosaveScheduler clock;
    QList<qint64> calls;
    clock.schedule(50, [&] {
        calls.append(clock.nowMs());
        clock.schedule(30, [&] { calls.append(clock.nowMs()); });
    });
    clock.advance(100);
    CHECK(calls == QList<qint64>{50, 80});
    CHECK(clock.nowMs() == 100);
}
