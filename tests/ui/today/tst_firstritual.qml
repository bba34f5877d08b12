// SPDX-License-Identifier: GPL-3.0-or-later
// The first hour with an empty journal, as a user takes it: the welcome, "Start my own", Today's "Set up a first
// ritual", "Make a habit", a name, "Add habit" — and the window is still there, showing the habit, with Today
// listing it. The list of habits takes over from the empty state while the page is laid out (it once crashed).
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "FirstRitual"
    when: windowShown

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: settingsComponent
        AppSettings {}
    }
    Component {
        id: mainComponent
        Main {}
    }

    property var windows: []

    function init() {
        failOnWarning(/.*/);
    }
    // The windows go before the sessions and settings they show.
    function cleanup() {
        for (const window of testCase.windows)
            window.destroy();
        testCase.windows = [];
        wait(0);
    }

    function makeWindow(session: JournalSession, settings: AppSettings): Main {
        const window = mainComponent.createObject(null, { session: session, settings: settings });
        testCase.windows.push(window);
        verify(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);
        return window;
    }

    // Scrolls `item` into its page's view and returns it.
    function shown(page: Item, item: Item): Item {
        verify(item, "an item to click");
        tryVerify(() => item.visible && item.width > 0);
        const flick = page.flickable;
        const at = item.mapToItem(flick.contentItem, 0, 0);
        flick.contentY = Math.max(0, Math.min(at.y - 40, flick.contentHeight - flick.height));
        return item;
    }

    function buttonWithText(root: Item, text: string): Item {
        return itemsWhere(root, item => item.text === text && item.visible && item.clicked !== undefined)[0] || null;
    }

    function test_theFirstHabitFromTheWelcome() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = false;
        settings.lastPage = "today";
        const window = makeWindow(session, settings);
        window.width = 1024;
        window.height = 640;

        const welcome = findChild(window, "welcome");
        tryVerify(() => welcome.opened);
        mouseClick(buttonWithText(welcome.contentItem, "Start my own"));
        tryVerify(() => !welcome.visible);

        const today = window.pageItem("today");
        mouseClick(shown(today, buttonWithText(findChild(today, "todayInvitation"), "Set up a first ritual")));
        compare(window.currentPage, "habits");
        const habits = window.pageItem("habits");
        waitForRendering(habits);

        mouseClick(shown(habits, buttonWithText(habits, "Make a habit")));
        const dialog = habits.formDialog;
        tryVerify(() => dialog.opened);
        const name = findChild(dialog.contentItem, "formName");
        tryVerify(() => name.activeFocus);
        keyClick("W");
        keyClick("a");
        keyClick("l");
        keyClick("k");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);

        // The list and the habit in full replace the empty state, and the window lives on through its frames.
        for (let frame = 0; frame < 10; ++frame)
            waitForRendering(window.contentItem);
        compare(habits.habits.count, 1);
        compare(habits.detail.name, "Walk");
        verify(habits.detail.exists);
        // Today's buttons sit beside the words "Still open today.", not on them (they once stayed where the hidden
        // row had left them).
        const skip = findChild(habits, "detailSkip");
        const check = findChild(habits, "detailCheck");
        const state = findChild(habits, "detailTodayState");
        tryVerify(() => skip.visible && check.visible && state.visible);
        for (const [a, b] of [[state, skip], [skip, check], [state, check]]) {
            const ra = a.mapToItem(null, 0, 0, a.width, a.height);
            const rb = b.mapToItem(null, 0, 0, b.width, b.height);
            const overlap = ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height;
            verify(!overlap, a.objectName + " " + JSON.stringify(ra) + " overlaps " + b.objectName + " " + JSON.stringify(rb));
        }
        // And inside the card, not past its edge.
        const card = findChild(habits, "habitToday");
        for (const item of [state, skip, check]) {
            const r = item.mapToItem(card, 0, 0, item.width, item.height);
            verify(r.x >= 0 && r.x + r.width <= card.width, item.objectName + " " + JSON.stringify(r) + " leaves the card, " + card.width + " wide");
        }
        compare(TestSupport.rows(session.dataDirectory, "SELECT name FROM habits")[0].name, "Walk");

        // Today lists it, ready to be checked off.
        findChild(window, "shortcut-today").activated();
        const rituals = findChild(window.pageItem("today"), "todayRituals");
        tryVerify(() => rituals.visible);
        compare(window.pageItem("today").model.rituals.count, 1);
    }

    // The example journal taken from the welcome, then Habits at the smallest window: its list sits under its heading.
    // (The heading's Column stayed 0 tall on the page's first showing, and the rows slid up over it.)
    function test_theExampleJournalsHabitsSitUnderTheirHeading() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = false;
        settings.lastPage = "today";
        const window = makeWindow(session, settings);
        window.width = 1024;
        window.height = 640;
        const welcome = findChild(window, "welcome");
        tryVerify(() => welcome.opened);
        mouseClick(findChild(welcome.contentItem, "exampleButton"));
        tryVerify(() => !welcome.visible);

        findChild(window, "shortcut-habits").activated();
        const habits = window.pageItem("habits");
        tryVerify(() => habits.habits.count > 0);
        for (let frame = 0; frame < 5; ++frame)
            waitForRendering(window.contentItem);
        const list = findChild(habits, "habitList");
        const heading = itemsWhere(list, item => item.text === "Your habits" && item.Accessible.role === Accessible.Heading)[0];
        verify(heading);
        const headingBottom = heading.mapToItem(list, 0, heading.height).y;
        const repeater = findChild(list, "habitRows");
        compare(repeater.count, habits.habits.count);
        for (let i = 0; i < repeater.count; ++i) {
            const row = repeater.itemAt(i);
            const top = row.mapToItem(list, 0, 0).y;
            verify(top >= headingBottom, row.name + " starts at " + top + ", above the heading's bottom at " + headingBottom);
            verify(top + row.height <= list.height, row.name + " runs past its card");
        }
    }

    // Every item under `root` for which `wanted(item)` holds, in tree order.
    function itemsWhere(root: Item, wanted: var): var {
        const found = [];
        const queue = [root];
        while (queue.length > 0) {
            const item = queue.shift();
            if (wanted(item))
                found.push(item);
            for (let i = 0; i < item.children.length; ++i)
                queue.push(item.children[i]);
        }
        return found;
    }
}
