// SPDX-License-Identifier: GPL-3.0-or-later
// A date field: the date in the locale's short form, typed (the locale's short date or YYYY-MM-DD) or picked from a
// calendar (the button beside it, or Alt+Down). Its value is "YYYY-MM-DD" text, as dates cross to the view-models.
// Text that is not a date gets a calm message under the field and changes nothing.
//
// Use: DateField { value: form.startDate; accessibleName: qsTr("Start date"); onPicked: iso => form.startDate = iso }
//   value          — the date shown, "YYYY-MM-DD" (or empty while there is none); set it, and follow `picked`.
//   openOn         — the day the calendar opens on while the field is empty (the session's today).
//   optional       — an empty field is allowed (picked("")); otherwise emptying it is refused like a wrong date.
//   acceptable     — false while the text typed is not a date (a dialog checks it before saving).
//   picked(iso)    — a date was chosen or typed and confirmed (Enter, or leaving the field).
//   accepted()     — Enter in the field with a date: a dialog may take it as "save".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

FocusScope {
    id: field

    property string value
    property string accessibleName
    property bool optional: false
    /// The day the calendar opens on while the field is empty, "YYYY-MM-DD" (usually today).
    property string openOn
    readonly property bool acceptable: field.problem.length === 0 && field.readable()
    readonly property alias text: input.text
    readonly property alias input: input
    // A typed property, not an alias: Qt 6.4's qmllint crashes on an alias to a popup.
    readonly property DatePickerPopup calendar: picker
    /// The message shown while the typed text is not a date.
    property string problem: ""

    signal picked(string iso)
    signal accepted

    implicitWidth: row.implicitWidth
    implicitHeight: column.implicitHeight
    activeFocusOnTab: false

    function readable(): bool {
        const trimmed = input.text.trim();
        return trimmed.length === 0 ? field.optional : LocaleInput.isoDate(trimmed).length > 0;
    }
    /// Reads the text typed: a date becomes the value; anything else keeps the value and says how to write it.
    function commit(): bool {
        const trimmed = input.text.trim();
        if (trimmed.length === 0 && field.optional) {
            field.problem = "";
            if (field.value.length > 0)
                field.picked("");
            return true;
        }
        const iso = LocaleInput.isoDate(trimmed);
        if (iso.length === 0) {
            //: Under a date field with text that is not a date; %1 is an example in the user's own format
            //: (e.g. "3/7/2026"), %2 the same date as year-month-day.
            field.problem = qsTr("That is not a date Mosaic can read. Write it like %1 or %2, or pick it from the calendar.")
                            .arg(LocaleInput.dateText(field.example())).arg(field.example());
            return false;
        }
        field.problem = "";
        input.text = LocaleInput.dateText(iso);
        if (iso !== field.value)
            field.picked(iso);
        return true;
    }
    function example(): string {
        return field.value.length > 0 ? field.value : "2026-03-07";
    }
    function choose(iso: string) {
        field.problem = "";
        input.text = LocaleInput.dateText(iso);
        if (iso !== field.value)
            field.picked(iso);
        input.forceActiveFocus();
    }
    function openCalendar() {
        const typed = LocaleInput.isoDate(input.text);
        picker.openAt(typed.length > 0 ? typed : field.value.length > 0 ? field.value : field.openOn);
    }

    onValueChanged: {
        input.text = LocaleInput.dateText(field.value);
        field.problem = "";
    }
    Component.onCompleted: input.text = LocaleInput.dateText(field.value)

    ColumnLayout {
        id: column
        width: field.width
        spacing: 4

        RowLayout {
            id: row
            Layout.fillWidth: true
            spacing: 4
            TextField {
                id: input
                objectName: "dateInput"
                focus: true
                Layout.fillWidth: true
                Layout.minimumWidth: 110
                placeholderText: LocaleInput.datePattern
                Accessible.name: field.accessibleName
                Accessible.description: field.problem
                onAccepted: {
                    if (field.commit())
                        field.accepted();
                }
                onActiveFocusChanged: {
                    if (!input.activeFocus && !picker.visible)
                        field.commit();
                }
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier)) {
                        field.openCalendar();
                        event.accepted = true;
                    }
                }
            }
            QuietButton {
                id: calendarButton
                objectName: "dateCalendarButton"
                text: "▦"
                leftPadding: 8
                rightPadding: 8
                //: Button beside a date field: open a calendar to pick the date; %1 is the field's name.
                Accessible.name: qsTr("Pick %1 from a calendar").arg(field.accessibleName)
                ToolTip.visible: calendarButton.hovered
                ToolTip.text: qsTr("Pick from a calendar (Alt+Down)")
                onClicked: field.openCalendar()
            }
        }
        Label {
            objectName: "dateProblem"
            visible: field.problem.length > 0
            text: field.problem
            color: Theme.attention
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.maximumWidth: Math.max(field.width, 320)
        }
    }

    DatePickerPopup {
        id: picker
        x: 0
        y: row.height + 4
        onChosen: iso => field.choose(iso)
        onClosed: input.forceActiveFocus()
    }
}
