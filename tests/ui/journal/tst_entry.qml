// SPDX-License-Identifier: GPL-3.0-or-later
// An entry opened from the Journal page: read, deleted, brought back with Undo; a win edited in place.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 800

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
        JournalPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "JournalEntry"
        when: windowShown

        readonly property string lunchId: "18f135d2-5f55-4203-b018-50c5a38fd547"
        readonly property string winId: "13deef86-ab10-41d0-b646-e1f40a097c97"
        property JournalSession session

        function init() {
            failOnWarning(/.*/);
        }

        // Clicks a control as a person does, once it is laid out where it shows.
        function click(item: Item) {
            verify(item);
            tryVerify(() => item.visible && item.width > 0);
            waitForRendering(item);
            mouseClick(item);
        }

        function examplePage(): JournalPage {
            testCase.session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": TestSupport.newDataDirectory()
            });
            const transfer = createTemporaryObject(transferComponent, scene, {
                "session": testCase.session
            });
            verify(transfer.importExample().ok);
            const page = createTemporaryObject(pageComponent, scene, {
                "session": testCase.session
            });
            tryCompare(page.timeline, "count", 13);
            return page;
        }

        function rows(sql: string): var {
            return TestSupport.rows(testCase.session.dataDirectory, sql);
        }

        function test_aReflectionIsShownRendered() {
            const page = examplePage();
            page.activate({ incidentId: testCase.lunchId });
            verify(page.entry.exists);
            const view = findChild(page, "entryView");
            verify(view.visible);
            compare(findChild(page, "entryTitle").text, "Left out of the team lunch");
            const details = page.entry.details;
            compare(details.kindLabel, "Left out");
            compare(details.emotions.length, 3);
            compare(details.emotions[0].before, 70);
            compare(details.emotions[0].after, 30);
            compare(details.reframes.length, 2);
            compare(details.distortions, ["Mind reading", "Overgeneralizing", "Personalizing"]);
            compare(details.circleName, "Design team");
            verify(details.sections[0].text.indexOf("The team went to lunch") === 0);
            compare(details.tags, ["work", "lunch"]);
        }

        function test_theReadViewKeepsSingleLineBreaks() {
            testCase.session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": TestSupport.newDataDirectory()
            });
            const journal = JSON.parse(TestSupport.readTextFile(TestSupport.sampleJournalPath()));
            journal.incidents[0].situation = "First line\nsecond line\n\nA paragraph\n\n- one\n- two";
            const path = testCase.session.dataDirectory + "/breaks.json";
            verify(TestSupport.writeTextFile(path, JSON.stringify(journal)));
            const transfer = createTemporaryObject(transferComponent, scene, {
                "session": testCase.session
            });
            verify(transfer.importFile(TestSupport.fileUrl(path), false).ok);
            const page = createTemporaryObject(pageComponent, scene, {
                "session": testCase.session
            });
            page.activate({ incidentId: testCase.lunchId });
            const shown = findChild(page, "sectionText");
            verify(shown);
            tryVerify(() => shown.text.indexOf("second line") >= 0);
            // One line break, not a space; paragraphs and lists as in Markdown.
            const plain = shown.getText(0, shown.length);
            verify(/First line[\n\u2028\u2029]second line/.test(plain), plain);
            verify(/<p[^>]*>A paragraph<\/p>/.test(shown.text), shown.text);
            verify(/<li[^>]*>one<\/li>/.test(shown.text), shown.text);
            compare(shown.textFormat, TextEdit.RichText);
        }

        function test_editingAReflectionOpensTheReflectFlow() {
            const page = examplePage();
            const spy = createTemporaryObject(spyComponent, scene, {
                "target": page,
                "signalName": "openRequested"
            });
            page.activate({ incidentId: testCase.lunchId });
            click(findChild(page, "editEntry"));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "reflect");
            compare(spy.signalArguments[0][1].incidentId, testCase.lunchId);
        }

        function test_deletingAReflectionThenUndoRestoresIt() {
            const page = examplePage();
            page.activate({ incidentId: testCase.lunchId });
            const timelineRow = page.timeline.indexOf(testCase.lunchId);
            verify(timelineRow >= 0);

            click(findChild(page, "deleteEntry"));
            const deleted = rows("SELECT deleted_at, updated_at FROM incidents WHERE id = '" + testCase.lunchId + "'")[0];
            compare(deleted.deleted_at, "2026-11-20T09:30:00.000Z");
            compare(rows("SELECT count(*) AS n FROM reframes WHERE incident_id = '" + testCase.lunchId + "' AND deleted_at IS NOT NULL")[0].n, 2);
            // Found nowhere any more.
            compare(rows("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'lunch'")[0].n, 1);
            tryCompare(page.timeline, "count", 12);
            compare(page.timeline.indexOf(testCase.lunchId), -1);
            verify(!page.entry.exists);
            const bar = findChild(page, "undoBar");
            verify(bar.visible);

            click(findChild(page, "undoDelete"));
            const restored = rows("SELECT deleted_at, updated_at FROM incidents WHERE id = '" + testCase.lunchId + "'")[0];
            compare(restored.deleted_at, "");
            // Later than the tombstone, so that a merge keeps it.
            compare(restored.updated_at, "2026-11-20T09:30:00.001Z");
            compare(rows("SELECT count(*) AS n FROM reframes WHERE incident_id = '" + testCase.lunchId + "' AND deleted_at IS NULL")[0].n, 2);
            tryCompare(page.timeline, "count", 13);
            verify(page.timeline.indexOf(testCase.lunchId) >= 0);
            verify(!bar.visible);
            verify(page.entry.exists);
            compare(page.entry.entryId, testCase.lunchId);
        }

        function test_deletingAWinThenUndo() {
            const page = examplePage();
            const row = page.timeline.indexOf(testCase.winId);
            verify(row >= 0);
            const list = findChild(page, "timelineList");
            list.positionViewAtIndex(row, ListView.Center);
            tryVerify(() => list.itemAtIndex(row) !== null);
            click(list.itemAtIndex(row));
            compare(page.entry.entryType, "win");
            compare(page.entry.details.text, "Helped Dad set up his new phone without losing my temper once.");

            click(findChild(page, "deleteEntry"));
            verify(rows("SELECT deleted_at FROM wins WHERE id = '" + testCase.winId + "'")[0].deleted_at.length > 0);
            tryCompare(page.timeline, "count", 12);
            click(findChild(page, "undoDelete"));
            compare(rows("SELECT deleted_at FROM wins WHERE id = '" + testCase.winId + "'")[0].deleted_at, "");
            tryCompare(page.timeline, "count", 13);
        }

        function test_aWinIsEditedInPlace() {
            const page = examplePage();
            page.openEntry("win", testCase.winId);
            click(findChild(page, "editEntry"));
            const text = findChild(page, "winText");
            const date = findChild(page, "winDate");
            tryVerify(() => text.visible && text.activeFocus);
            text.selectAll();
            keyClick(Qt.Key_Delete);
            for (const c of "Fixed Dad's phone calmly")
                keyClick(c);
            date.forceActiveFocus();
            date.selectAll();
            for (const c of "2026-11-06")
                keyClick(c);
            keyClick(Qt.Key_Return);
            const win = rows("SELECT text, date, updated_at FROM wins WHERE id = '" + testCase.winId + "'")[0];
            compare(win.text, "Fixed Dad's phone calmly");
            compare(win.date, "2026-11-06");
            compare(win.updated_at, "2026-11-20T09:30:00.000Z");
            verify(!text.visible);
            tryVerify(() => page.timeline.get(page.timeline.indexOf(testCase.winId)).excerpt === "Fixed Dad's phone calmly");

            // An impossible date changes nothing.
            click(findChild(page, "editEntry"));
            date.forceActiveFocus();
            date.selectAll();
            for (const c of "2026-02-30")
                keyClick(c);
            keyClick(Qt.Key_Return);
            compare(rows("SELECT date FROM wins WHERE id = '" + testCase.winId + "'")[0].date, "2026-11-06");
            verify(testCase.session.errorMessage.length > 0);
        }
    }
}
