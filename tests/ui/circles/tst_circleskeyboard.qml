// SPDX-License-Identifier: GPL-3.0-or-later
// A circle with a person in it, by keys alone, over the real window and an empty journal: Tab to "Add your first
// circle", a name and Enter, Tab to the person's button, a name, the circle chosen from its list, Enter.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "KeyboardCircle"
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
    function tabTo(window: Item, wanted: var, what: string): Item {
        for (let i = 0; i < 80; ++i) {
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

    function test_aCircleWithAPersonByKeys() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "circles";
        const window = mainComponent.createObject(null, { session: session, settings: settings });
        testCase.windows.push(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);
        const page = window.pageItem("circles");

        // The empty page puts the keyboard on its invitation, and after the first circle on adding someone to it.
        tryVerify(() => named("Add your first circle")(window.activeFocusItem), 2000, "the invitation has no keyboard");
        verify(window.activeFocusItem.visualFocus);
        keyClick(Qt.Key_Space);
        tryVerify(() => page.circleDialog.opened);
        tryVerify(() => findChild(page.circleDialog.contentItem, "circleNameField").activeFocus);
        type("Choir");
        keyClick(Qt.Key_Return);
        tryVerify(() => !page.circleDialog.visible);
        const circles = TestSupport.rows(session.dataDirectory, "SELECT id, name FROM circles");
        compare(circles.length, 1);
        compare(circles[0].name, "Choir");

        tryVerify(() => window.activeFocusItem && window.activeFocusItem.objectName === "addPersonButton", 2000,
                  "after the first circle, the keyboard is on " + (window.activeFocusItem ? window.activeFocusItem.objectName : "nothing"));
        verify(window.activeFocusItem.visualFocus);
        keyClick(Qt.Key_Space);
        const dialog = page.personDialog;
        tryVerify(() => dialog.opened);
        tryVerify(() => findChild(dialog.contentItem, "personNameField").activeFocus);
        type("Ana");
        // The circle: Tab to its list, and the arrow keys choose in it.
        const circleBox = tabTo(window, item => item.objectName === "personCircleBox", "the circle list");
        if (circleBox.currentIndex !== 1) {
            keyClick(Qt.Key_Down);
            tryVerify(() => circleBox.currentIndex === 1);
        }
        compare(circleBox.currentValue, circles[0].id);
        tabTo(window, item => item.objectName === "personNameField", "the name again");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);

        const memberships = TestSupport.rows(session.dataDirectory, "SELECT p.name AS name, m.circle_id AS circle FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.deleted_at IS NULL");
        compare(memberships.length, 1);
        compare(memberships[0].name, "Ana");
        compare(memberships[0].circle, circles[0].id);
    }
}
