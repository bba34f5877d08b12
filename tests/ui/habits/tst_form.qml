// SPDX-License-Identifier: GPL-3.0-or-later
// Adding habits on the Habits page: from a ritual preset, refused while the form has a problem, and the weekly letter.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 1000

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
        id: pageComponent
        HabitsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "HabitsForm"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(session.isOpen);
            const transfer = createTemporaryObject(transferComponent, scene, { session: session });
            verify(transfer.importExample().ok);
        }

        function createPage(): HabitsPage {
            shownPage = createTemporaryObject(pageComponent, scene, { session: session });
            verify(shownPage);
            shownPage.activate({});
            return shownPage;
        }

        function openForm(page: HabitsPage) {
            mouseClick(findChild(page, "newHabit"));
            tryVerify(() => page.formDialog.opened);
        }

        function reveal(page: HabitsPage, item: Item): Item {
            verify(item);
            const flick = page.flickable;
            const y = item.mapToItem(flick.contentItem, 0, 0).y;
            flick.contentY = Math.max(0, Math.min(y - 80, flick.contentHeight - flick.height));
            return item;
        }

        // The page goes before the session, so no editor still holds the journal's connection when it closes.
        property HabitsPage shownPage: null
        function cleanup() {
            if (shownPage) {
                shownPage.destroy();
                shownPage = null;
                wait(0);
            }
        }

        function habitCount(): int {
            return TestSupport.rows(dataDir, "SELECT 1 FROM habits WHERE deleted_at IS NULL").length;
        }

        function test_aPresetMakesAHabit() {
            const page = createPage();
            compare(habitCount(), 3);
            openForm(page);
            const preset = findChild(page.formDialog.contentItem, "preset-weekly-letter");
            verify(preset);
            mouseClick(preset);
            compare(page.formDialog.form.scheduleType, "per-week");
            mouseClick(findChild(page.formDialog.footer, "formSave"));
            tryVerify(() => !page.formDialog.visible);

            const rows = TestSupport.rows(dataDir, "SELECT id, name, ritual, schedule_type, schedule_times, target_type, start_date FROM habits "
                                          + "WHERE ritual = 'weekly-letter' AND deleted_at IS NULL");
            compare(rows.length, 1);
            compare(rows[0].schedule_type, "per-week");
            compare(rows[0].schedule_times, 1);
            compare(rows[0].target_type, "check");
            compare(rows[0].start_date, "2026-11-20");
            compare(page.selectedId, rows[0].id);
            verify(page.habits.indexOf(rows[0].id) >= 0);
            verify(page.detail.isWeeklyLetter);
        }

        function test_theWeeklyLetterOpensPrefilled() {
            const page = createPage();
            openForm(page);
            mouseClick(findChild(page.formDialog.contentItem, "preset-weekly-letter"));
            mouseClick(findChild(page.formDialog.footer, "formSave"));
            tryVerify(() => !page.formDialog.visible);
            const habitId = page.selectedId;

            const button = findChild(page, "writeLetter");
            tryVerify(() => button.visible);
            mouseClick(reveal(page, button));
            const rows = TestSupport.rows(dataDir, "SELECT date, status, note FROM check_ins WHERE habit_id = '" + habitId + "' AND deleted_at IS NULL");
            compare(rows.length, 1);
            compare(rows[0].date, "2026-11-20");
            compare(rows[0].status, "done");
            verify(rows[0].note.indexOf("Sent my first route grade up") >= 0); // the win of 18 Nov
            verify(rows[0].note.indexOf("Asked to lead the reading hour") < 0); // 15 Nov is last week
            verify(rows[0].note.indexOf("Morning strengths: 4 days") >= 0);
            tryVerify(() => findChild(page, "checkInNoteEditor") !== null);
            const editor = findChild(page, "checkInNoteEditor");
            tryVerify(() => editor.text.indexOf("Sent my first route grade up") >= 0);

            // Opening it again leaves what was written.
            session.fixedNow = new Date(Date.UTC(2026, 10, 21, 9, 30));
            compare(page.detail.prepareWeeklyLetter(), "2026-11-20");
            compare(TestSupport.rows(dataDir, "SELECT note FROM check_ins WHERE habit_id = '" + habitId + "'")[0].note, rows[0].note);
        }

        function test_nothingIsSavedWhileTheFormHasAProblem() {
            const page = createPage();
            openForm(page);
            const name = findChild(page.formDialog.contentItem, "formName");
            verify(name);
            mouseClick(findChild(page.formDialog.contentItem, "schedule-weekdays"));
            // No name, and no day chosen.
            for (let day = 1; day <= 5; ++day)
                mouseClick(findChild(page.formDialog.contentItem, "day-" + day));
            compare(page.formDialog.form.days.length, 0);
            mouseClick(findChild(page.formDialog.footer, "formSave"));
            verify(page.formDialog.visible);
            verify(page.formDialog.form.nameError.length > 0);
            verify(page.formDialog.form.scheduleError.length > 0);
            compare(habitCount(), 3);

            name.forceActiveFocus();
            keyClick(Qt.Key_W);
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_L);
            keyClick(Qt.Key_K);
            mouseClick(findChild(page.formDialog.contentItem, "day-6"));
            mouseClick(findChild(page.formDialog.footer, "formSave"));
            tryVerify(() => !page.formDialog.visible);
            const rows = TestSupport.rows(dataDir, "SELECT schedule_days_json FROM habits WHERE name = 'walk'");
            compare(rows.length, 1);
            compare(rows[0].schedule_days_json, "[6]");
        }

        function test_deletingAHabitTombstonesItsCheckInsAndReminders() {
            const page = createPage();
            const morning = "7f26144b-9828-4fcd-99a5-4a7bb1fee08f";
            page.activate({ habitId: morning });
            verify(page.detail.deleteHabit());
            compare(TestSupport.rows(dataDir, "SELECT 1 FROM habits WHERE id = '" + morning + "' AND deleted_at IS NULL").length, 0);
            compare(TestSupport.rows(dataDir, "SELECT 1 FROM check_ins WHERE habit_id = '" + morning + "' AND deleted_at IS NULL").length, 0);
            compare(TestSupport.rows(dataDir, "SELECT 1 FROM reminders WHERE habit_id = '" + morning + "' AND deleted_at IS NULL").length, 0);
            compare(page.habits.indexOf(morning), -1);
            compare(habitCount(), 2);
        }
    }
}
