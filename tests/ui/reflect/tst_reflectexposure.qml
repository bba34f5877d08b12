// SPDX-License-Identifier: GPL-3.0-or-later
// The exposure variant: the plan, the way out and the prediction now; how it went, the anxiety felt and what helped
// afterwards.
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
        name: "ReflectExposure"
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

        function writeInto(page: Item, editorName: string, text: string) {
            const editor = named(page, editorName);
            editor.textArea.forceActiveFocus();
            tryVerify(() => editor.textArea.activeFocus);
            type(text);
            compare(editor.text, text);
        }

        function test_anExposurePlanSavesItsFieldsAndComesBackForTheOutcome() {
            let page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "kind": "exposure" });
            verify(page.reflection.exposure);
            tryCompare(page.reflection, "stepKey", "plan");
            compare(page.reflection.steps.length, 5);

            const title = named(page, "titleField");
            title.forceActiveFocus();
            type("Say hello at choir");
            const when = named(page, "whenField");
            when.forceActiveFocus();
            when.selectAll();
            type("2026-11-24 19:00");
            writeInto(page, "planEditor", "Arrive early and greet two people.");
            keySequence("Ctrl+Return");
            tryCompare(page.reflection, "stepKey", "exit");
            const id = page.reflection.incidentId;
            verify(id.length > 0);

            writeInto(page, "exitEditor", "Step out for water at the break.");
            keySequence("Alt+Right");
            tryCompare(page.reflection, "stepKey", "prediction");
            writeInto(page, "predictionEditor", "They will look away.");
            const anxiety = named(page, "predictedAnxiety");
            anxiety.slider.forceActiveFocus();
            for (let i = 0; i < 4; ++i)
                keyClick(Qt.Key_Right);
            tryCompare(page.reflection, "predictedAnxiety", 70);

            mouseClick(named(page, "savePlanButton"));
            tryCompare(page.reflection, "finished", true);
            verify(page.reflection.waitingForOutcome);

            const incident = rows("SELECT kind, title, occurred_at, exposure_json FROM incidents WHERE id = '" + id + "'")[0];
            compare(incident.kind, "exposure");
            compare(incident.title, "Say hello at choir");
            compare(incident.occurred_at, "2026-11-24T19:00:00.000Z");
            const plan = JSON.parse(incident.exposure_json);
            compare(plan.plan, "Arrive early and greet two people.");
            compare(plan.exitStrategy, "Step out for water at the break.");
            compare(plan.prediction, "They will look away.");
            compare(plan.predictedAnxiety, 70);
            verify(!plan.outcome);
            compare(rows("SELECT incident_id FROM reflection_drafts").length, 0);
            verify(rows("SELECT rowid FROM search_index WHERE search_index MATCH 'choir'").length > 0);
            verify(rows("SELECT rowid FROM search_index WHERE search_index MATCH 'greet'").length > 0);

            // Afterwards: opening it goes straight to how it went.
            page.visible = false; // as the window hides a page it leaves (its shortcuts with it)
            page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "incidentId": id });
            tryCompare(page.reflection, "stepKey", "outcome");
            writeInto(page, "outcomeEditor", "Two people said hello back.");
            const actual = named(page, "actualAnxiety");
            actual.slider.forceActiveFocus();
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            tryCompare(page.reflection, "actualAnxiety", 60);
            keySequence("Ctrl+Return");
            tryCompare(page.reflection, "stepKey", "helped");
            writeInto(page, "helpedEditor", "Knowing I could step out.");
            keySequence("Ctrl+Return");
            tryCompare(page.reflection, "finished", true);
            verify(!page.reflection.waitingForOutcome);

            const after = JSON.parse(rows("SELECT exposure_json FROM incidents WHERE id = '" + id + "'")[0].exposure_json);
            compare(after.outcome, "Two people said hello back.");
            compare(after.actualAnxiety, 60);
            compare(after.whatHelped, "Knowing I could step out.");
            compare(after.plan, "Arrive early and greet two people.");
            // The closing view shows expected → felt.
            const changes = page.reflection.changes();
            compare(changes.length, 1);
            compare(changes[0].before, 70);
            compare(changes[0].after, 60);
        }
    }
}
