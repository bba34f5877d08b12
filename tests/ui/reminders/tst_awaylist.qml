// SPDX-License-Identifier: GPL-3.0-or-later
// Today's "while you were away", on the example journal at 09:30 on 20 November: Morning strengths (07:30) waits.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 900
    height: 600

    readonly property string morning: "7f26144b-9828-4fcd-99a5-4a7bb1fee08f"
    readonly property string morningReminder: "10a3d6b2-aa05-411a-b271-5945795e8229"

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
        id: awayComponent
        AwayList {
            width: 800
        }
    }

    TestCase {
        name: "AwayList"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(createTemporaryObject(transferComponent, scene, { session: session }).importExample().ok);
        }

        function createList(): AwayList {
            const list = createTemporaryObject(awayComponent, scene, { session: session, settingsFile: dataDir + "/settings.ini" });
            verify(list);
            return list;
        }

        function test_doneChecksTheRitualOff() {
            const list = createList();
            compare(list.away.count, 1);
            verify(list.visible);
            compare(list.away.data(list.away.index(0, 0), AwayModel.TitleRole), "Morning strengths");
            compare(list.away.data(list.away.index(0, 0), AwayModel.TimeTextRole), "07:30");
            mouseClick(findChild(list, "away-done-" + scene.morningReminder));
            const rows = TestSupport.rows(dataDir, "SELECT status, deleted_at FROM check_ins WHERE habit_id = '" + scene.morning + "' AND date = '2026-11-20'");
            compare(rows.length, 1);
            compare(rows[0].status, "done");
            compare(list.away.count, 0);
            verify(!list.visible);
        }

        function test_laterSnoozesAndOpenAsksForTheRitual() {
            const list = createList();
            let opened = null;
            list.openRequested.connect((page, args) => opened = { page: page, args: args });
            mouseClick(findChild(list, "away-open-" + scene.morningReminder));
            compare(opened.page, "habits");
            compare(opened.args.habitId, scene.morning);

            const later = findChild(list, "away-later-" + scene.morningReminder);
            mouseClick(later);
            const popup = later.choices;
            tryVerify(() => popup.opened);
            const inAnHour = findChild(popup.contentItem, "away-later-60-" + scene.morningReminder);
            verify(inAnHour);
            mouseClick(inAnHour);
            const rows = TestSupport.rows(dataDir, "SELECT snoozed_until FROM reminders WHERE id = '" + scene.morningReminder + "'");
            compare(rows[0].snoozed_until, "2026-11-20T10:30:00.000Z");
            compare(list.away.count, 0);
        }

        function test_aSnoozePastTheNextTimeIsDropped() {
            const list = createList();
            // 08:00 is past for today, so it means tomorrow 08:00 — after tomorrow's 07:30: dropped, gently said.
            verify(!list.away.snoozeUntil(scene.morningReminder, "8:00"));
            verify(session.errorMessage.length > 0);
            session.clearError();
            const rows = TestSupport.rows(dataDir, "SELECT snoozed_until FROM reminders WHERE id = '" + scene.morningReminder + "'");
            verify(!rows[0].snoozed_until);
            compare(list.away.count, 1);
            // Until 18:00 today is kept.
            verify(list.away.snoozeUntil(scene.morningReminder, "18:00"));
            compare(list.away.count, 0);
        }

        function test_nothingWaitsWhileRemindersAreOffOrPaused() {
            const list = createList();
            compare(list.away.count, 1);
            const prefs = Qt.createQmlObject("import Mosaic.Ui; ReminderPreferences {}", scene);
            prefs.settingsFile = dataDir + "/settings.ini";
            prefs.enabled = false;
            compare(list.away.count, 0);
            prefs.enabled = true;
            compare(list.away.count, 1);
            prefs.destroy();
        }
    }
}
