// SPDX-License-Identifier: GPL-3.0-or-later
// A whole reflection written through the Reflect page as a person does it, with the keyboard and the mouse, then
// found in the journal's tables and in full-text search.
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
        name: "ReflectFlow"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(session.isOpen);
        }

        function loadExample() {
            const transfer = createTemporaryObject(transferComponent, scene, { session: testCase.session });
            verify(transfer.importExample().ok);
        }

        function createPage(args: var): ReflectPage {
            const page = createTemporaryObject(pageComponent, scene, { session: testCase.session });
            verify(page);
            page.activate(args);
            return page;
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
            return item;
        }

        function type(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        // Puts the keyboard in a control, as clicking it or tabbing to it does.
        function focusOn(item: Item) {
            item.forceActiveFocus();
            tryVerify(() => item.activeFocus);
        }

        function writeInto(page: Item, editorName: string, text: string) {
            const editor = named(page, editorName);
            focusOn(editor.textArea);
            type(text);
            compare(editor.text, text);
        }

        function stepIs(page: ReflectPage, key: string) {
            tryCompare(page.reflection, "stepKey", key);
            // The new step is laid out (a frame goes by) before anyone clicks in it.
            wait(30);
        }

        function test_nothingIsWrittenUntilTheFirstInput() {
            const page = createPage({ "new": true });
            compare(page.reflection.started, false);
            // Moving through the steps without writing anything leaves the journal as it was.
            keySequence("Alt+Right");
            keySequence("Alt+Right");
            stepIs(page, "feelings");
            keySequence("Alt+Left");
            stepIs(page, "happened");
            compare(rows("SELECT id FROM incidents").length, 0);
            compare(rows("SELECT incident_id FROM reflection_drafts").length, 0);
        }

        function test_aWholeReflectionReachesTheJournalAndSearch() {
            loadExample();
            const incidentsBefore = rows("SELECT id FROM incidents").length;
            const page = createPage({ "new": true });
            stepIs(page, "pause");

            // Pause: "I'm ready" starts the reflection, and its draft.
            mouseClick(named(page, "beginButton"));
            stepIs(page, "happened");
            verify(page.reflection.started);
            const id = page.reflection.incidentId;
            compare(rows("SELECT id FROM incidents").length, incidentsBefore + 1);
            compare(rows("SELECT step FROM reflection_drafts WHERE incident_id = '" + id + "'")[0].step, 1);

            // What happened.
            focusOn(named(page, "titleField"));
            type("Lunch table");
            writeInto(page, "situationEditor", "Sam said the lunch table was full.");
            const samId = rows("SELECT id FROM people WHERE name = 'Sam'")[0].id;
            const sam = named(page, "person:" + samId);
            focusOn(sam);
            keyClick(Qt.Key_Space);
            keySequence("Ctrl+Return");
            stepIs(page, "feelings");

            // Feelings: shame at 60.
            const shame = named(page, "emotion:shame");
            focusOn(shame);
            keyClick(Qt.Key_Space);
            const shameRating = named(page, "before:shame");
            focusOn(shameRating.slider);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            tryCompare(shameRating, "value", 60);
            focusOn(named(page, "ownFeelingField"));
            type("left out");
            keyClick(Qt.Key_Return);
            tryCompare(page.reflection.emotions, "count", 2);
            keySequence("Alt+Right");
            stepIs(page, "thought");

            // The thought and the belief; the strengths and the mission are there to see.
            writeInto(page, "thoughtEditor", "They do not want me around.");
            compare(named(page, "missionText").text.indexOf("curiosity and warmth") >= 0, true);
            const belief = named(page, "beliefBefore");
            focusOn(belief.slider);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            tryCompare(page.reflection, "beliefBefore", 70);
            keySequence("Ctrl+Return");
            stepIs(page, "distortions");

            // The thought stays in sight while it is tested.
            tryCompare(named(page, "pinnedThought"), "text", "They do not want me around.");
            const mindReading = named(page, "distortion:mind-reading");
            focusOn(mindReading);
            keyClick(Qt.Key_Space);
            tryCompare(mindReading, "checked", true);
            focusOn(named(page, "ownDistortionName"));
            type("Comparing myself");
            focusOn(named(page, "ownDistortionExplanation"));
            type("Measuring me by their best days");
            keyClick(Qt.Key_Return);
            tryVerify(() => page.reflection.distortions.indexOf("distortion:Comparing myself") >= 0);
            tryVerify(() => findChild(page, "distortion:distortion:Comparing myself") !== null);
            keySequence("Ctrl+Return");
            stepIs(page, "evidence");

            writeInto(page, "evidenceAgainstEditor", "Sam invited me to the concert last week.");
            keySequence("Ctrl+Return");
            stepIs(page, "factors");

            const stress = named(page, "factor:their-stress");
            focusOn(stress);
            keyClick(Qt.Key_Space);
            keySequence("Ctrl+Return");
            stepIs(page, "reframes");

            // A reframe of the kind "timing", 60 % believable, kept with the button.
            mouseClick(named(page, "reframeKind:timing"));
            writeInto(page, "reframeComposerEditor", "Maybe the table really was full that day.");
            const believable = named(page, "composerBelievability");
            focusOn(believable.slider);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            const keep = named(page, "keepReframeButton");
            focusOn(keep);
            keyClick(Qt.Key_Space);
            tryCompare(page.reflection.reframes, "count", 1);
            named(page, "reframe:0");
            keySequence("Ctrl+Return");
            stepIs(page, "learn");

            writeInto(page, "learnedEditor", "One full table is not a verdict.");
            focusOn(named(page, "nextStepField"));
            type("Ask Sam about Sunday");
            keySequence("Ctrl+Return");
            stepIs(page, "rerate");

            // Feelings re-rated: shame from 60 down to 45, shown as the change.
            const shameAfter = named(page, "after:shame");
            focusOn(shameAfter.slider);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            tryCompare(shameAfter, "value", 45);
            compare(findChild(shameAfter, "ratingValue").text, "60 → 45");
            const beliefAfter = named(page, "beliefAfter");
            focusOn(beliefAfter.slider);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Left);
            tryCompare(page.reflection, "beliefAfter", 50);

            mouseClick(named(page, "nextButton"));
            tryCompare(page.reflection, "finished", true);
            // The keyboard, visibly, on where to go next.
            const openInJournal = named(page, "openInJournalButton");
            tryVerify(() => openInJournal.activeFocus);
            verify(openInJournal.visualFocus, "the thank-you's first button shows no focus");

            // Everything is in the journal, and the draft is gone.
            const incident = rows("SELECT * FROM incidents WHERE id = '" + id + "'")[0];
            compare(incident.title, "Lunch table");
            compare(incident.kind, "rejection");
            compare(incident.situation, "Sam said the lunch table was full.");
            compare(incident.thought, "They do not want me around.");
            compare(incident.evidence_against, "Sam invited me to the concert last week.");
            compare(incident.learned, "One full table is not a verdict.");
            compare(incident.belief_before, 70);
            compare(incident.belief_after, 50);
            const emotions = JSON.parse(incident.emotions_json);
            compare(emotions.length, 2);
            compare(emotions[0].name, "shame");
            compare(emotions[0].before, 60);
            compare(emotions[0].after, 45);
            compare(emotions[1].name, "left out");
            compare(JSON.parse(incident.distortions_json), ["mind-reading"]);
            compare(JSON.parse(incident.tags_json), ["distortion:Comparing myself"]);
            compare(JSON.parse(incident.factors_json), ["their-stress"]);
            compare(JSON.parse(incident.next_step_json).text, "Ask Sam about Sunday");
            compare(JSON.parse(incident.person_ids_json), [samId]);

            const reframes = rows("SELECT text, kind, believability FROM reframes WHERE incident_id = '" + id + "' AND deleted_at IS NULL");
            compare(reframes.length, 1);
            compare(reframes[0].text, "Maybe the table really was full that day.");
            compare(reframes[0].kind, "timing");
            compare(reframes[0].believability, 60);

            compare(rows("SELECT name, explanation FROM custom_distortions")[0].name, "Comparing myself");
            compare(rows("SELECT incident_id FROM reflection_drafts WHERE incident_id = '" + id + "'").length, 0);

            // Full-text search finds the reflection by its words, and the reframe by its own.
            const seq = rows("SELECT seq FROM incidents WHERE id = '" + id + "'")[0].seq;
            const hits = rows("SELECT rowid FROM search_index WHERE search_index MATCH 'verdict'");
            verify(hits.some(hit => hit.rowid === seq * 8 + 1));
            const reframeHits = rows("SELECT rowid FROM search_index WHERE search_index MATCH '\"really\" AND \"full\"'");
            compare(reframeHits.length >= 1, true);
            verify(rows("SELECT rowid FROM search_index WHERE search_index MATCH 'lunch'").some(hit => hit.rowid === seq * 8 + 1));
        }

        function test_theStepIndicatorMovesAnywhereAndBackWorks() {
            const page = createPage({});
            mouseClick(named(page, "step:reframes"));
            stepIs(page, "reframes");
            mouseClick(named(page, "backButton"));
            stepIs(page, "factors");
            mouseClick(named(page, "step:rerate"));
            stepIs(page, "rerate");
            compare(named(page, "nextButton").text, "Done");
            // Done with nothing written: nothing reaches the journal.
            keySequence("Ctrl+Return");
            tryCompare(page.reflection, "finished", true);
            compare(rows("SELECT id FROM incidents").length, 0);
        }

        function test_removingAFeelingAndAReframe() {
            const page = createPage({ "new": true });
            mouseClick(named(page, "step:feelings"));
            const hurt = named(page, "emotion:hurt");
            focusOn(hurt);
            keyClick(Qt.Key_Space);
            tryCompare(page.reflection.emotions, "count", 1);
            // The first feeling started the reflection.
            verify(page.reflection.started);
            const id = page.reflection.incidentId;
            keyClick(Qt.Key_Space);
            tryCompare(page.reflection.emotions, "count", 0);
            compare(JSON.parse(rows("SELECT emotions_json FROM incidents WHERE id = '" + id + "'")[0].emotions_json).length, 0);

            mouseClick(named(page, "step:reframes"));
            writeInto(page, "reframeComposerEditor", "It was not about me.");
            // Leaving the step keeps what was written as a reframe.
            keySequence("Alt+Right");
            stepIs(page, "learn");
            compare(rows("SELECT text FROM reframes WHERE incident_id = '" + id + "' AND deleted_at IS NULL").length, 1);
            keySequence("Alt+Left");
            stepIs(page, "reframes");
            tryCompare(page.reflection.reframes, "count", 1);
            page.reflection.removeReframe(page.reflection.reframes.data(page.reflection.reframes.index(0, 0), 257));
            tryCompare(page.reflection.reframes, "count", 0);
            compare(rows("SELECT text FROM reframes WHERE incident_id = '" + id + "' AND deleted_at IS NULL").length, 0);
        }
    }
}
