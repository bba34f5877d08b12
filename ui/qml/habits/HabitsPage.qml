// SPDX-License-Identifier: GPL-3.0-or-later
// The Habits page: every habit with today's check, streaks and strength; the chosen habit in full (year heatmap,
// pauses, notes, the weekly letter); adding and editing habits. Args: {habitId} selects that habit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    arrivalFocus: invitation.action
    //: Page title, as the page's name in the sidebar.
    title: qsTr("Habits")
    subtitle: qsTr("Small rituals that remind you of your worth, kept at your own pace.")

    /// The habit shown in full.
    property string selectedId: ""
    readonly property alias habits: habitModel
    readonly property alias detail: habitDetail
    readonly property alias formDialog: formDialog

    function activate(args: var) {
        if (args && args.habitId)
            page.select(args.habitId);
        else
            page.selectDefault();
    }
    function select(habitId: string) {
        if (habitModel.indexOf(habitId) < 0 && !habitModel.showArchived)
            habitModel.showArchived = true;
        page.selectedId = habitId;
    }
    function selectDefault() {
        if (page.selectedId.length > 0 && habitModel.indexOf(page.selectedId) >= 0)
            return;
        page.selectedId = habitModel.count > 0 ? habitModel.data(habitModel.index(0, 0), HabitListModel.HabitIdRole) : "";
    }

    headerActions: [
        AccentButton {
            objectName: "newHabit"
            //: Button: add a new habit.
            text: qsTr("New habit")
            onClicked: formDialog.openNew()
        }
    ]

    HabitListModel {
        id: habitModel
        session: page.session
        onCountChanged: page.selectDefault()
    }
    HabitDetail {
        id: habitDetail
        session: page.session
        habitId: page.selectedId
    }

    Card {
        objectName: "habitsInvitation"
        visible: habitModel.count === 0 && habitModel.archivedCount === 0
        EmptyState {
            id: invitation
            title: qsTr("Rituals that steady you")
            text: qsTr("A few minutes a day, such as naming a strength or writing three good things, build a sense of worth that does not hang on anyone's approval. Start from a ritual below, or make your own.")
            actionText: qsTr("Make a habit")
            onActionTriggered: formDialog.openNew()
        }
        // The rituals the words above point to: each opens the form filled in from it.
        SectionLabel {
            text: qsTr("Start from a ritual")
            Layout.alignment: Qt.AlignHCenter
        }
        Flow {
            objectName: "invitationPresets"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.padding
            spacing: Theme.gap
            Repeater {
                model: formDialog.form.presets
                delegate: QuietButton {
                    id: presetButton
                    required property var modelData
                    objectName: "invitation-preset-" + presetButton.modelData.ritual
                    text: presetButton.modelData.name
                    //: Accessible name of a preset: %1 is the ritual's name, %2 its schedule (e.g. "Every day").
                    Accessible.name: qsTr("Start from %1: %2").arg(presetButton.modelData.name).arg(presetButton.modelData.scheduleText)
                    ToolTip.visible: presetButton.hovered
                    ToolTip.text: presetButton.modelData.prompt
                    onClicked: formDialog.openPreset(presetButton.modelData.ritual)
                }
            }
        }
    }

    Card {
        objectName: "habitList"
        heading: qsTr("Your habits")
        visible: habitModel.count > 0 || habitModel.archivedCount > 0
        headerActions: [
            CheckBox {
                objectName: "showArchived"
                visible: habitModel.archivedCount > 0
                //: Check box: also show the archived habits; %1 is how many there are.
                text: qsTr("Show archived (%1)").arg(habitModel.archivedCount)
                checked: habitModel.showArchived
                onToggled: habitModel.showArchived = checked
            }
        ]
        spacing: 2

        Label {
            textFormat: Text.PlainText
            visible: habitModel.count === 0
            text: qsTr("Every habit is archived. Show them to bring one back, or make a new one.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: habitRows
            objectName: "habitRows"
            model: habitModel
            delegate: HabitRow {
                habits: habitModel
                selected: page.selectedId === habitId
                onSelectRequested: page.selectedId = habitId
            }
        }
    }

    HabitDetailView {
        Layout.fillWidth: true
        visible: habitDetail.exists
        session: page.session
        detail: habitDetail
        tone: Theme.seriesColor(Math.max(0, habitModel.indexOf(habitDetail.habitId)), habitDetail.color)
        onEditRequested: formDialog.openEdit(habitDetail.habitId)
        onDeleted: {
            page.selectedId = "";
            page.selectDefault();
        }
    }

    HabitFormDialog {
        id: formDialog
        /// The habit just added: its check takes the keyboard once the form is gone.
        property string added
        session: page.session
        onSaved: (habitId, added) => {
            formDialog.added = added ? habitId : "";
            page.select(habitId);
        }
        // The button that opened the form may be gone with the empty page: the keyboard goes on to the new habit.
        onClosed: {
            const row = habitRows.itemAt(habitModel.indexOf(formDialog.added));
            formDialog.added = "";
            const check = row ? row.checkButton : null;
            if (check && check.visible)
                check.forceActiveFocus(Qt.TabFocusReason);
        }
    }
}
