// SPDX-License-Identifier: GPL-3.0-or-later
// The reminders service over a real journal file, with a clock moved by hand and a notifier that records: firing on
// time and once (across a restart too), catch-up, the heartbeat after sleep, snooze, quiet hours, pause, Done, and
// the settings it follows.
#include "ServiceFixtures.h"

#include "reminders/ReminderService.h"

#include "QtPrinters.h"

#include <QCoreApplication>

using namespace mosaic;
using namespace mosaic::reminders;
using namespace service_fixtures;

namespace {

// One running Mosaic: its session over the journal, its reminder settings, its notifier and the service.
struct Running
{
    Running(const Journal &journal, const FakeClock &clock)
        : preferences(journal.settingsFile())
        , service(session, preferences, notifier, clock)
    {
        session.setDataDirectory(journal.path());
        REQUIRE(session.isOpen());
        service.start();
    }

    std::optional<Reminder> reminder(const QString &id)
    {
        auto found = session.reminders().findReminder(id);
        REQUIRE(found.ok());
        return *found;
    }

    JournalSession session;
    ReminderPreferences preferences;
    FakeNotifier notifier;
    ReminderService service;
};

// 1 June 2026 is a Monday; Berlin is +02:00.
QDateTime morning()
{
    return at("2026-06-01T07:00:00+02:00");
}

} // namespace

TEST_CASE("A reminder shows at its time, once, and not again after a restart", "[reminders][service]")
{
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30)});
    FakeClock clock(morning());
    {
        Running app(journal, clock);
        CHECK(app.notifier.shown.isEmpty());
        CHECK(app.service.nextAlertAt() == at("2026-06-01T07:30:00+02:00"));
        CHECK(app.service.nextWakeAt() == at("2026-06-01T07:30:00+02:00"));

        clock.pass(30 * 60 * 1000);
        app.service.refresh();
        REQUIRE(app.notifier.shown.size() == 1);
        const ReminderNotice &notice = app.notifier.shown.constFirst();
        CHECK(notice.reminderId == id);
        CHECK(notice.habitId == kHabit);
        CHECK(notice.title == QStringLiteral("Morning strengths"));
        CHECK(notice.body == QStringLiteral("Which strength will you use today?"));
        // Stored as fired, in the journal.
        CHECK(app.reminder(id)->lastFiredAt == at("2026-06-01T07:30:00+02:00"));
        app.service.refresh();
        CHECK(app.notifier.shown.size() == 1);
        CHECK(app.service.nextAlertAt() == at("2026-06-02T07:30:00+02:00"));
    }
    // Mosaic restarts a minute later: nothing shows twice.
    clock.pass(60 * 1000);
    Running again(journal, clock);
    CHECK(again.notifier.shown.isEmpty());
    CHECK(again.service.nextAlertAt() == at("2026-06-02T07:30:00+02:00"));
}

TEST_CASE("Two Mosaics over one journal show an instant once", "[reminders][service]")
{
    Journal journal;
    journal.addReminder({QTime(7, 30)});
    FakeClock clock(at("2026-06-01T07:30:00+02:00"));
    Running first(journal, clock);
    Running second(journal, clock);
    first.service.refresh();
    second.service.refresh();
    CHECK(first.notifier.shown.size() + second.notifier.shown.size() == 1);
}

TEST_CASE("After the app was closed, the latest missed time shows once; an old miss is dropped", "[reminders][service][catch-up]")
{
    Journal journal;
    journal.addReminder({QTime(7, 30), QTime(12, 0)});
    FakeClock clock(at("2026-06-01T13:00:00+02:00")); // closed since the start of the year
    {
        Running app(journal, clock);
        REQUIRE(app.notifier.shown.size() == 1);
        CHECK(app.notifier.shown.constFirst().body.startsWith(QStringLiteral("Its time was 12:00")));
        CHECK(app.service.nextAlertAt() == at("2026-06-02T07:30:00+02:00"));
    }
    {
        Running restarted(journal, clock);
        CHECK(restarted.notifier.shown.isEmpty());
    }
    // Closed again until 00:30 on 3 June: the latest missed time, 12:00 on 2 June, is 12.5 hours late: dropped.
    clock.setWall(at("2026-06-03T00:30:00+02:00"));
    Running late(journal, clock);
    CHECK(late.notifier.shown.isEmpty());
    CHECK(late.service.nextAlertAt() == at("2026-06-03T07:30:00+02:00"));
}

TEST_CASE("The heartbeat notices a wake from sleep, and a new time zone", "[reminders][service][heartbeat]")
{
    Journal journal;
    journal.addReminder({QTime(7, 30)});
    FakeClock clock(morning());
    Running app(journal, clock);
    // A minute awake: the clocks agree, nothing to do.
    clock.pass(ReminderService::kHeartbeatMs);
    app.service.heartbeat();
    CHECK(app.notifier.shown.isEmpty());
    // Asleep from 07:01 to 09:00: the monotonic clock stood still, so the timer would be late; the heartbeat is not.
    clock.setWall(at("2026-06-01T09:00:00+02:00"));
    app.service.heartbeat();
    REQUIRE(app.notifier.shown.size() == 1);
    CHECK(app.notifier.shown.constFirst().body.startsWith(QStringLiteral("Its time was 07:30")));

    // Flying to New York (it is 03:00 there): the next 07:30 is New York's, this morning.
    clock.setZone("America/New_York");
    app.service.heartbeat();
    CHECK(app.service.nextAlertAt() == at("2026-06-01T07:30:00-04:00"));
}

TEST_CASE("Snooze from the notification: ten minutes later, unless that passes the next time", "[reminders][service][snooze]")
{
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30), QTime(9, 0)});
    FakeClock clock(at("2026-06-01T07:30:00+02:00"));
    Running app(journal, clock);
    REQUIRE(app.notifier.shown.size() == 1);
    clock.pass(60 * 1000);
    app.notifier.invoke(id, ReminderAction::Snooze);
    CHECK(app.reminder(id)->snoozedUntil == at("2026-06-01T07:41:00+02:00"));
    CHECK(app.notifier.withdrawn == QStringList{id});
    QCoreApplication::processEvents(); // the journal's change reaches the service through its timer
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-01T07:41:00+02:00"));
    clock.pass(9 * 60 * 1000 + 59 * 1000);
    app.service.refresh();
    CHECK(app.notifier.shown.size() == 1);
    clock.pass(1000);
    app.service.refresh();
    REQUIRE(app.notifier.shown.size() == 2);
    CHECK(app.notifier.shown.last().body.startsWith(QStringLiteral("Here it is again")));
    CHECK_FALSE(app.reminder(id)->snoozedUntil.has_value());

    // At 08:55 a ten-minute snooze would pass 09:00: dropped, 09:00 comes as usual.
    clock.setWall(at("2026-06-01T08:55:00+02:00"));
    app.notifier.invoke(id, ReminderAction::Snooze);
    CHECK_FALSE(app.reminder(id)->snoozedUntil.has_value());
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-01T09:00:00+02:00"));
}

TEST_CASE("Quiet hours hold a reminder until they end", "[reminders][service][quiet]")
{
    Journal journal;
    journal.addReminder({QTime(6, 0)});
    FakeClock clock(at("2026-06-01T05:00:00+02:00"));
    Running app(journal, clock);
    CHECK(app.service.nextAlertAt() == at("2026-06-01T06:00:00+02:00"));
    app.preferences.setQuietStart(QStringLiteral("22:00"));
    app.preferences.setQuietEnd(QStringLiteral("7:00"));
    app.preferences.setQuietHoursEnabled(true);
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-01T07:00:00+02:00"));
    clock.setWall(at("2026-06-01T06:30:00+02:00"));
    app.service.refresh();
    CHECK(app.notifier.shown.isEmpty());
    clock.setWall(at("2026-06-01T07:00:00+02:00"));
    app.service.refresh();
    CHECK(app.notifier.shown.size() == 1);
}

TEST_CASE("Pausing drops what falls in the pause; the global switch silences everything", "[reminders][service][pause]")
{
    Journal journal;
    journal.addReminder({QTime(7, 30), QTime(8, 30)});
    FakeClock clock(morning());
    Running app(journal, clock);
    app.service.pause(PauseChoice::OneHour); // until 08:00
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-01T08:30:00+02:00"));
    clock.setWall(at("2026-06-01T08:00:00+02:00"));
    app.service.refresh();
    CHECK(app.notifier.shown.isEmpty()); // 07:30 fell in the pause: dropped, not late

    app.service.pause(PauseChoice::UntilTomorrow);
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-02T07:30:00+02:00"));
    app.service.resume();
    app.service.refresh();
    CHECK(app.notifier.shown.isEmpty()); // resuming does not bring 07:30 back late
    CHECK(app.service.nextAlertAt() == at("2026-06-01T08:30:00+02:00"));

    // The Settings page's own preferences object switches reminders off: the service hears it.
    ReminderPreferences settingsPage(journal.settingsFile());
    settingsPage.setEnabled(false);
    QCoreApplication::processEvents();
    app.service.refresh();
    CHECK_FALSE(app.service.nextAlertAt().has_value());
    CHECK_FALSE(app.service.nextWakeAt().has_value());
    clock.setWall(at("2026-06-01T08:30:00+02:00"));
    app.service.refresh();
    CHECK(app.notifier.shown.isEmpty());
}

TEST_CASE("Done records today's check-in; a ritual done or archived gets no more reminders today", "[reminders][service][done]")
{
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30), QTime(12, 0)});
    // 23:30 UTC on 31 May is already 1 June in Berlin: the check-in is for Berlin's date.
    FakeClock clock(at("2026-06-01T01:30:00+02:00"));
    Running app(journal, clock);
    clock.setWall(at("2026-06-01T07:30:00+02:00"));
    app.service.refresh();
    REQUIRE(app.notifier.shown.size() == 1);
    app.notifier.invoke(id, ReminderAction::Done);
    auto checkIn = app.session.habits().findCheckIn(kHabit, QDate(2026, 6, 1));
    REQUIRE(checkIn.ok());
    REQUIRE(checkIn->has_value());
    CHECK((*checkIn)->status == CheckInStatus::Done);
    CHECK((*checkIn)->updatedAt == at("2026-06-01T07:30:00+02:00"));
    app.service.refresh();
    CHECK(app.service.nextAlertAt() == at("2026-06-02T07:30:00+02:00")); // not 12:00 today

    // Archived: nothing at all.
    auto habit = app.session.habits().findHabit(kHabit);
    REQUIRE(habit.ok());
    Habit archived = **habit;
    archived.archived = true;
    REQUIRE(app.session.habits().save(archived).ok());
    app.service.refresh();
    CHECK_FALSE(app.service.nextAlertAt().has_value());
}

TEST_CASE("Open asks the window for the ritual", "[reminders][service]")
{
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30)});
    FakeClock clock(morning());
    Running app(journal, clock);
    QStringList opened;
    QObject::connect(&app.service, &ReminderService::openRequested, [&opened](const QString &habitId) { opened.append(habitId); });
    app.notifier.invoke(id, ReminderAction::Open);
    CHECK(opened == QStringList{kHabit});
}
