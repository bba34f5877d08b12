// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders as desktop notifications over a real (private) session bus: the notification arrives with its actions,
// and a click on Done, Snooze or Open reaches the journal or the window. Run under dbus-run-session (see
// CMakeLists.txt), which gives the test a bus of its own; without one it is skipped, never run on a desktop's bus.
#include "NotificationServer.h"
#include "ServiceFixtures.h"

#include "reminders/FreedesktopNotifier.h"
#include "reminders/ReminderService.h"

#include "QtPrinters.h"

#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace mosaic;
using namespace mosaic::reminders;
using namespace service_fixtures;

namespace {

template <typename Condition>
bool waitFor(Condition condition)
{
    QDeadlineTimer deadline(5000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

// The notification server on a connection of its own, so that its messages really cross the bus.
struct ServerOnBus
{
    ServerOnBus()
        : connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("mosaic-test-server")))
    {
        REQUIRE(server.registerOn(connection));
    }
    ~ServerOnBus()
    {
        connection.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        connection.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("mosaic-test-server"));
    }
    NotificationServer server;
    QDBusConnection connection;
};

struct App
{
    App(const Journal &journal, const FakeClock &clock)
        : preferences(journal.settingsFile())
        , notifier(QDBusConnection::sessionBus())
        , service(session, preferences, notifier, clock)
    {
        session.setDataDirectory(journal.path());
        REQUIRE(session.isOpen());
    }
    JournalSession session;
    ReminderPreferences preferences;
    FreedesktopNotifier notifier;
    ReminderService service;
};

} // namespace

TEST_CASE("Without a notification server the tray's balloon is used", "[reminders][dbus]")
{
    CHECK_FALSE(FreedesktopNotifier::isAvailable(QDBusConnection::sessionBus()));
    ServerOnBus bus;
    CHECK(FreedesktopNotifier::isAvailable(QDBusConnection::sessionBus()));
}

TEST_CASE("A reminder arrives as a notification with Done, Snooze and Open; Done records the check-in", "[reminders][dbus]")
{
    ServerOnBus bus;
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30)});
    FakeClock clock(at("2026-06-01T07:30:00+02:00"));
    App app(journal, clock);
    app.service.start();

    REQUIRE(waitFor([&] { return bus.server.received.size() == 1; }));
    const NotificationServer::Received notification = bus.server.received.constFirst();
    CHECK(notification.appName == QStringLiteral("Mosaic"));
    CHECK(notification.summary == QStringLiteral("Morning strengths"));
    CHECK(notification.body == QStringLiteral("Which strength will you use today?"));
    CHECK(notification.hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("org.mosaic.Mosaic"));
    QStringList keys;
    for (qsizetype i = 0; i + 1 < notification.actions.size(); i += 2)
        keys.append(notification.actions.at(i));
    CHECK(keys == QStringList{QStringLiteral("done"), QStringLiteral("snooze"), QStringLiteral("open"), QStringLiteral("default")});

    auto checkedIn = [&] {
        auto found = app.session.habits().findCheckIn(kHabit, QDate(2026, 6, 1));
        return found.ok() && found->has_value() && !(*found)->isDeleted();
    };
    CHECK_FALSE(checkedIn());
    clock.pass(20 * 1000);
    bus.server.invoke(notification.id, QStringLiteral("done"));
    REQUIRE(waitFor(checkedIn));
    auto checkIn = app.session.habits().findCheckIn(kHabit, QDate(2026, 6, 1));
    REQUIRE(checkIn.ok());
    CHECK((*checkIn)->status == CheckInStatus::Done);
    CHECK((*checkIn)->updatedAt == at("2026-06-01T07:30:20+02:00"));
    // The reminder is stored as fired: nothing more today.
    auto reminder = app.session.reminders().findReminder(id);
    REQUIRE(reminder.ok());
    CHECK((*reminder)->lastFiredAt == at("2026-06-01T07:30:00+02:00"));
}

TEST_CASE("Snooze and Open from the notification", "[reminders][dbus]")
{
    ServerOnBus bus;
    Journal journal;
    const QString id = journal.addReminder({QTime(7, 30)});
    FakeClock clock(at("2026-06-01T07:30:00+02:00"));
    App app(journal, clock);
    QStringList opened;
    QObject::connect(&app.service, &ReminderService::openRequested, [&opened](const QString &habitId) { opened.append(habitId); });
    app.service.start();
    REQUIRE(waitFor([&] { return bus.server.received.size() == 1; }));
    const uint first = bus.server.received.constFirst().id;

    bus.server.invoke(first, QStringLiteral("open"));
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    CHECK(opened == QStringList{kHabit});

    // The notification was closed by the click; a new one for the same reminder then snoozes.
    clock.pass(60 * 1000);
    app.notifier.show({id, kHabit, QStringLiteral("Morning strengths"), QStringLiteral("again")});
    REQUIRE(waitFor([&] { return bus.server.received.size() == 2; }));
    bus.server.invoke(bus.server.received.last().id, QStringLiteral("snooze"));
    auto snoozedUntil = [&]() -> std::optional<QDateTime> {
        auto found = app.session.reminders().findReminder(id);
        return found.ok() && found->has_value() ? (*found)->snoozedUntil : std::nullopt;
    };
    REQUIRE(waitFor([&] { return snoozedUntil().has_value(); }));
    CHECK(snoozedUntil() == at("2026-06-01T07:41:00+02:00"));
    // Another application's notification's actions are not ours.
    bus.server.invoke(999, QStringLiteral("done"));
    QCoreApplication::processEvents();
    auto checkIn = app.session.habits().findCheckIn(kHabit, QDate(2026, 6, 1));
    REQUIRE(checkIn.ok());
    CHECK_FALSE(checkIn->has_value());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mosaic-tests"));
    QStandardPaths::setTestModeEnabled(true);
    std::vector<char *> arguments;
    bool privateBus = false;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--private-bus") == 0)
            privateBus = true;
        else
            arguments.push_back(argv[i]);
    }
    if (!privateBus) {
        std::fprintf(stderr,
                     "reminders_dbus skipped: it needs a session bus of its own from dbus-run-session (Debian's dbus package), "
                     "so that it never touches the desktop's notifications. Install dbus and configure again.\n");
        return 77;
    }
    if (!QDBusConnection::sessionBus().isConnected()) {
        std::fprintf(stderr, "reminders_dbus skipped: dbus-run-session gave no session bus.\n");
        return 77;
    }
    return Catch::Session().run(int(arguments.size()), arguments.data());
}
