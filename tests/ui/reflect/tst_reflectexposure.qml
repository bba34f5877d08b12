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
        id: transferComponent
        JournalTransfer {}
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

        function cleanup() {
            TestSupport.setDefaultLocale("");
        }

        function test_anExposurePlanSavesItsFieldsAndComesBackForTheOutcome() {
            TestSupport.setDefaultLocale("en_US");
            let page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "kind": "exposure" });
            verify(page.reflection.exposure);
            tryCompare(page.reflection, "stepKey", "plan");
            compare(page.reflection.steps.length, 5);

            const title = named(page, "titleField");
            title.forceActiveFocus();
            type("Say hello at choir");
            // The day in the locale's short date, the time in its short time (American English here).
            const when = named(page, "whenField");
            when.input.forceActiveFocus();
            when.input.selectAll();
            type("11/24/2026");
            keyClick(Qt.Key_Tab);
            tryCompare(page.reflection, "occurredDate", "2026-11-24");
            compare(when.text, "11/24/2026");
            const time = named(page, "whenTimeField");
            time.forceActiveFocus();
            time.selectAll();
            type("7:00 PM");
            keyClick(Qt.Key_Return);
            tryCompare(page.reflection, "occurredTime", "19:00");
            compare(time.text, "7:00 PM");
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

        // The day picked from the calendar (Alt+Down, arrows, Return) reaches the journal and its export; words that
        // are not a date or a time get a calm message and change nothing.
        function test_theExposuresDayIsPickedFromTheCalendar() {
            TestSupport.setDefaultLocale("en_US");
            const page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            page.activate({ "kind": "exposure" });
            tryCompare(page.reflection, "stepKey", "plan");
            const title = named(page, "titleField");
            title.forceActiveFocus();
            type("Ask a question at the meetup");

            const when = named(page, "whenField");
            compare(when.text, "11/20/2026");
            when.input.forceActiveFocus();
            keyClick(Qt.Key_Down, Qt.AltModifier);
            const calendar = when.calendar;
            tryVerify(() => calendar.opened);
            compare(calendar.cursor, "2026-11-20");
            keyClick(Qt.Key_Down);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(calendar.cursor, "2026-11-29");
            keyClick(Qt.Key_Return);
            tryVerify(() => !calendar.visible);
            tryCompare(page.reflection, "occurredDate", "2026-11-29");
            compare(when.text, "11/29/2026");
            tryVerify(() => when.input.activeFocus);
            const id = page.reflection.incidentId;
            verify(id.length > 0);
            // The time of day is the one it had (the session's now, 09:30 UTC).
            compare(rows("SELECT occurred_at FROM incidents WHERE id = '" + id + "'")[0].occurred_at, "2026-11-29T09:30:00.000Z");

            // Not a date: the field says how to write one, and the day saved stays.
            when.input.selectAll();
            type("soon");
            keyClick(Qt.Key_Return);
            const problem = findChild(when, "dateProblem");
            tryVerify(() => problem.visible);
            compare(page.reflection.occurredDate, "2026-11-29");
            // Not a time: the same.
            const time = named(page, "whenTimeField");
            time.forceActiveFocus();
            time.selectAll();
            type("after work");
            keyClick(Qt.Key_Return);
            tryVerify(() => named(page, "whenTimeProblem").visible);
            compare(page.reflection.occurredTime, "09:30");
            compare(rows("SELECT occurred_at FROM incidents WHERE id = '" + id + "'")[0].occurred_at, "2026-11-29T09:30:00.000Z");
            // A time after all: the message goes, the time is kept on the day picked.
            time.selectAll();
            type("18:45");
            keyClick(Qt.Key_Return);
            tryCompare(page.reflection, "occurredTime", "18:45");
            compare(time.text, "6:45 PM");
            verify(!findChild(page, "whenTimeProblem").visible);
            compare(rows("SELECT occurred_at FROM incidents WHERE id = '" + id + "'")[0].occurred_at, "2026-11-29T18:45:00.000Z");

            // In the journal's export too.
            const transfer = createTemporaryObject(transferComponent, scene, { session: testCase.session });
            const file = TestSupport.newDataDirectory() + "/journal.json";
            verify(transfer.exportJson(TestSupport.fileUrl(file)).ok);
            const exported = JSON.parse(TestSupport.readTextFile(file)).incidents.find(each => each.id === id);
            verify(exported);
            compare(exported.occurredAt, "2026-11-29T18:45:00Z");
        }
    }
}
