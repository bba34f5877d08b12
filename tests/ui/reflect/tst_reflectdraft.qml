// SPDX-License-Identifier: GPL-3.0-or-later
// Leaving a reflection half-way keeps it as a draft at the step reached; opening it again continues there.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 900

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: pageComponent
        ReflectPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "ReflectDraft"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(session.isOpen);
        }

        function rows(sql: string): var {
            return TestSupport.rows(testCase.dataDir, sql);
        }

        function named(page: Item, name: string): var {
            let item = null;
            tryVerify(() => {
                item = findChild(page, name);
                return item !== null && item.visible;
            }, 3000, "no visible item " + name);
            wait(30); // laid out before it is clicked
            return item;
        }

        function type(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_leavingHalfWayKeepsADraftToContinue() {
            let page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({});
            mouseClick(named(page, "step:happened"));
            tryCompare(page.reflection, "stepKey", "happened");
            compare(rows("SELECT id FROM incidents").length, 0);

            // The first words typed create the reflection, with the words in it.
            const editor = named(page, "situationEditor");
            editor.textArea.forceActiveFocus();
            type("Nobody saved me a seat");
            const id = page.reflection.incidentId;
            verify(id.length > 0);
            compare(editor.text, "Nobody saved me a seat");
            tryCompare(editor, "saving", false, 5000);
            compare(rows("SELECT situation FROM incidents WHERE id = '" + id + "'")[0].situation, "Nobody saved me a seat");
            compare(rows("SELECT step FROM reflection_drafts WHERE incident_id = '" + id + "'")[0].step, 1);

            keySequence("Alt+Right");
            keySequence("Alt+Right");
            tryCompare(page.reflection, "stepKey", "thought");
            compare(rows("SELECT step FROM reflection_drafts WHERE incident_id = '" + id + "'")[0].step, 3);
            const thought = named(page, "thoughtEditor");
            thought.textArea.forceActiveFocus();
            type("I am easy to forget");

            // Leave: a new reflection starts; the half-written one stays, as a draft, with what was typed.
            page.activate({ "new": true });
            compare(page.reflection.started, false);
            tryCompare(page.reflection, "stepKey", "pause");
            const stored = rows("SELECT thought, situation FROM incidents WHERE id = '" + id + "'")[0];
            compare(stored.thought, "I am easy to forget");
            compare(stored.situation, "Nobody saved me a seat");
            const drafts = rows("SELECT incident_id, step FROM reflection_drafts");
            compare(drafts.length, 1);
            compare(drafts[0].incident_id, id);
            compare(drafts[0].step, 3);

            // Later, on another page instance: continue where it stopped.
            page.visible = false; // as the window hides a page it leaves (its shortcuts with it)
            page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "incidentId": id });
            compare(page.reflection.incidentId, id);
            tryCompare(page.reflection, "stepKey", "thought");
            tryCompare(named(page, "thoughtEditor"), "text", "I am easy to forget");

            // Done: no longer a draft; opening it again starts at the beginning, for editing.
            mouseClick(named(page, "step:rerate"));
            mouseClick(named(page, "nextButton"));
            tryCompare(page.reflection, "finished", true);
            compare(rows("SELECT incident_id FROM reflection_drafts").length, 0);
            page.activate({ "incidentId": id });
            tryCompare(page.reflection, "stepKey", "pause");
            verify(page.reflection.editing);
            keySequence("Alt+Right");
            tryCompare(page.reflection, "stepKey", "happened");
            // Editing a finished reflection does not turn it back into a draft.
            compare(rows("SELECT incident_id FROM reflection_drafts").length, 0);
            // Back to the first step, whose editors-free view lets the journal close cleanly when the test ends.
            keySequence("Alt+Left");
            tryCompare(page.reflection, "stepKey", "pause");
        }

        function test_comingBackToThePageKeepsTheReflectionInProgress() {
            const page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({});
            mouseClick(named(page, "beginButton"));
            tryCompare(page.reflection, "stepKey", "happened");
            const id = page.reflection.incidentId;
            page.activate({});
            compare(page.reflection.incidentId, id);
            compare(page.reflection.stepKey, "happened");
            page.activate({ "new": true });
            verify(page.reflection.incidentId !== id);
        }

        function test_aDeletedReflectionCannotBeOpened() {
            const page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "incidentId": "00000000-0000-4000-8000-000000000000" });
            compare(page.reflection.started, false);
            verify(testCase.session.errorMessage.length > 0);
            testCase.session.clearError();
        }
    }
}
