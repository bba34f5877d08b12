// SPDX-License-Identifier: GPL-3.0-or-later
// The first ritual by keys alone, over the real window and an empty journal: the welcome, "Start my own", Today's
// "Set up a first ritual", the habit form, and the ritual checked off on Today. Tab reaches every step; Space and
// Enter press what has the focus.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "KeyboardFirstRitual"
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
    function cleanup() {
        for (const window of testCase.windows)
            window.destroy();
        testCase.windows = [];
        wait(0);
    }

    // Presses Tab until the item with the focus is `wanted(item)`; fails when Tab never gets there.
    function tabTo(window: Item, wanted: var, what: string): Item {
        for (let i = 0; i < 60; ++i) {
            const item = window.activeFocusItem;
            if (item && wanted(item))
                return item;
            keyClick(Qt.Key_Tab);
        }
        fail("Tab never reaches " + what);
        return null;
    }
    function named(text: string): var {
        return item => item.text === text || item.Accessible.name === text;
    }
    function type(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_aFirstRitualMadeAndCheckedOffByKeys() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = false;
        settings.lastPage = "today";
        const window = mainComponent.createObject(null, { session: session, settings: settings });
        testCase.windows.push(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);

        // Each step puts the keyboard, visibly, on the next thing to do: no Tab is needed on the way.
        const welcome = findChild(window, "welcome");
        tryVerify(() => welcome.opened);
        tryVerify(() => named("Start my own")(window.activeFocusItem), 2000, "the welcome's button has no keyboard");
        keyClick(Qt.Key_Return);
        tryVerify(() => !welcome.visible);

        tryVerify(() => named("Set up a first ritual")(window.activeFocusItem), 2000, "Today's invitation has no keyboard");
        verify(window.activeFocusItem.visualFocus, "the invitation's button shows no focus");
        keyClick(Qt.Key_Return);
        compare(window.currentPage, "habits");

        const habits = window.pageItem("habits");
        tryVerify(() => named("Make a habit")(window.activeFocusItem), 2000, "the Habits invitation has no keyboard");
        verify(window.activeFocusItem.visualFocus, "the invitation's button shows no focus");
        keyClick(Qt.Key_Return);
        const dialog = habits.formDialog;
        tryVerify(() => dialog.opened);
        tryVerify(() => findChild(dialog.contentItem, "formName").activeFocus);
        type("Walk");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);
        for (let frame = 0; frame < 5; ++frame)
            waitForRendering(window.contentItem);
        compare(habits.habits.count, 1);
        // The keyboard goes on to the new habit's check, not nowhere (the button that opened the form is gone).
        const habitCheck = "check-" + habits.detail.habitId;
        tryVerify(() => window.activeFocusItem && window.activeFocusItem.objectName === habitCheck, 2000,
                  "after adding, the keyboard is on " + (window.activeFocusItem ? window.activeFocusItem.objectName : "nothing"));
        verify(window.activeFocusItem.visualFocus);

        // Back to Today through the sidebar: one stop for Tab, its pages under the arrow keys.
        const sidebarHabits = tabTo(window, named("Habits"), "the sidebar");
        verify(sidebarHabits.Accessible.selected, "Tab comes into the sidebar on the page shown");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        verify(named("Today")(window.activeFocusItem), "Up goes to the pages above");
        keyClick(Qt.Key_Return);
        compare(window.currentPage, "today");
        const today = window.pageItem("today");
        tryVerify(() => today.model.rituals.count === 1);
        const habitId = habits.detail.habitId;
        // From the sidebar, Tab goes into the page, not through the other pages' entries.
        keyClick(Qt.Key_Tab);
        verify(!(window.activeFocusItem.Accessible.role === Accessible.PageTab), "Tab went on through the sidebar");
        const check = tabTo(window, item => item.objectName === "ritualCheck-" + habitId, "the ritual's check");
        verify(check.visualFocus, "the focused check shows its focus");
        keyClick(Qt.Key_Space);
        const rows = TestSupport.rows(session.dataDirectory, "SELECT date, status FROM check_ins WHERE deleted_at IS NULL");
        compare(rows.length, 1);
        compare(rows[0].date, "2026-11-20");
        compare(rows[0].status, "done");
    }

    function test_tabGoesIntoAPageShownByItsShortcut() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "today";
        const window = mainComponent.createObject(null, { session: session, settings: settings });
        testCase.windows.push(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);

        for (const name of ["strengths", "journal", "settings", "insights"]) {
            findChild(window, "shortcut-" + name).activated();
            compare(window.currentPage, name);
            const page = window.pageItem(name);
            // One Tab: the page's first control, not the sidebar; Shift+Tab from there: the sidebar.
            keyClick(Qt.Key_Tab);
            const first = window.activeFocusItem;
            verify(first && first.Accessible.role !== Accessible.PageTab, name + ": Tab went to the sidebar");
            let inPage = false;
            for (let item = first; item; item = item.parent)
                inPage = inPage || item === page;
            verify(inPage, name + ": Tab went to " + first);
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(window.activeFocusItem.Accessible.role === Accessible.PageTab, name + ": Shift+Tab did not go back to the sidebar");
        }
    }
}
