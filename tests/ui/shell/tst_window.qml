// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: the welcome over an empty journal, the example journal from it, the pages by their
// shortcuts, the page and the theme remembered.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "Window"
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

    function test_welcomeOffersTheExampleJournal() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = false;
        const window = makeWindow(session, settings);
        const welcome = findChild(window, "welcome");
        verify(welcome);
        tryVerify(() => welcome.opened);
        const example = findChild(welcome.contentItem, "exampleButton");
        mouseClick(example);
        tryVerify(() => !welcome.visible);
        verify(settings.welcomed);
        compare(TestSupport.rows(session.dataDirectory, "SELECT count(*) AS n FROM incidents")[0].n > 0, true);
    }

    function test_noWelcomeOnceWelcomed() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        const window = makeWindow(session, settings);
        verify(!findChild(window, "welcome").opened);
    }

    function test_shortcutsShowThePagesAndThePageIsRemembered() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "today";
        const window = makeWindow(session, settings);
        compare(window.currentPage, "today");
        const expected = ["today", "reflect", "journal", "strengths", "habits", "circles", "insights", "settings"];
        for (let i = 0; i < expected.length; ++i) {
            // QTest's key events cannot reach another window's shortcuts: the shortcut is checked, then triggered.
            const shortcut = findChild(window, "shortcut-" + expected[i]);
            compare(shortcut.sequence, "Ctrl+" + (i + 1));
            shortcut.activated();
            compare(window.currentPage, expected[i]);
            verify(window.pageItem(expected[i]));
            compare(settings.lastPage, expected[i]);
        }
        const newReflection = findChild(window, "shortcut-new-reflection");
        compare(newReflection.sequence, "Ctrl+N");
        newReflection.activated();
        compare(window.currentPage, "reflect");
        findChild(window, "shortcut-find").activated();
        compare(window.currentPage, "journal");
        window.close();

        // The next start opens on the page left last.
        const again = makeWindow(session, settings);
        compare(again.currentPage, "journal");
    }

    // A window remembered on a larger screen opens no larger than the screen it opens on, and inside it; one that
    // fits opens where and as large as it was.
    function test_aRememberedWindowFitsTheScreen_data() {
        const available = Qt.rect(Screen.virtualX, Screen.virtualY, Screen.desktopAvailableWidth, Screen.desktopAvailableHeight);
        return [
            { tag: "larger than the screen", remembered: Qt.rect(available.x + 300, available.y + 200, available.width + 1120, available.height + 480) },
            { tag: "off the screen", remembered: Qt.rect(available.x - 3000, available.y + 5000, 770, 530) },
            // A little above the window's minimum size (760 × 520), which fits the test's screen (800 × 600).
            { tag: "fits", remembered: Qt.rect(available.x + 10, available.y + 20, 770, 530), kept: true }
        ];
    }
    function test_aRememberedWindowFitsTheScreen(data) {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.windowMaximized = false;
        settings.windowGeometry = data.remembered;
        const window = makeWindow(session, settings);
        const available = Qt.rect(Screen.virtualX, Screen.virtualY, Screen.desktopAvailableWidth, Screen.desktopAvailableHeight);
        verify(window.width <= available.width, `width ${window.width} on a screen ${available.width} wide`);
        verify(window.height <= available.height, `height ${window.height} on a screen ${available.height} high`);
        verify(window.x >= available.x && window.x + window.width <= available.x + available.width, `x ${window.x}`);
        verify(window.y >= available.y && window.y + window.height <= available.y + available.height, `y ${window.y}`);
        if (data.kept)
            compare(Qt.rect(window.x, window.y, window.width, window.height), data.remembered);
    }

    function test_themeFollowsTheSetting() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        makeWindow(session, settings);
        settings.themeMode = "dark";
        verify(Theme.dark);
        settings.themeMode = "light";
        verify(!Theme.dark);
        settings.themeMode = "system";
        compare(Theme.dark, Theme.systemDark);
    }

    function test_aFailureIsShownAndDismissed() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        const window = makeWindow(session, settings);
        const bar = findChild(window, "messageBar");
        verify(!bar.visible, session.errorMessage);
        // A journal that cannot be opened: a file where the folder should be.
        const blocked = TestSupport.newDataDirectory() + "/not-a-folder";
        TestSupport.writeTextFile(blocked, "x");
        session.dataDirectory = blocked;
        tryVerify(() => bar.visible);
        verify(session.errorMessage.length > 0);
        findChild(bar, "dismissButton").clicked();
        verify(!bar.visible);
        compare(session.errorMessage, "");
    }
}
