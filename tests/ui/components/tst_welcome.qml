// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome by keys alone: Enter starts an empty journal, Tab then Enter opens the example, Escape closes it.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 900
    height: 640

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
        id: welcomeComponent
        WelcomeDialog {}
    }

    TestCase {
        id: testCase
        name: "Welcome"
        when: windowShown

        property var made: []

        function init() {
            failOnWarning(/.*/);
        }

        // The dialog goes before the session it shows.
        function cleanup() {
            for (const object of testCase.made.reverse())
                object.destroy();
            testCase.made = [];
            wait(0);
        }

        function welcome(): WelcomeDialog {
            const session = sessionComponent.createObject(testCase, { dataDirectory: TestSupport.newDataDirectory() });
            const settings = settingsComponent.createObject(testCase);
            settings.welcomed = false;
            const dialog = welcomeComponent.createObject(scene, { session: session, settings: settings });
            testCase.made = [session, settings, dialog];
            tryVerify(() => dialog.opened);
            return dialog;
        }

        function incidents(dialog: WelcomeDialog): int {
            return TestSupport.rows(dialog.session.dataDirectory, "SELECT count(*) AS n FROM incidents")[0].n;
        }

        function test_enterStartsAnEmptyJournal() {
            const dialog = welcome();
            const start = findChild(dialog.contentItem, "startButton");
            verify(start.activeFocus);
            // The ring shows which button Enter presses.
            verify(findChild(start, "focusRing").visible);
            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            verify(dialog.settings.welcomed);
            compare(incidents(dialog), 0);
        }

        function test_tabThenEnterOpensTheExample() {
            const dialog = welcome();
            keyClick(Qt.Key_Tab);
            const example = findChild(dialog.contentItem, "exampleButton");
            verify(example.activeFocus);
            verify(findChild(example, "focusRing").visible);
            keyClick(Qt.Key_Enter);
            tryVerify(() => !dialog.visible);
            verify(incidents(dialog) > 0);
        }

        function test_escapeCloses() {
            const dialog = welcome();
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            verify(dialog.settings.welcomed);
            compare(incidents(dialog), 0);
        }
    }
}
