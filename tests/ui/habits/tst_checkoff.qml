// SPDX-License-Identifier: GPL-3.0-or-later
// The Habits page with the example journal on 2026-11-20: checking off today, the heatmap's days, pausing.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 1000

    readonly property string morning: "7f26144b-9828-4fcd-99a5-4a7bb1fee08f" // daily, done 1 Oct – 19 Nov but 9 Oct
    readonly property string gratitude: "119a72d1-74c9-4f6a-8c01-1cdd9474031b" // weekdays, count 3

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
        name: "HabitsCheckOff"
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
            const page = createTemporaryObject(pageComponent, scene, { session: session });
            verify(page);
            page.activate({});
            return page;
        }

        // Scrolls the page so that `item` is in the window, as a person would before clicking it.
        function reveal(page: HabitsPage, item: Item): Item {
            verify(item);
            const flick = page.flickable;
            const y = item.mapToItem(flick.contentItem, 0, 0).y;
            flick.contentY = Math.max(0, Math.min(y - 80, flick.contentHeight - flick.height));
            return item;
        }

        function checkInRows(habitId: string, day: string): var {
            return TestSupport.rows(dataDir, "SELECT status, value, deleted_at FROM check_ins WHERE habit_id = '" + habitId + "' AND date = '" + day + "'");
        }

        function test_checkingOffTodayGrowsTheStreakAndWritesACheckIn() {
            const page = createPage();
            const before = page.habits.get(scene.morning, "currentStreak");
            compare(before, 40); // 10 Oct – 19 Nov but the skipped 23 Oct; today is still open
            compare(page.habits.get(scene.morning, "todayState"), "open");
            compare(checkInRows(scene.morning, "2026-11-20").length, 0);

            const button = findChild(page, "check-" + scene.morning);
            verify(button);
            tryVerify(() => button.visible && button.width > 0);
            mouseClick(button);

            compare(page.habits.get(scene.morning, "currentStreak"), before + 1);
            compare(page.habits.get(scene.morning, "todayState"), "done");
            const rows = checkInRows(scene.morning, "2026-11-20");
            compare(rows.length, 1);
            compare(rows[0].status, "done");
            verify(rows[0].deleted_at === null || rows[0].deleted_at === undefined || rows[0].deleted_at === "");

            // A second click takes it back: the row stays as a tombstone.
            mouseClick(findChild(page, "check-" + scene.morning));
            compare(page.habits.get(scene.morning, "currentStreak"), before);
            verify(String(checkInRows(scene.morning, "2026-11-20")[0].deleted_at).length > 0);
        }

        function test_countHabitsLogTheAmount() {
            const page = createPage();
            const amount = findChild(page, "amount-" + scene.gratitude);
            verify(amount);
            amount.value = 2;
            mouseClick(findChild(page, "check-" + scene.gratitude));
            compare(page.habits.get(scene.gratitude, "todayState"), "partial");
            compare(checkInRows(scene.gratitude, "2026-11-20")[0].value, 2);
            findChild(page, "amount-" + scene.gratitude).value = 3;
            mouseClick(findChild(page, "check-" + scene.gratitude));
            compare(page.habits.get(scene.gratitude, "todayState"), "done");
        }

        function test_theHeatmapTellsDoneSkippedAndMissedApart() {
            const page = createPage();
            page.activate({ habitId: scene.morning });
            compare(page.selectedId, scene.morning);
            verify(page.detail.exists);
            compare(page.detail.cells.length, 53 * 7);
            compare(page.detail.cellState("2026-11-19"), "done");
            compare(page.detail.cellState("2026-10-23"), "skipped");
            compare(page.detail.cellState("2026-10-09"), "missed");
            compare(page.detail.cellState("2026-09-30"), "before");
            compare(page.detail.cellState("2026-11-20"), "open");
            compare(page.detail.cellState("2026-11-21"), "future");
            // Weekends are not due for the weekdays habit.
            page.activate({ habitId: scene.gratitude });
            compare(page.detail.cellState("2026-11-15"), "rest");
            verify(findChild(page, "heatmap"));
        }

        function test_pausingARangeKeepsTheStreak() {
            const page = createPage();
            page.activate({ habitId: scene.morning });
            compare(page.detail.currentStreak, 40);

            // Four days away without checking in: the streak breaks…
            session.fixedNow = new Date(Date.UTC(2026, 10, 24, 9, 30));
            compare(page.detail.currentStreak, 0);
            compare(page.habits.get(scene.morning, "currentStreak"), 0);

            // …unless those days are paused.
            findChild(page, "pauseFrom").value = "2026-11-20";
            findChild(page, "pauseTo").value = "2026-11-23";
            mouseClick(reveal(page, findChild(page, "pauseButton")));
            compare(page.detail.pauseError, "");
            compare(page.detail.currentStreak, 40);
            compare(page.habits.get(scene.morning, "currentStreak"), 40);
            compare(page.detail.cellState("2026-11-21"), "paused");
            const rows = TestSupport.rows(dataDir, "SELECT status, value FROM check_ins WHERE habit_id = '" + scene.morning
                                          + "' AND date BETWEEN '2026-11-20' AND '2026-11-23' AND deleted_at IS NULL");
            compare(rows.length, 4);
            for (const row of rows) {
                compare(row.status, "skipped");
                compare(row.value, 0);
            }
            compare(page.detail.pauses.length, 1);

            // Ending the pause removes exactly those check-ins again.
            mouseClick(reveal(page, findChild(page, "resume-0")));
            compare(page.detail.pauses.length, 0);
            compare(page.detail.currentStreak, 0);
            compare(TestSupport.rows(dataDir, "SELECT 1 FROM check_ins WHERE habit_id = '" + scene.morning
                                     + "' AND date BETWEEN '2026-11-20' AND '2026-11-23' AND deleted_at IS NULL").length, 0);
        }

        function test_aBackwardsRangeIsRefusedCalmly() {
            const page = createPage();
            page.activate({ habitId: scene.morning });
            verify(!page.detail.pause("2026-11-23", "2026-11-20"));
            verify(page.detail.pauseError.length > 0);
            compare(page.detail.pauses.length, 0);
        }
    }
}
