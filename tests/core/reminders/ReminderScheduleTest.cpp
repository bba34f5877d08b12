// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule alone: wall-clock times on chosen weekdays, across every kind of daylight-saving change.
#include "ReminderFixtures.h"

#include "reminders/ReminderSchedule.h"

#include "QtPrinters.h"

#include <catch2/catch_test_macros.hpp>

using namespace mosaic;
using namespace reminder_fixtures;

namespace {

// The wall-clock reading of an instant in a zone, as a naive date-time.
QDateTime wallClock(const QDateTime &at, const QTimeZone &in)
{
    return at.toUTC().addSecs(in.offsetFromUtc(at)).toTimeSpec(Qt::UTC);
}

// The next firing of a one-time daily reminder after `after`, as RFC 3339 with the local offset.
QString nextAt(QTime time, QStringView after, const QTimeZone &in)
{
    return local(nextOccurrence(reminder({time}), instant(after), in), in);
}

} // namespace

TEST_CASE("A half-hour offset without daylight saving (Asia/Kolkata)", "[reminders][dst]")
{
    const QTimeZone kolkata = zone("Asia/Kolkata");
    CHECK(nextAt(QTime(7, 30), u"2026-06-01T00:00:00Z", kolkata) == QStringLiteral("2026-06-01T07:30:00+05:30"));
    CHECK(nextAt(QTime(7, 30), u"2026-06-01T02:00:00Z", kolkata) == QStringLiteral("2026-06-02T07:30:00+05:30")); // strictly after
    CHECK(nextAt(QTime(0, 15), u"2026-12-31T18:40:00Z", kolkata) == QStringLiteral("2027-01-01T00:15:00+05:30"));
    CHECK(kolkata.transitions(instant(u"2026-01-01T00:00:00Z"), instant(u"2027-01-01T00:00:00Z")).isEmpty());
}

TEST_CASE("Europe/Berlin: the gap fires at its end, a doubled time at its first occurrence", "[reminders][dst]")
{
    const QTimeZone berlin = zone("Europe/Berlin");
    // 29 March 2026: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist.
    CHECK(nextAt(QTime(2, 30), u"2026-03-28T12:00:00Z", berlin) == QStringLiteral("2026-03-29T03:00:00+02:00"));
    CHECK(nextOccurrence(reminder({QTime(2, 30)}), instant(u"2026-03-28T12:00:00Z"), berlin) == instant(u"2026-03-29T01:00:00Z"));
    CHECK(nextAt(QTime(2, 30), u"2026-03-29T01:00:00Z", berlin) == QStringLiteral("2026-03-30T02:30:00+02:00"));
    CHECK(nextAt(QTime(7, 30), u"2026-03-28T20:00:00Z", berlin) == QStringLiteral("2026-03-29T07:30:00+02:00"));
    // 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice; only the first counts.
    CHECK(nextAt(QTime(2, 30), u"2026-10-24T12:00:00Z", berlin) == QStringLiteral("2026-10-25T02:30:00+02:00"));
    CHECK(nextAt(QTime(2, 30), u"2026-10-25T00:30:00Z", berlin) == QStringLiteral("2026-10-26T02:30:00+01:00"));
}

TEST_CASE("Several times in one gap fire once, at its end", "[reminders][dst]")
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const QList<ReminderFiring> firings = upcomingFirings({reminder({QTime(2, 15), QTime(2, 45), QTime(3, 0)})}, instant(u"2026-03-28T12:00:00Z"), berlin, 2);
    REQUIRE(firings.size() == 2);
    CHECK(local(firings.at(0).at, berlin) == QStringLiteral("2026-03-29T03:00:00+02:00"));
    CHECK(local(firings.at(1).at, berlin) == QStringLiteral("2026-03-30T02:15:00+02:00"));
}

TEST_CASE("America/New_York", "[reminders][dst]")
{
    const QTimeZone newYork = zone("America/New_York");
    // 8 March 2026: 02:00 EST becomes 03:00 EDT.
    CHECK(nextAt(QTime(2, 30), u"2026-03-07T12:00:00Z", newYork) == QStringLiteral("2026-03-08T03:00:00-04:00"));
    // 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 fires at 05:30Z, not again at 06:30Z.
    CHECK(nextAt(QTime(1, 30), u"2026-10-31T12:00:00Z", newYork) == QStringLiteral("2026-11-01T01:30:00-04:00"));
    CHECK(nextAt(QTime(1, 30), u"2026-11-01T05:30:00Z", newYork) == QStringLiteral("2026-11-02T01:30:00-05:00"));
}

TEST_CASE("Australia/Lord_Howe shifts by 30 minutes", "[reminders][dst]")
{
    const QTimeZone lordHowe = zone("Australia/Lord_Howe");
    // 5 April 2026: 02:00 (+11:00) becomes 01:30 (+10:30); 01:45 happens twice.
    CHECK(nextAt(QTime(1, 45), u"2026-04-04T00:00:00Z", lordHowe) == QStringLiteral("2026-04-05T01:45:00+11:00"));
    CHECK(nextAt(QTime(1, 45), u"2026-04-04T14:45:00Z", lordHowe) == QStringLiteral("2026-04-06T01:45:00+10:30"));
    // 4 October 2026: 02:00 (+10:30) becomes 02:30 (+11:00); 02:15 does not exist.
    CHECK(nextAt(QTime(2, 15), u"2026-10-03T00:00:00Z", lordHowe) == QStringLiteral("2026-10-04T02:30:00+11:00"));
    CHECK(nextAt(QTime(2, 30), u"2026-10-03T00:00:00Z", lordHowe) == QStringLiteral("2026-10-04T02:30:00+11:00"));
}

TEST_CASE("Pacific/Auckland, in the southern hemisphere", "[reminders][dst]")
{
    const QTimeZone auckland = zone("Pacific/Auckland");
    // 5 April 2026: 03:00 NZDT becomes 02:00 NZST.
    CHECK(nextAt(QTime(2, 30), u"2026-04-04T00:00:00Z", auckland) == QStringLiteral("2026-04-05T02:30:00+13:00"));
    CHECK(nextAt(QTime(2, 30), u"2026-04-04T13:30:00Z", auckland) == QStringLiteral("2026-04-06T02:30:00+12:00"));
    // 27 September 2026: 02:00 NZST becomes 03:00 NZDT.
    CHECK(nextAt(QTime(2, 30), u"2026-09-26T00:00:00Z", auckland) == QStringLiteral("2026-09-27T03:00:00+13:00"));
}

TEST_CASE("Every quarter hour of every 2026 transition day, in each zone", "[reminders][dst]")
{
    for (const char *ianaId : {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Auckland", "Asia/Kolkata"}) {
        const QTimeZone in = zone(ianaId);
        const auto transitions = in.transitions(instant(u"2026-01-01T00:00:00Z"), instant(u"2027-01-01T00:00:00Z"));
        INFO(ianaId);
        CHECK(transitions.size() == (QByteArray(ianaId) == "Asia/Kolkata" ? 0 : 2));
        for (const QTimeZone::OffsetData &transition : transitions) {
            const QDateTime change = transition.atUtc;
            const int offsetBefore = in.offsetFromUtc(change.addSecs(-1));
            const int offsetAfter = transition.offsetFromUtc;
            REQUIRE(offsetBefore != offsetAfter);
            // The readings the change skips (spring) or repeats (autumn): from the earlier to the later wall clock.
            const QDateTime readBefore = change.addSecs(offsetBefore).toTimeSpec(Qt::UTC);
            const QDateTime readAfter = change.addSecs(offsetAfter).toTimeSpec(Qt::UTC);
            const QDate day = readBefore.date();
            for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
                const QTime time(minutes / 60, minutes % 60);
                const QDateTime reading(day, time, Qt::UTC);
                const auto at = nextOccurrence(reminder({time}), wallClockInstant(day.addDays(-1), QTime(23, 59), in), in);
                INFO(time.toString().toStdString());
                REQUIRE(at.has_value());
                if (offsetAfter > offsetBefore && reading >= readBefore && reading < readAfter) {
                    CHECK(*at == change); // skipped: the first instant after the gap
                } else {
                    CHECK(wallClock(*at, in) == reading);
                    if (offsetAfter < offsetBefore && reading >= readAfter && reading < readBefore)
                        CHECK(*at < change); // repeated: the first occurrence
                }
                // One firing that day, never a second one for the same time.
                const auto following = nextOccurrence(reminder({time}), *at, in);
                REQUIRE(following.has_value());
                CHECK(wallClock(*following, in).date() == day.addDays(1));
            }
        }
    }
}

TEST_CASE("Chosen weekdays and several times a day", "[reminders]")
{
    const QTimeZone berlin = zone("Europe/Berlin");
    // Mondays and Wednesdays at 08:00 and 20:00; 7 June 2026 is a Sunday.
    const QList<ReminderFiring> firings = upcomingFirings({reminder({QTime(20, 0), QTime(8, 0)}, {1, 3})}, instant(u"2026-06-07T10:00:00Z"), berlin, 5);
    QStringList at;
    for (const ReminderFiring &firing : firings)
        at.append(local(firing.at, berlin));
    CHECK(at ==
          QStringList{QStringLiteral("2026-06-08T08:00:00+02:00"), QStringLiteral("2026-06-08T20:00:00+02:00"), QStringLiteral("2026-06-10T08:00:00+02:00"),
                      QStringLiteral("2026-06-10T20:00:00+02:00"), QStringLiteral("2026-06-15T08:00:00+02:00")});
    CHECK(local(latestOccurrence(reminder({QTime(20, 0), QTime(8, 0)}, {1, 3}), instant(u"2026-06-09T12:00:00Z"), berlin), berlin) ==
          QStringLiteral("2026-06-08T20:00:00+02:00"));
    CHECK(local(latestOccurrence(reminder({QTime(8, 0)}), instant(u"2026-06-09T06:00:00Z"), berlin), berlin) == QStringLiteral("2026-06-09T08:00:00+02:00"));
}

TEST_CASE("Disabled, deleted and empty reminders never fire", "[reminders]")
{
    const QTimeZone berlin = zone("Europe/Berlin");
    Reminder disabled = reminder({QTime(8, 0)}, {}, QStringLiteral("disabled"));
    disabled.enabled = false;
    Reminder deleted = reminder({QTime(8, 0)}, {}, QStringLiteral("deleted"));
    deleted.stamps.deletedAt = instant(u"2026-02-01T00:00:00Z");
    const Reminder empty = reminder({}, {}, QStringLiteral("empty"));
    const QDateTime after = instant(u"2026-06-01T00:00:00Z");
    for (const Reminder &silent : {disabled, deleted, empty}) {
        CHECK_FALSE(nextOccurrence(silent, after, berlin).has_value());
        CHECK_FALSE(latestOccurrence(silent, after, berlin).has_value());
        CHECK_FALSE(nextAlert(silent, {}, after, berlin).has_value());
    }
    CHECK(upcomingFirings({disabled, deleted, empty}, after, berlin, 10).isEmpty());
}

TEST_CASE("Firings of several reminders merge in time order, ties by reminder id", "[reminders]")
{
    const QTimeZone kolkata = zone("Asia/Kolkata");
    const QList<Reminder> reminders{reminder({QTime(9, 0)}, {}, QStringLiteral("b")), reminder({QTime(9, 0), QTime(7, 0)}, {}, QStringLiteral("a")),
                                    reminder({QTime(8, 0)}, {6, 7}, QStringLiteral("c"))};
    // 5 June 2026 is a Friday.
    const QList<ReminderFiring> firings = upcomingFirings(reminders, instant(u"2026-06-05T00:00:00Z"), kolkata, 7);
    QStringList order;
    for (const ReminderFiring &firing : firings)
        order.append(firing.reminderId + u' ' + local(firing.at, kolkata));
    CHECK(order ==
          QStringList{QStringLiteral("a 2026-06-05T07:00:00+05:30"), QStringLiteral("a 2026-06-05T09:00:00+05:30"),
                      QStringLiteral("b 2026-06-05T09:00:00+05:30"), QStringLiteral("a 2026-06-06T07:00:00+05:30"),
                      QStringLiteral("c 2026-06-06T08:00:00+05:30"), QStringLiteral("a 2026-06-06T09:00:00+05:30"),
                      QStringLiteral("b 2026-06-06T09:00:00+05:30")});
    CHECK(firings.first().title == QStringLiteral("Reminder a"));
    CHECK(upcomingFirings(reminders, instant(u"2026-06-05T00:00:00Z"), kolkata, 1000).size() == 1000);
}
