// SPDX-License-Identifier: GPL-3.0-or-later
// The habit form by keys: Enter in a field adds the habit, Escape leaves without saving, the start date typed in the
// locale's short form or as YYYY-MM-DD or picked from the calendar by keys, a date that is not one refused calmly.
// And the empty page's rituals, which the words of its invitation point to.
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
        HabitsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "HabitDialogKeys"
        when: windowShown

        property JournalSession session
        property string dataDir
        property HabitsPage shownPage: null

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
            verify(session.isOpen);
            shownPage = createTemporaryObject(pageComponent, scene, { session: session });
            shownPage.activate({});
        }
        function cleanup() {
            if (shownPage) {
                shownPage.destroy();
                shownPage = null;
                wait(0);
            }
        }
        function type(text: string) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }
        function habits(): var {
            return TestSupport.rows(dataDir, "SELECT name, ritual, start_date FROM habits WHERE deleted_at IS NULL ORDER BY name");
        }
        function openNew(): var {
            const dialog = shownPage.formDialog;
            dialog.openNew();
            tryVerify(() => dialog.opened);
            tryVerify(() => findChild(dialog.contentItem, "formName").activeFocus);
            return dialog;
        }

        function test_enterInTheNameAddsTheHabit() {
            const dialog = openNew();
            type("Walk");
            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            compare(habits().length, 1);
            compare(habits()[0].name, "Walk");
            compare(habits()[0].start_date, "2026-11-20");
        }

        // Deleting asks first, in the window's own dialog: the keyboard starts on Cancel, so Enter never deletes by
        // accident; the button that deletes says so; the name shows as written.
        function test_deletingAHabitAsksWithTheKeyboardOnCancel() {
            const dialog = openNew();
            type("<b>Walk</b>");
            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            compare(habits().length, 1);

            const confirm = findChild(shownPage, "confirmDelete");
            const deleteButton = findChild(shownPage, "deleteHabit");
            tryVerify(() => deleteButton.visible);
            mouseClick(deleteButton);
            tryVerify(() => confirm.opened);
            compare(confirm.header.text, "Delete “<b>Walk</b>”?");
            compare(confirm.header.textFormat, Text.PlainText);
            const cancel = findChild(confirm.footer, "confirmCancel");
            const accept = findChild(confirm.footer, "confirmAccept");
            compare(accept.text, "Delete");
            tryVerify(() => cancel.activeFocus);
            verify(cancel.visualFocus);
            keyClick(Qt.Key_Return);
            tryVerify(() => !confirm.visible);
            compare(habits().length, 1);

            mouseClick(deleteButton);
            tryVerify(() => confirm.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !confirm.visible);
            compare(habits().length, 1);

            mouseClick(deleteButton);
            tryVerify(() => confirm.opened);
            tryVerify(() => cancel.activeFocus);
            keyClick(Qt.Key_Tab);
            verify(accept.activeFocus, "Tab goes from Cancel to Delete");
            keyClick(Qt.Key_Return);
            tryVerify(() => !confirm.visible);
            compare(habits().length, 0);
        }

        function test_escapeLeavesWithoutSaving() {
            const dialog = openNew();
            type("Read");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            compare(habits().length, 0);
        }

        function test_theStartDateTypedOrPickedByKeys() {
            const dialog = openNew();
            type("Stretch");
            const start = findChild(dialog.contentItem, "formStart");
            compare(start.value, "2026-11-20");
            // The field shows the locale's short date, not the ISO text.
            compare(start.text, LocaleInput.dateText("2026-11-20"));

            // Not a date: a calm message, nothing saved, the dialog stays with what was typed.
            start.input.forceActiveFocus();
            start.input.selectAll();
            type("31.31.2026");
            keyClick(Qt.Key_Return);
            verify(dialog.visible);
            verify(findChild(start, "dateProblem").visible);
            compare(start.value, "2026-11-20");
            compare(habits().length, 0);
            compare(findChild(dialog.contentItem, "formName").text, "Stretch");

            // YYYY-MM-DD is always understood.
            start.input.selectAll();
            type("2026-11-02");
            keyClick(Qt.Key_Tab);
            compare(start.value, "2026-11-02");
            verify(!findChild(start, "dateProblem").visible);
            compare(start.text, LocaleInput.dateText("2026-11-02"));

            // The calendar: Alt+Down opens it on the date; a day on, a month back, Enter picks.
            start.input.forceActiveFocus();
            keyClick(Qt.Key_Down, Qt.AltModifier);
            const calendar = start.calendar;
            tryVerify(() => calendar.opened);
            compare(calendar.cursor, "2026-11-02");
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Down);
            compare(calendar.cursor, "2026-11-10");
            keyClick(Qt.Key_PageUp);
            compare(calendar.cursor, "2026-10-10");
            keyClick(Qt.Key_Return);
            tryVerify(() => !calendar.visible);
            compare(start.value, "2026-10-10");
            verify(dialog.visible);
            tryVerify(() => start.input.activeFocus);

            // Escape closes the calendar alone, changing nothing.
            keyClick(Qt.Key_Down, Qt.AltModifier);
            tryVerify(() => calendar.opened);
            keyClick(Qt.Key_Left);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !calendar.visible);
            verify(dialog.visible);
            compare(start.value, "2026-10-10");

            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            compare(habits()[0].start_date, "2026-10-10");
        }

        function test_theCalendarStartsTheWeekAsTheLocaleDoes() {
            const dialog = openNew();
            const start = findChild(dialog.contentItem, "formStart");
            start.calendar.openAt("2026-03-18");
            tryVerify(() => start.calendar.opened);
            // The tests run in the C locale, whose weeks start on Monday.
            compare(Qt.locale().firstDayOfWeek, Locale.Monday);
            const names = LocaleInput.weekdayNames(true);
            compare(names.length, 7);
            compare(names[0], Qt.locale().dayName(1, Locale.LongFormat));
            compare(names[6], Qt.locale().dayName(0, Locale.LongFormat));
            // March 2026 begins on a Sunday: its page starts on the Monday before.
            compare(start.calendar.days.length, 42);
            compare(start.calendar.days[0].iso, "2026-02-23");
            verify(!start.calendar.days[0].inMonth);
            compare(start.calendar.days[6].iso, "2026-03-01");
            verify(start.calendar.days.some(day => day.iso === "2026-03-18" && day.inMonth));
            keyClick(Qt.Key_Escape);
        }

        function test_theInvitationOffersTheRitualsItSpeaksOf() {
            const invitation = findChild(shownPage, "habitsInvitation");
            verify(invitation.visible);
            const presets = findChild(invitation, "invitationPresets");
            verify(presets.visible);
            const gratitude = findChild(presets, "invitation-preset-gratitude");
            verify(gratitude);
            mouseClick(gratitude);
            const dialog = shownPage.formDialog;
            tryVerify(() => dialog.opened);
            compare(dialog.form.ritual, "gratitude");
            verify(dialog.form.name.length > 0);
            keyClick(Qt.Key_Return);
            tryVerify(() => !dialog.visible);
            compare(habits()[0].ritual, "gratitude");
            verify(!invitation.visible);
        }
    }
}
