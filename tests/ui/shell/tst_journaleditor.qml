// SPDX-License-Identifier: GPL-3.0-or-later
// The editor wherever prose is written: what is typed reaches the journal within about a second, and a check-in's
// note goes to the check-in of its date.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "JournalEditor"
    when: windowShown
    width: 800
    height: 400

    JournalSession {
        id: journalSession
        fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
    }
    JournalTransfer {
        id: transfer
        session: journalSession
    }
    Component {
        id: editorComponent
        JournalEditor {
            session: journalSession
            width: 700
            height: 300
        }
    }

    function initTestCase() {
        journalSession.dataDirectory = TestSupport.newDataDirectory();
        verify(transfer.importExample().ok);
    }

    function typeText(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_missionIsSavedAsItIsTyped() {
        const editor = createTemporaryObject(editorComponent, testCase, { field: JournalText.Mission });
        verify(editor.journalText.isLoaded);
        const before = editor.text;
        verify(before.length > 0); // the example's mission
        editor.textArea.forceActiveFocus();
        editor.textArea.cursorPosition = editor.textArea.length;
        typeText(" Also rest.");
        // Saved within about a second of the typing, without leaving the editor.
        tryVerify(() => TestSupport.rows(journalSession.dataDirectory, "SELECT mission FROM personal_values")[0].mission === before + " Also rest.", 2500);
        verify(!editor.saving);
    }

    function test_checkInNoteGoesToItsDate() {
        const rows = TestSupport.rows(journalSession.dataDirectory, "SELECT habit_id, date FROM check_ins WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1");
        const habitId = rows[0].habit_id;
        const date = rows[0].date;
        const editor = createTemporaryObject(editorComponent, testCase, { field: JournalText.CheckInNote, recordId: habitId, date: date });
        verify(editor.journalText.isLoaded);
        editor.textArea.forceActiveFocus();
        editor.textArea.selectAll();
        typeText("Felt calm");
        // Leaving the editor saves at once.
        editor.focus = false;
        testCase.forceActiveFocus();
        tryCompare(editor, "saving", false);
        const saved = TestSupport.rows(journalSession.dataDirectory, "SELECT note FROM check_ins WHERE habit_id = '" + habitId + "' AND date = '" + date + "'");
        compare(saved[0].note, "Felt calm");
    }

    function test_aTextOfAMissingRecordSaysSo() {
        const editor = createTemporaryObject(editorComponent, testCase, { field: JournalText.IncidentThought, recordId: "00000000-0000-4000-8000-000000000000" });
        verify(!editor.journalText.isLoaded);
        verify(editor.journalText.errorMessage.length > 0);
    }
}
