// SPDX-License-Identifier: GPL-3.0-or-later
// A habit's reminders, edited as a person does: add one at a time of day, another time, weekdays, off, removed.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 900
    height: 700

    readonly property string reach: "451abd81-f1d6-4ed6-97f5-e837d70820fe" // no reminder in the example

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: transferComponent
        JournalTransfer {}
    }
    Component {
        id: remindersComponent
        HabitReminders {
            width: 800
        }
    }

    TestCase {
        name: "HabitReminders"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(session.isOpen);
            verify(createTemporaryObject(transferComponent, scene, { session: session }).importExample().ok);
        }

        // The control named `name`, once the delegates a change replaced are gone.
        function control(view: Item, name: string): Item {
            wait(0);
            const found = findChild(view, name);
            verify(found, name);
            return found;
        }

        function rows(): var {
            return TestSupport.rows(dataDir, "SELECT id, title, times_json, days_json, enabled, updated_at, deleted_at FROM reminders WHERE habit_id = '"
                                    + scene.reach + "' ORDER BY created_at");
        }

        function test_addEditAndRemoveAReminder() {
            const view = createTemporaryObject(remindersComponent, scene, { session: session, habitId: scene.reach });
            verify(view);
            compare(view.reminders.count, 0);

            const field = findChild(view, "reminder-new-time");
            const add = findChild(view, "reminder-add");
            verify(!add.enabled);
            field.forceActiveFocus();
            keyClick(Qt.Key_1);
            keyClick(Qt.Key_8);
            keyClick(Qt.Key_Colon);
            keyClick(Qt.Key_1);
            keyClick(Qt.Key_5);
            verify(add.enabled);
            keyClick(Qt.Key_Return);
            compare(view.reminders.count, 1);
            compare(field.text, "");
            let stored = rows();
            compare(stored.length, 1);
            compare(stored[0].title, "Reach out to someone");
            compare(stored[0].times_json, "[\"18:15\"]");
            compare(stored[0].days_json, "[]");
            compare(stored[0].enabled, 1);
            compare(stored[0].updated_at, "2026-11-20T09:30:00.000Z");
            const id = stored[0].id;
            compare(view.reminders.data(view.reminders.index(0, 0), HabitRemindersModel.SummaryRole), "Every day at 18:15");

            // Another time, typed badly first: nothing changes and the session says why.
            const extra = control(view, "reminder-add-time-field-" + id);
            extra.text = "25:00";
            mouseClick(control(view, "reminder-add-time-" + id));
            verify(session.errorMessage.length > 0);
            session.clearError();
            compare(rows()[0].times_json, "[\"18:15\"]");
            extra.text = "8:00";
            mouseClick(control(view, "reminder-add-time-" + id));
            compare(rows()[0].times_json, "[\"08:00\",\"18:15\"]");

            // Saturday and Sunday off: the weekdays are listed.
            mouseClick(control(view, "reminder-day-" + id + "-6"));
            mouseClick(control(view, "reminder-day-" + id + "-7"));
            compare(rows()[0].days_json, "[1,2,3,4,5]");
            // Back on: every day again, stored as none listed.
            mouseClick(control(view, "reminder-day-" + id + "-6"));
            mouseClick(control(view, "reminder-day-" + id + "-7"));
            compare(rows()[0].days_json, "[]");

            // The 08:00 chip removes that time.
            mouseClick(control(view, "reminder-time-" + id + "-08:00"));
            compare(rows()[0].times_json, "[\"18:15\"]");

            const toggle = control(view, "reminder-enabled-" + id);
            mouseClick(toggle);
            compare(rows()[0].enabled, 0);
            mouseClick(control(view, "reminder-remove-" + id));
            compare(view.reminders.count, 0);
            verify(rows()[0].deleted_at.length > 0);
            compare(session.errorMessage, "");
        }

        function test_theExamplesReminderIsShownWithItsHabit() {
            const view = createTemporaryObject(remindersComponent, scene, { session: session, habitId: "119a72d1-74c9-4f6a-8c01-1cdd9474031b" });
            compare(view.reminders.count, 1);
            const summary = view.reminders.data(view.reminders.index(0, 0), HabitRemindersModel.SummaryRole);
            verify(summary.indexOf("21:00") > 0, summary);
            compare(view.reminders.data(view.reminders.index(0, 0), HabitRemindersModel.DaysRole), [1, 2, 3, 4, 5]);
        }

        // In American English a time reads "7:30 PM" everywhere — typed so, or as 19:30 — and is kept as 19:30.
        function test_timesFollowTheLocale() {
            TestSupport.setDefaultLocale("en_US");
            try {
                const view = createTemporaryObject(remindersComponent, scene, { session: session, habitId: scene.reach });
                const field = findChild(view, "reminder-new-time");
                compare(field.placeholderText, "e.g. 7:30 AM");
                field.forceActiveFocus();
                for (const key of "7:30 pm")
                    keyClick(key);
                keyClick(Qt.Key_Return);
                compare(view.reminders.count, 1);
                compare(rows()[0].times_json, "[\"19:30\"]");
                const id = rows()[0].id;
                compare(view.reminders.data(view.reminders.index(0, 0), HabitRemindersModel.SummaryRole), "Every day at 7:30 PM");

                const extra = control(view, "reminder-add-time-field-" + id);
                extra.text = "08:15";
                mouseClick(control(view, "reminder-add-time-" + id));
                compare(rows()[0].times_json, "[\"08:15\",\"19:30\"]");
                compare(control(view, "reminder-time-" + id + "-08:15").text, "8:15 AM  ×");
                compare(control(view, "reminder-time-" + id + "-19:30").text, "7:30 PM  ×");
                compare(control(view, "reminder-time-" + id + "-19:30").Accessible.name, "Remove the time 7:30 PM");
                compare(session.errorMessage, "");
            } finally {
                TestSupport.setDefaultLocale("");
            }
        }
    }
}
