// SPDX-License-Identifier: GPL-3.0-or-later
// The Strengths page as a person uses it: naming a strength, adding a win linked to it and finding it under that
// strength and in the journal; writing the mission; the values as chips; and the example journal's counts.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 2600

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
        StrengthsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "StrengthsPage"
        when: windowShown

        /// The page of the running test; it goes before its session, so that its editors and models let go of the
        /// journal before the journal closes.
        property Item page: null

        function init() {
            failOnWarning(/.*/);
        }
        function cleanup() {
            if (testCase.page) {
                testCase.page.destroy();
                testCase.page = null;
                wait(0);
            }
        }

        function openPage(withExample: bool): StrengthsPage {
            const session = createTemporaryObject(sessionComponent, scene, { dataDirectory: TestSupport.newDataDirectory() });
            verify(session.isOpen);
            if (withExample) {
                const transfer = createTemporaryObject(transferComponent, scene, { session: session });
                const outcome = transfer.importExample();
                verify(outcome.ok, outcome.message);
            }
            const page = createTemporaryObject(pageComponent, scene, { session: session });
            verify(page);
            testCase.page = page;
            return page;
        }

        function type(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_addAWinLinkedToAStrength() {
            const page = openPage(false);
            compare(page.strengths.count, 0);
            compare(page.wins.count, 0);

            // Name a strength: type it and press Enter.
            const newStrength = findChild(page, "newStrength");
            newStrength.forceActiveFocus();
            type("Patience");
            keyClick(Qt.Key_Return);
            compare(page.strengths.count, 1);
            compare(newStrength.text, "");
            const strength = page.strengths.get(0);
            compare(strength.name, "Patience");
            compare(strength.winCount, 0);

            // The quick add: what went well, linked to the strength.
            const winText = findChild(page, "winText");
            mouseClick(winText);
            type("Waited out a slow meeting");
            compare(findChild(page, "winDate").value, "2026-11-20");
            const chip = findChild(page, "linkStrength:Patience");
            verify(chip);
            mouseClick(chip);
            verify(chip.checked);
            mouseClick(findChild(page, "addWinButton"));

            // In the journal, with the link, today's date and the default kind.
            const rows = TestSupport.rows(page.session.dataDirectory, "SELECT text, date, kind, strength_ids_json FROM wins WHERE deleted_at IS NULL");
            compare(rows.length, 1);
            compare(rows[0].text, "Waited out a slow meeting");
            compare(rows[0].date, "2026-11-20");
            compare(rows[0].kind, "win");
            compare(JSON.parse(rows[0].strength_ids_json), [strength.strengthId]);
            compare(winText.text, "");
            // The composer is ready for the next win: nothing linked (the chips were made anew by the reload).
            wait(0);
            compare(findChild(page, "composer").linkedIds, []);
            verify(!findChild(page, "linkStrength:Patience").checked);

            // Under that strength: its count, and its wins when chosen.
            compare(page.strengths.get(0).winCount, 1);
            compare(findChild(page, "winCount:Patience").text, "1 win");
            mouseClick(findChild(page, "strength:Patience"));
            compare(page.selectedStrength, strength.strengthId);
            compare(page.wins.strengthId, strength.strengthId);
            compare(page.wins.count, 1);
            compare(page.wins.get(0).text, "Waited out a slow meeting");
            compare(page.wins.get(0).strengthNames, ["Patience"]);

            // A win linked to nothing is not under the strength.
            winText.forceActiveFocus();
            type("Went for a run");
            keyClick(Qt.Key_Return);
            compare(page.wins.count, 1);
            compare(page.strengths.get(0).winCount, 1);
            mouseClick(findChild(page, "strength:Patience"));
            compare(page.wins.strengthId, "");
            compare(page.wins.count, 2);
            compare(page.wins.totalCount, 2);
        }

        function test_aDateThatCannotBeReadChangesNothing() {
            const page = openPage(false);
            const winId = page.wins.addWin("Said no kindly", "20-11-2026", "boundary", []);
            compare(winId, "");
            verify(page.session.errorMessage.length > 0);
            compare(TestSupport.rows(page.session.dataDirectory, "SELECT count(*) AS n FROM wins")[0].n, 0);
            page.session.clearError();
            verify(page.wins.addWin("Said no kindly", "2026-11-18", "boundary", []).length > 0);
            compare(TestSupport.rows(page.session.dataDirectory, "SELECT date, kind FROM wins")[0].kind, "boundary");
            compare(page.wins.get(0).kindLabel, "A boundary kept");
        }

        function test_theMissionTypedIsSaved() {
            const page = openPage(false);
            const editor = findChild(page, "missionEditor");
            verify(editor);
            editor.textArea.forceActiveFocus();
            tryVerify(() => editor.textArea.activeFocus);
            type("Show up with warmth.");
            compare(editor.text, "Show up with warmth.");
            tryVerify(() => {
                const rows = TestSupport.rows(page.session.dataDirectory, "SELECT mission FROM personal_values");
                return rows.length === 1 && rows[0].mission === "Show up with warmth.";
            }, 5000);
        }

        function test_valuesAreChips() {
            const page = openPage(true);
            compare(page.values.values, ["Curiosity", "Kindness", "Courage", "Craft"]);
            const field = findChild(page, "newValue");
            field.forceActiveFocus();
            type("Honesty");
            keyClick(Qt.Key_Return);
            compare(page.values.values, ["Curiosity", "Kindness", "Courage", "Craft", "Honesty"]);
            // The same value twice is not added.
            verify(!page.values.addValue("honesty"));

            mouseClick(findChild(page, "removeValue:Craft"));
            compare(page.values.values, ["Curiosity", "Kindness", "Courage", "Honesty"]);
            verify(page.values.renameValue(0, "Curiosity first"));
            const rows = TestSupport.rows(page.session.dataDirectory, "SELECT mission, values_json FROM personal_values");
            compare(JSON.parse(rows[0].values_json), ["Curiosity first", "Kindness", "Courage", "Honesty"]);
            // The mission beside them is kept.
            verify(rows[0].mission.startsWith("I want to be someone who shows up"));
        }

        function test_theExampleJournal() {
            const page = openPage(true);
            // Four strengths in the order they were named, with their linked wins counted.
            compare(page.strengths.count, 4);
            const counts = {};
            for (let i = 0; i < page.strengths.count; ++i)
                counts[page.strengths.get(i).name] = page.strengths.get(i).winCount;
            compare(counts, { "Patience": 1, "Explaining things": 2, "Loyalty": 1, "Courage in small doses": 2 });
            // Five wins, newest first.
            compare(page.wins.totalCount, 5);
            compare(page.wins.get(0).text, "Sent my first route grade up: 6a, clean.");
            compare(page.wins.get(4).date, new Date(2026, 9, 16));

            mouseClick(findChild(page, "strength:Explaining things"));
            compare(page.wins.count, 2);
            compare(page.wins.get(0).text, "Asked to lead the reading hour. She said yes!");
            compare(page.wins.get(1).text, "Explained the new grid system to the whole team; two people thanked me afterwards.");

            // Put away, a strength leaves the list (and the choices of the quick add) but keeps its wins.
            const loyalty = page.strengths.get(page.strengths.indexOf(page.strengths.get(2).strengthId));
            compare(loyalty.name, "Loyalty");
            verify(page.strengths.setArchived(loyalty.strengthId, true));
            compare(page.strengths.count, 3);
            compare(page.strengths.archivedCount, 1);
            compare(TestSupport.rows(page.session.dataDirectory, "SELECT archived FROM strengths WHERE name = 'Loyalty'")[0].archived, 1);
            // Deleted, a strength is tombstoned.
            verify(page.strengths.removeStrength(page.strengths.get(0).strengthId));
            compare(page.strengths.count, 2);
            compare(TestSupport.rows(page.session.dataDirectory, "SELECT count(*) AS n FROM strengths WHERE deleted_at IS NOT NULL")[0].n, 1);
        }

        function test_winsArePaged() {
            const page = openPage(false);
            page.wins.pageSize = 3;
            for (let day = 1; day <= 7; ++day)
                verify(page.wins.addWin("Win " + day, "2026-11-0" + day, "progress", []).length > 0);
            compare(page.wins.totalCount, 7);
            compare(page.wins.count, 3);
            verify(page.wins.hasMore);
            compare(page.wins.get(0).text, "Win 7");
            page.wins.loadMore();
            compare(page.wins.count, 6);
            page.wins.loadMore();
            compare(page.wins.count, 7);
            verify(!page.wins.hasMore);
            compare(page.wins.get(6).text, "Win 1");
        }
    }
}
