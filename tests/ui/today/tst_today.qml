// SPDX-License-Identifier: GPL-3.0-or-later
// The Today page with the example journal on Friday 2026-11-20, 09:30 UTC: the rituals due and their check-off, a
// count ritual's number, a next step ticked off, the greeting; and an empty journal's invitation.
import QtQuick
import QtQuick.Controls
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 1400

    readonly property string morning: "7f26144b-9828-4fcd-99a5-4a7bb1fee08f" // daily check, done every day up to 19 Nov
    readonly property string gratitude: "119a72d1-74c9-4f6a-8c01-1cdd9474031b" // weekdays, count, goal 3 things
    readonly property string reachOut: "451abd81-f1d6-4ed6-97f5-e837d70820fe" // 2 per week, once this week so far
    readonly property string climbing: "907a70c3-1012-4037-b64c-e4228c38fb29" // open next step, planned for 14 Nov
    readonly property string lunch: "18f135d2-5f55-4203-b018-50c5a38fd547" // next step already done

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
        id: reflectionComponent
        ReflectionModel {}
    }
    Component {
        id: pageComponent
        TodayPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "TodayPage"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            testCase.dataDir = TestSupport.newDataDirectory();
            testCase.session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": testCase.dataDir
            });
            verify(testCase.session.isOpen);
        }

        function importExample() {
            const transfer = createTemporaryObject(transferComponent, scene, {
                "session": testCase.session
            });
            verify(transfer.importExample().ok);
        }

        function createPage(): TodayPage {
            const page = createTemporaryObject(pageComponent, scene, {
                "session": testCase.session
            });
            verify(page);
            page.activate({});
            return page;
        }

        function checkInRows(habitId: string): var {
            return TestSupport.rows(testCase.dataDir, "SELECT status, value, note, deleted_at FROM check_ins WHERE habit_id = '" + habitId + "' AND date = '2026-11-20'");
        }

        function isNull(value: var): bool {
            return value === null || value === undefined || value === "";
        }

        function visibleChild(page: Item, name: string): Item {
            const item = findChild(page, name);
            verify(item, name);
            tryVerify(() => item.visible && item.width > 0, 2000, name + " is shown");
            // Layouts place their items when the next frame is prepared: click where the user sees the control.
            waitForRendering(page);
            return item;
        }

        function test_greetsByTheTimeOfDayAndWritesTheDateOut() {
            importExample();
            const page = createPage();
            compare(page.title, "Good morning");
            verify(page.subtitle.indexOf("20") >= 0, page.subtitle);
            verify(page.subtitle.indexOf("November") >= 0, page.subtitle);
            verify(page.subtitle.indexOf("2026") >= 0, page.subtitle);
            testCase.session.fixedNow = new Date(Date.UTC(2026, 10, 20, 18, 0));
            page.activate({});
            compare(page.title, "Good evening");
        }

        function test_listsTheRitualsDueToday() {
            importExample();
            const page = createPage();
            compare(page.model.rituals.count, 3);
            compare(page.model.habitCount, 3);
            for (const habitId of [scene.morning, scene.gratitude, scene.reachOut])
                visibleChild(page, "ritualCheck-" + habitId);
            const reachOut = findChild(page, "ritual-" + scene.reachOut);
            compare(reachOut.progressText, "1 of 2 this week");
            compare(reachOut.doneToday, false);
            compare(findChild(page, "ritual-" + scene.morning).prompt, "Name one strength you will use today, and where.");
        }

        function test_checkingOffWritesACheckInAndGrowsTheStreak() {
            importExample();
            const page = createPage();
            const row = findChild(page, "ritual-" + scene.morning);
            verify(row);
            const before = row.currentStreak;
            verify(before > 0);
            compare(row.doneToday, false);
            compare(checkInRows(scene.morning).length, 0);

            mouseClick(visibleChild(page, "ritualCheck-" + scene.morning));

            let rows = checkInRows(scene.morning);
            compare(rows.length, 1);
            compare(rows[0].status, "done");
            verify(isNull(rows[0].deleted_at));
            compare(row.doneToday, true);
            compare(row.currentStreak, before + 1);
            compare(row.streakText, (before + 1) + "-day streak");

            // Once done, a note may be written in the journal's editor.
            const noteButton = visibleChild(page, "ritualNote-" + scene.morning);
            compare(noteButton.text, "Add a note");
            mouseClick(noteButton);
            const editor = findChild(page, "ritualNoteEditor");
            verify(editor);
            compare(editor.recordId, scene.morning);
            tryVerify(() => editor.journalText.isLoaded);
            editor.journalText.edit("Patience with the printer.");
            verify(editor.journalText.flush());
            compare(checkInRows(scene.morning)[0].note, "Patience with the printer.");
            tryCompare(row, "hasNote", true);

            // A second click takes it back: the row stays as a tombstone, and the streak is as before.
            mouseClick(visibleChild(page, "ritualCheck-" + scene.morning));
            rows = checkInRows(scene.morning);
            compare(rows.length, 1);
            verify(!isNull(rows[0].deleted_at));
            compare(row.doneToday, false);
            compare(row.currentStreak, before);

            // Checked again, the day's note comes back with it.
            mouseClick(visibleChild(page, "ritualCheck-" + scene.morning));
            rows = checkInRows(scene.morning);
            verify(isNull(rows[0].deleted_at));
            compare(rows[0].note, "Patience with the printer.");
        }

        function test_aCountRitualTakesAValue() {
            importExample();
            const page = createPage();
            const row = findChild(page, "ritual-" + scene.gratitude);
            const field = visibleChild(page, "ritualCount-" + scene.gratitude) as SpinBox;
            compare(field.value, 3); // starts from the goal
            field.value = 2;
            mouseClick(visibleChild(page, "ritualCheck-" + scene.gratitude));
            let rows = checkInRows(scene.gratitude);
            compare(rows.length, 1);
            compare(rows[0].status, "done");
            compare(rows[0].value, 2);
            compare(row.doneToday, true);
            compare(row.targetMet, false);
            compare(row.progressText, "2 of 3 things");

            // Changing the number of a done day saves it at once.
            field.forceActiveFocus();
            keyClick(Qt.Key_Up);
            compare(field.value, 3);
            rows = checkInRows(scene.gratitude);
            compare(rows[0].value, 3);
            compare(row.targetMet, true);
        }

        function test_aNextStepIsMarkedDoneRightThere() {
            importExample();
            const page = createPage();
            compare(page.model.nextStepCount, 1);
            compare(page.model.nextSteps[0].incidentId, scene.climbing);
            compare(page.model.nextSteps[0].overdue, true);
            verify(!findChild(page, "stepDone-" + scene.lunch), "a done step is not listed");

            mouseClick(visibleChild(page, "stepDone-" + scene.climbing));

            const rows = TestSupport.rows(testCase.dataDir, "SELECT json_extract(next_step_json, '$.done') AS done, updated_at FROM incidents WHERE id = '" + scene.climbing + "'");
            compare(rows.length, 1);
            compare(rows[0].done, 1);
            compare(rows[0].updated_at, "2026-11-20T09:30:00.000Z");
            compare(page.model.nextStepCount, 0);
            tryVerify(() => !findChild(page, "stepDone-" + scene.climbing));
        }

        function test_aHiddenPageCatchesUpWhenShownAgain() {
            importExample();
            const page = createPage();
            compare(page.model.nextStepCount, 1);
            // Hidden (another page is shown): a change elsewhere is only noted.
            page.visible = false;
            verify(!page.model.active);
            const model = page.model;
            verify(model.markStepDone(scene.climbing));
            compare(model.nextStepCount, 1);
            // Shown again: it catches up at once.
            page.visible = true;
            compare(model.nextStepCount, 0);
        }

        function test_remembersAStrengthOrTheMission() {
            importExample();
            const page = createPage();
            const kind = page.model.worthKind;
            const text = page.model.worthText;
            const title = page.model.worthTitle;
            verify(kind === "mission" || kind === "strength", kind);
            verify(text.length > 0 || title.length > 0);
            verify(kind === "mission" ? title.length === 0 : title.length > 0);
            // The same all day; another one tomorrow.
            page.activate({});
            compare(page.model.worthText, text);
            testCase.session.fixedNow = new Date(Date.UTC(2026, 10, 21, 9, 30));
            verify(page.model.worthText !== text || page.model.worthTitle !== title);
        }

        function test_somethingHappenedStartsAReflection() {
            importExample();
            const page = createPage();
            const spy = createTemporaryObject(spyComponent, scene, {
                "target": page,
                "signalName": "openRequested"
            });
            mouseClick(visibleChild(page, "somethingHappenedButton"));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "reflect");
            compare(Object.keys(spy.signalArguments[0][1]).length, 0);
        }

        function test_offersToContinueADraftAndAsksHowAPlannedChallengeWent() {
            importExample();
            // Reflections left half-way, written through the Reflect page's model as a person would.
            const draft = createTemporaryObject(reflectionComponent, scene, {
                "session": testCase.session
            });
            draft.startNew(false);
            verify(draft.begin());
            verify(draft.setTitle("The silence in the group chat"));
            const challenge = createTemporaryObject(reflectionComponent, scene, {
                "session": testCase.session
            });
            challenge.startNew(true);
            verify(challenge.begin());
            verify(challenge.setTitle("Ask a question at the meetup"));
            verify(challenge.setOccurredAt("2026-11-19 18:00"));

            const page = createPage();
            const spy = createTemporaryObject(spyComponent, scene, {
                "target": page,
                "signalName": "openRequested"
            });
            // The planned challenge whose time has come is asked about once, as a follow-up, not as a draft too.
            compare(page.model.drafts.length, 1);
            compare(page.model.drafts[0].label, "The silence in the group chat");
            compare(page.model.followUps.length, 1);
            compare(page.model.followUps[0].title, "Ask a question at the meetup");
            compare(page.model.followUps[0].whenText, "yesterday");

            mouseClick(visibleChild(page, "continueDraft-" + draft.incidentId));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "reflect");
            compare(spy.signalArguments[0][1].incidentId, draft.incidentId);
            mouseClick(visibleChild(page, "followUp-" + challenge.incidentId));
            compare(spy.count, 2);
            compare(spy.signalArguments[1][1].incidentId, challenge.incidentId);

            // Once the outcome is recorded, Today stops asking.
            verify(challenge.setActualAnxiety(30));
            compare(page.model.followUps.length, 0);
        }

        function test_anEmptyJournalInvitesToBegin() {
            const page = createPage();
            compare(page.model.journalEmpty, true);
            visibleChild(page, "todayInvitation");
            verify(!findChild(page, "todayRituals").visible);
            visibleChild(page, "somethingHappenedButton");
            compare(page.model.rituals.count, 0);
            compare(page.model.nextStepCount, 0);

            // Once there is something, the invitation gives way.
            importExample();
            tryCompare(page.model, "journalEmpty", false);
            verify(!findChild(page, "todayInvitation").visible);
            visibleChild(page, "todayRituals");
        }
    }
}
