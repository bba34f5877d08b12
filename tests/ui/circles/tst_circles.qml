// SPDX-License-Identifier: GPL-3.0-or-later
// The Circles page as a person uses it: adding a circle and a person through its forms, dragging a dot to another
// ring, the balance in words, a noted contact clearing the "not heard from in a while" hint, and removing a person.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1200
    height: 1000

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date("2026-11-20T09:30:00Z")
        }
    }
    Component {
        id: transferComponent
        JournalTransfer {}
    }
    Component {
        id: pageComponent
        CirclesPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "CirclesPage"
        when: windowShown

        function init() {
            failOnWarning(/.*/);
        }

        function newSession(withExample: bool): JournalSession {
            const session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": TestSupport.newDataDirectory()
            });
            verify(session.isOpen);
            if (withExample) {
                const transfer = createTemporaryObject(transferComponent, scene, {
                    "session": session
                });
                verify(transfer.importExample().ok);
            }
            return session;
        }
        function newPage(session: JournalSession): CirclesPage {
            const page = createTemporaryObject(pageComponent, scene, {
                "session": session
            });
            verify(page);
            return page;
        }
        function rows(session: JournalSession, sql: string): var {
            return TestSupport.rows(session.dataDirectory, sql);
        }
        function type(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }
        function addCircle(page: CirclesPage, name: string) {
            mouseClick(findChild(page, "addCircleButton"));
            tryVerify(() => page.circleDialog.opened);
            const nameField = findChild(page.circleDialog.contentItem, "circleNameField");
            nameField.forceActiveFocus();
            type(name);
            mouseClick(findChild(page.circleDialog.footer, "circleSaveButton"));
            tryVerify(() => !page.circleDialog.visible);
        }
        function addPerson(page: CirclesPage, name: string, circleIndex: int, ringIndex: int) {
            mouseClick(findChild(page, "addPersonButton"));
            tryVerify(() => page.personDialog.opened);
            findChild(page.personDialog.contentItem, "personNameField").forceActiveFocus();
            type(name);
            findChild(page.personDialog.contentItem, "personCircleBox").currentIndex = circleIndex;
            findChild(page.personDialog.contentItem, "personRingBox").currentIndex = ringIndex;
            mouseClick(findChild(page.personDialog.footer, "personSaveButton"));
            tryVerify(() => !page.personDialog.visible);
        }

        // Tab moves on from a note instead of writing a tab into it; Shift+Tab comes back and goes on backwards.
        function checkTabLeavesTheNotes(dialog: var) {
            tryVerify(() => dialog.opened);
            const notes = findChild(dialog.contentItem, "notesArea");
            notes.forceActiveFocus();
            type("a note");
            keyClick(Qt.Key_Tab);
            verify(!notes.activeFocus, "Tab stayed in the notes");
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(notes.activeFocus);
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier);
            verify(!notes.activeFocus, "Shift+Tab stayed in the notes");
            compare(notes.text, "a note");
            dialog.close();
            tryVerify(() => !dialog.visible);
        }
        function test_tabLeavesTheNotes() {
            const page = newPage(newSession(false));
            page.circleDialog.openFor("");
            checkTabLeavesTheNotes(page.circleDialog);
            page.personDialog.openFor("", "");
            checkTabLeavesTheNotes(page.personDialog);
        }

        function test_addCircleAndPersonShowInTheDiagramAndTheJournal() {
            const session = newSession(false);
            const page = newPage(session);
            compare(page.circlesModel.sectors.length, 0);

            addCircle(page, "Choir");
            const circles = rows(session, "SELECT id, name, kind, deleted_at FROM circles");
            compare(circles.length, 1);
            compare(circles[0].name, "Choir");
            compare(page.circlesModel.sectors.length, 1);
            compare(page.circlesModel.sectors[0].circleId, circles[0].id);
            compare(page.selectedCircleId, circles[0].id);

            addPerson(page, "Ana", 1, 1);
            const people = rows(session, "SELECT id, name FROM people");
            compare(people.length, 1);
            compare(people[0].name, "Ana");
            const memberships = rows(session, "SELECT person_id, circle_id, ring FROM memberships WHERE deleted_at IS NULL");
            compare(memberships.length, 1);
            compare(memberships[0].circle_id, circles[0].id);
            compare(memberships[0].ring, "middle");
            compare(page.circlesModel.dots.length, 1);
            compare(page.circlesModel.dots[0].personName, "Ana");
            compare(page.circlesModel.dots[0].ring, "middle");
            verify(page.diagram.dotIndex(people[0].id, circles[0].id) >= 0);
            verify(page.circlesModel.summary.indexOf("Ana") >= 0);
        }

        function test_draggingADotToAnotherRingSavesTheRing() {
            const session = newSession(false);
            const page = newPage(session);
            addCircle(page, "Climbing club");
            addPerson(page, "Jonas", 1, 2); // outer
            const personId = rows(session, "SELECT id FROM people")[0].id;
            const circleId = rows(session, "SELECT id FROM circles")[0].id;
            compare(rows(session, "SELECT ring FROM memberships")[0].ring, "outer");

            page.flickable.contentY = 0;
            const diagram = page.diagram;
            tryVerify(() => diagram.width > 100);
            const index = diagram.dotIndex(personId, circleId);
            verify(index >= 0);
            const from = diagram.dotPosition(index);
            const to = diagram.ringPoint(circleId, "inner");
            compare(diagram.ringAt(to.x, to.y), "inner");
            compare(diagram.dotAt(from.x, from.y), index);

            mousePress(diagram, from.x, from.y);
            for (let step = 1; step <= 8; ++step)
                mouseMove(diagram, from.x + (to.x - from.x) * step / 8, from.y + (to.y - from.y) * step / 8);
            verify(diagram.dragging);
            mouseRelease(diagram, to.x, to.y);
            verify(!diagram.dragging);
            compare(rows(session, "SELECT ring FROM memberships")[0].ring, "inner");
            compare(page.circlesModel.dots[0].ring, "inner");
            compare(page.selectedPersonId, personId);

            // A click without moving selects, and changes nothing.
            const now = diagram.dotPosition(diagram.dotIndex(personId, circleId));
            page.selectPerson("", "");
            mouseClick(diagram, now.x, now.y);
            compare(page.selectedPersonId, personId);
            compare(rows(session, "SELECT ring FROM memberships")[0].ring, "inner");

            // The same from the panel beside the diagram: its ring box shows the ring and choosing another saves it.
            const ringBox = findChild(page, "ringBox_" + circleId);
            verify(ringBox);
            compare(ringBox.currentValue, "inner");
            ringBox.forceActiveFocus();
            keyClick(Qt.Key_Down);
            tryCompare(page.circlesModel.dots[0], "ring", "middle");
            compare(rows(session, "SELECT ring FROM memberships")[0].ring, "middle");
        }

        function test_theBalanceTextFollowsTheData() {
            const session = newSession(false);
            const page = newPage(session);
            const model = page.circlesModel;
            verify(!model.balanceNarrow);
            compare(model.suggestions.length, 0);

            const work = model.saveCircle({ "name": "Work", "kind": "work" });
            verify(work.length > 0);
            const ana = model.savePerson({ "name": "Ana" });
            verify(model.setMembership(ana, work, "inner"));
            verify(model.balanceNarrow);
            compare(model.largestShare, 1);
            verify(model.balanceText.indexOf("100%") >= 0);
            verify(model.balanceText.indexOf("Work") >= 0);
            verify(model.suggestions.length >= 2);
            verify(String(model.suggestions[0]).indexOf("Work") >= 0);

            const choir = model.saveCircle({ "name": "Choir", "kind": "hobby" });
            const ben = model.savePerson({ "name": "Ben" });
            verify(model.setMembership(ben, choir, "inner"));
            verify(!model.balanceNarrow);
            compare(model.effectiveCircles, 2);
            verify(model.balanceText.indexOf("50%") >= 0);
            compare(model.suggestions.length, 0);
            compare(findChild(page, "balanceText").text, model.balanceText);

            // Deleting a circle tombstones its memberships in the same step.
            verify(model.deleteCircle(choir));
            compare(rows(session, "SELECT COUNT(*) AS n FROM memberships WHERE circle_id = '" + choir + "' AND deleted_at IS NULL")[0].n, 0);
            compare(rows(session, "SELECT deleted_at IS NOT NULL AS gone FROM circles WHERE id = '" + choir + "'")[0].gone, 1);
            verify(model.balanceNarrow);
        }

        function test_aContactClearsTheHint() {
            const session = newSession(true);
            const page = newPage(session);
            const model = page.circlesModel;
            const designTeam = "9531985d-5d9d-49f8-9818-e811892f902b";
            verify(model.hints.some(h => h.circleId === designTeam));
            const before = page.contactLog.totalCount;

            page.contactDialog.openFor("", designTeam);
            tryVerify(() => page.contactDialog.opened);
            findChild(page.contactDialog.contentItem, "contactNoteField").forceActiveFocus();
            type("Coffee with the team");
            mouseClick(findChild(page.contactDialog.footer, "contactSaveButton"));
            tryVerify(() => !page.contactDialog.visible);

            verify(!model.hints.some(h => h.circleId === designTeam));
            compare(page.contactLog.totalCount, before + 1);
            const saved = rows(session, "SELECT date, circle_id, note FROM contacts WHERE circle_id = '" + designTeam + "'");
            compare(saved.length, 1);
            compare(saved[0].date, "2026-11-20");
            compare(saved[0].note, "Coffee with the team");
        }

        // Removing a person asks first, saying what goes with them; and what goes is what it said: their places in
        // the circles and the contacts noted with them (docs/data-rules.md, "Deleted parents"). It once promised
        // that the contacts stayed in the log while they went.
        function test_removingAPersonSaysWhatGoesWithThem() {
            const session = newSession(true);
            const page = newPage(session);
            const withContact = rows(session, "SELECT person_id FROM contacts WHERE person_id IS NOT NULL AND deleted_at IS NULL LIMIT 1")[0].person_id;
            const before = page.contactLog.totalCount;
            page.selectPerson(withContact, "");
            const name = page.selectedPerson.name;
            const remove = findChild(page, "removePersonButton");
            tryVerify(() => remove.visible);
            remove.forceActiveFocus();
            keyClick(Qt.Key_Space); // the panel may sit below the fold of the test scene; the keyboard reaches it
            const confirm = findChild(page, "confirmRemove");
            tryVerify(() => confirm.opened);
            verify(confirm.message.indexOf(name) >= 0, confirm.message);
            verify(/contacts you noted with them/.test(confirm.message), confirm.message);
            mouseClick(findChild(confirm.footer, "confirmAccept"));
            tryVerify(() => !confirm.visible);

            compare(rows(session, "SELECT count(*) AS n FROM people WHERE id = '" + withContact + "' AND deleted_at IS NOT NULL")[0].n, 1);
            compare(rows(session, "SELECT count(*) AS n FROM memberships WHERE person_id = '" + withContact + "' AND deleted_at IS NULL")[0].n, 0);
            compare(rows(session, "SELECT count(*) AS n FROM contacts WHERE person_id = '" + withContact + "' AND deleted_at IS NULL")[0].n, 0);
            compare(page.contactLog.totalCount, before - 1);
        }

        function test_theCircleAndPersonDialogsByKeys() {
            const session = newSession(false);
            const page = newPage(session);
            const dialog = page.circleDialog;
            dialog.openFor("");
            tryVerify(() => dialog.opened);
            tryVerify(() => findChild(dialog.contentItem, "circleNameField").activeFocus);
            type("Book club");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            compare(rows(session, "SELECT 1 FROM circles").length, 0);

            dialog.openFor("");
            tryVerify(() => findChild(dialog.contentItem, "circleNameField").activeFocus);
            type("Choir");
            // Enter in another one-line field saves too.
            keyClick(Qt.Key_Tab);
            keyClick(Qt.Key_Tab);
            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            compare(rows(session, "SELECT name FROM circles")[0].name, "Choir");

            const person = page.personDialog;
            person.openFor("", "");
            tryVerify(() => findChild(person.contentItem, "personNameField").activeFocus);
            type("Ana");
            keyClick(Qt.Key_Return);
            tryVerify(() => !person.visible);
            compare(rows(session, "SELECT name FROM people")[0].name, "Ana");
        }

        function test_theDialogButtonsLineUp() {
            const session = newSession(true);
            const page = newPage(session);
            for (const dialog of [page.circleDialog, page.personDialog, page.contactDialog]) {
                dialog.openFor("", "");
                tryVerify(() => dialog.opened);
                const cancel = dialog.footer.cancelButton;
                const accept = dialog.footer.acceptButton;
                verify(cancel.visible && accept.visible);
                const cancelMiddle = cancel.mapToItem(dialog.contentItem, 0, cancel.height / 2).y;
                const acceptMiddle = accept.mapToItem(dialog.contentItem, 0, accept.height / 2).y;
                compare(cancelMiddle, acceptMiddle, dialog.objectName + ": Cancel and Save on one line");
                // Both inside the dialog, with the same room to its right edge as to its bottom edge.
                const right = Math.max(cancel.mapToItem(dialog.background, cancel.width, 0).x, accept.mapToItem(dialog.background, accept.width, 0).x);
                const bottom = Math.max(cancel.mapToItem(dialog.background, 0, cancel.height).y, accept.mapToItem(dialog.background, 0, accept.height).y);
                verify(right <= dialog.background.width - 8, dialog.objectName + ": room at the right");
                verify(bottom <= dialog.background.height - 8, dialog.objectName + ": room below");
                dialog.close();
                tryVerify(() => !dialog.visible);
            }
        }
    }
}
