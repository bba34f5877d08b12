// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a habit (from one of the ritual presets or from scratch) or editing one: name, prompt, ritual, schedule,
// target, start date and colour. Problems are shown by their fields; nothing is saved while there are any.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Dialog {
    id: dialog

    required property JournalSession session
    readonly property alias form: form
    readonly property bool adding: form.habitId.length === 0
    readonly property var colors: ["#3e7f7a", "#b7793a", "#6f5fb0", "#b85c5c", "#5b8f4a", "#4a77a8", "#9a5a8c", "#8a7f2c"]

    /// The habit saved last, for the page to show; `added` when it is a new one.
    signal saved(string habitId, bool added)

    function openNew() {
        form.startNew();
        dialog.open();
        nameField.forceActiveFocus();
    }
    /// A new habit filled in from the ritual preset `ritual` ("gratitude", …).
    function openPreset(ritual: string) {
        form.startNew();
        form.startFromPreset(ritual);
        dialog.open();
        nameField.forceActiveFocus();
    }
    function openEdit(habitId: string) {
        if (form.edit(habitId)) {
            dialog.open();
            nameField.forceActiveFocus();
        }
    }
    function ritualIndex(value: string): int {
        for (let i = 0; i < form.ritualChoices.length; ++i) {
            if (form.ritualChoices[i].value === value)
                return i;
        }
        return 0;
    }
    function trySave() {
        // A start date typed but not readable stays on screen with its message; nothing is saved over it.
        if (!startField.commit())
            return;
        const adding = dialog.adding;
        const id = form.save();
        if (id.length > 0) {
            dialog.saved(id, adding);
            dialog.close();
        }
    }

    //: Dialog title; "Edit" is a verb.
    title: dialog.adding ? qsTr("A new habit") : qsTr("Edit the habit")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (Overlay.overlay ? Overlay.overlay.width : 800) - 2 * Theme.padding)
    height: Math.min(720, (Overlay.overlay ? Overlay.overlay.height : 700) - 2 * Theme.padding)
    padding: Theme.padding + 4

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    header: Label {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.padding + 4
        bottomPadding: 0
        font.pointSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }

    HabitForm {
        id: form
        session: dialog.session
    }

    footer: DialogButtons {
        acceptObjectName: "formSave"
        cancelObjectName: "formCancel"
        //: Button: add the new habit, or save the changes to the habit edited.
        acceptText: dialog.adding ? qsTr("Add habit") : qsTr("Save changes")
        onAcceptClicked: dialog.trySave()
        onCancelClicked: dialog.reject()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        // Enter in any one-line field saves (a field that takes Enter itself, such as a list, keeps it).
        Keys.onReturnPressed: dialog.trySave()
        Keys.onEnterPressed: dialog.trySave()

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.gap + 4

            SectionLabel {
                visible: dialog.adding
                text: qsTr("Start from a ritual")
            }
            Flow {
                visible: dialog.adding
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: form.presets
                    delegate: QuietButton {
                        id: presetButton
                        required property var modelData
                        objectName: "preset-" + presetButton.modelData.ritual
                        text: presetButton.modelData.name
                        checked: form.ritual === presetButton.modelData.ritual
                        //: Accessible name of a preset: %1 is the ritual's name, %2 its schedule (e.g. "Every day").
                        Accessible.name: qsTr("Start from %1: %2").arg(presetButton.modelData.name).arg(presetButton.modelData.scheduleText)
                        ToolTip.visible: presetButton.hovered
                        ToolTip.text: presetButton.modelData.prompt
                        onClicked: form.startFromPreset(presetButton.modelData.ritual)
                    }
                }
            }

            SectionLabel {
                //: Field label: the habit's name.
                text: qsTr("Name")
            }
            TextField {
                id: nameField
                objectName: "formName"
                maximumLength: Limits.nameLength
                Layout.fillWidth: true
                text: form.name
                placeholderText: qsTr("A short name, such as “Evening walk”")
                Accessible.name: qsTr("Name")
                onTextEdited: form.name = nameField.text
            }
            Label {
                textFormat: Text.PlainText
                visible: form.nameError.length > 0
                text: form.nameError
                color: Theme.attention
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionLabel {
                //: Field label (noun): a question or nudge shown when doing the habit.
                text: qsTr("Prompt")
            }
            TextField {
                id: promptField
                objectName: "formPrompt"
                Layout.fillWidth: true
                text: form.prompt
                placeholderText: qsTr("A question or a nudge for when you do it")
                //: Field name (noun): a question or nudge shown when doing the habit.
                Accessible.name: qsTr("Prompt")
                onTextEdited: form.prompt = promptField.text
            }

            SectionLabel {
                text: qsTr("Kind of ritual")
            }
            ComboBox {
                id: ritualBox
                objectName: "formRitual"
                model: form.ritualChoices
                textRole: "text"
                valueRole: "value"
                currentIndex: dialog.ritualIndex(form.ritual)
                Layout.preferredWidth: 260
                Accessible.name: qsTr("Kind of ritual")
                onActivated: form.ritual = ritualBox.currentValue
            }

            SectionLabel {
                //: Section label: the habit's schedule (on which days it is due).
                text: qsTr("When")
            }
            RowLayout {
                spacing: Theme.gap
                ButtonGroup {
                    id: scheduleGroup
                }
                Repeater {
                    model: [
                        //: Schedule choice: the habit is due every day.
                        { value: "daily", text: qsTr("Every day") },
                        { value: "weekdays", text: qsTr("On chosen days") },
                        //: Schedule choice: a number of times a week, on any days.
                        { value: "per-week", text: qsTr("Times a week") }
                    ]
                    delegate: RadioButton {
                        id: scheduleChoice
                        required property var modelData
                        objectName: "schedule-" + scheduleChoice.modelData.value
                        text: scheduleChoice.modelData.text
                        checked: form.scheduleType === scheduleChoice.modelData.value
                        ButtonGroup.group: scheduleGroup
                        onClicked: form.scheduleType = scheduleChoice.modelData.value
                    }
                }
            }
            RowLayout {
                visible: form.scheduleType === "weekdays"
                spacing: 4
                Repeater {
                    // Monday to Sunday (the form numbers them 1 to 7); Qt.locale() numbers Sunday 0.
                    model: [1, 2, 3, 4, 5, 6, 0]
                    delegate: QuietButton {
                        id: dayButton
                        required property int index
                        required property int modelData
                        objectName: "day-" + (dayButton.index + 1)
                        text: Qt.locale().dayName(dayButton.modelData, Locale.ShortFormat)
                        checkable: true
                        checked: form.days.indexOf(dayButton.index + 1) >= 0
                        Accessible.name: Qt.locale().dayName(dayButton.modelData, Locale.LongFormat)
                        onClicked: form.toggleDay(dayButton.index + 1)
                    }
                }
            }
            RowLayout {
                visible: form.scheduleType === "per-week"
                spacing: Theme.gap
                SpinBox {
                    id: timesBox
                    objectName: "formTimes"
                    from: 1
                    to: 7
                    value: form.times
                    editable: true
                    //: Name of the number field: how many times a week the habit is due.
                    Accessible.name: qsTr("Times a week")
                    onValueModified: form.times = timesBox.value
                }
                Label {
                    textFormat: Text.PlainText
                    //: Follows the number field of how many times a week (1 to 7) the habit is due; the number itself
                    //: is in the field before this text, so %n does not appear.
                    text: qsTr("times a week, on any days", "", timesBox.value)
                    color: Theme.muted
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: form.scheduleError.length > 0
                text: form.scheduleError
                color: Theme.attention
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionLabel {
                text: qsTr("What counts as done")
            }
            RowLayout {
                spacing: Theme.gap
                ButtonGroup {
                    id: targetGroup
                }
                RadioButton {
                    objectName: "target-check"
                    text: qsTr("Checking it off")
                    checked: form.targetType === "check"
                    ButtonGroup.group: targetGroup
                    onClicked: form.targetType = "check"
                }
                RadioButton {
                    objectName: "target-count"
                    text: qsTr("Reaching a number")
                    checked: form.targetType === "count"
                    ButtonGroup.group: targetGroup
                    onClicked: form.targetType = "count"
                }
            }
            RowLayout {
                visible: form.targetType === "count"
                spacing: Theme.gap
                SpinBox {
                    id: goalBox
                    objectName: "formGoal"
                    from: 0
                    to: 100000
                    value: Math.round(form.goal)
                    editable: true
                    //: Name of the number field: the amount to reach each day (e.g. 20 minutes).
                    Accessible.name: qsTr("Goal")
                    onValueModified: form.goal = goalBox.value
                }
                TextField {
                    id: unitField
                    objectName: "formUnit"
                    maximumLength: Limits.unitLength
                    text: form.unit
                    placeholderText: qsTr("unit, such as minutes")
                    //: Name of the field: the unit of the goal (e.g. minutes, pages).
                    Accessible.name: qsTr("Unit")
                    onTextEdited: form.unit = unitField.text
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: form.targetError.length > 0
                text: form.targetError
                color: Theme.attention
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionLabel {
                text: qsTr("Starting on")
            }
            DateField {
                id: startField
                objectName: "formStart"
                value: form.startDate
                openOn: dialog.session ? dialog.session.today : ""
                accessibleName: qsTr("Start date")
                Layout.preferredWidth: 220
                onPicked: iso => form.startDate = iso
            }
            Label {
                textFormat: Text.PlainText
                visible: form.startDateError.length > 0
                text: form.startDateError
                color: Theme.attention
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionLabel {
                text: qsTr("Colour")
            }
            RowLayout {
                spacing: Theme.gap
                Repeater {
                    model: dialog.colors
                    delegate: Button {
                        id: swatch
                        // Enter presses it too, as Space does.
                        Keys.onReturnPressed: swatch.clicked()
                        Keys.onEnterPressed: swatch.clicked()
                        required property string modelData
                        required property int index
                        objectName: "colour-" + swatch.index
                        implicitWidth: 28
                        implicitHeight: 28
                        //: Accessible name of a colour swatch; %1 is its number (1 to 8).
                        Accessible.name: qsTr("Colour %1").arg(swatch.index + 1)
                        onClicked: form.color = swatch.modelData
                        background: Rectangle {
                            radius: 14
                            color: swatch.modelData
                            border.width: form.color === swatch.modelData || swatch.visualFocus ? 3 : 0
                            border.color: Theme.text
                        }
                        contentItem: Item {}
                    }
                }
                QuietButton {
                    objectName: "colour-none"
                    //: Colour choice: let Mosaic pick the habit's colour.
                    text: qsTr("Automatic")
                    checked: form.color.length === 0
                    onClicked: form.color = ""
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: form.colorError.length > 0
                text: form.colorError
                color: Theme.attention
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
