// SPDX-License-Identifier: GPL-3.0-or-later
// Adding or editing a circle: its name, kind, the facet of you it reflects, how much it matters, a colour and notes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Dialog {
    id: dialog

    required property CirclesModel model
    /// The circle being edited; empty for a new one.
    property string circleId: ""
    property string chosenColor: ""
    /// Emitted with the id after a successful save.
    signal saved(string circleId)

    function openFor(circleId: string) {
        const circle = dialog.model.circle(circleId);
        dialog.circleId = circleId;
        nameField.text = circle.name || "";
        facetField.text = circle.facet || "";
        notesArea.text = circle.notes || "";
        importanceBox.value = circle.importance || 3;
        dialog.chosenColor = circle.color || "";
        const kind = circle.kind || "friends";
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(kind));
        dialog.open();
        nameField.forceActiveFocus();
    }
    function save() {
        if (nameField.text.trim().length === 0)
            return;
        const id = dialog.model.saveCircle({
            "id": dialog.circleId,
            "name": nameField.text,
            "kind": kindBox.currentValue,
            "facet": facetField.text,
            "importance": importanceBox.value,
            "color": dialog.chosenColor,
            "notes": notesArea.text
        });
        if (id.length > 0) {
            dialog.saved(id);
            dialog.close();
        }
    }

    objectName: "circleDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, (parent ? parent.width : 520) - 48)
    modal: true
    focus: true
    padding: Theme.padding + 8
    //: Dialog title; "Edit" is a verb. A circle is a group the user belongs to (family, a team, a club…).
    title: dialog.circleId.length > 0 ? qsTr("Edit circle") : qsTr("A new circle")
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 4
        border.color: Theme.border
    }
    header: Label {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.padding + 8
        bottomPadding: 0
        font.pointSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    footer: DialogButtons {
        acceptObjectName: "circleSaveButton"
        cancelObjectName: "circleCancelButton"
        //: Button (verb): save the circle.
        acceptText: qsTr("Save")
        acceptEnabled: nameField.text.trim().length > 0
        onAcceptClicked: dialog.save()
        onCancelClicked: dialog.close()
    }

    ColumnLayout {
        width: parent ? parent.width : 0
        spacing: Theme.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        // Enter in any one-line field saves; the notes take Enter as a new line.
        Keys.onReturnPressed: dialog.save()
        Keys.onEnterPressed: dialog.save()

        Label {
            textFormat: Text.PlainText
            //: Field label: the circle's name.
            text: qsTr("Name")
            color: Theme.muted
        }
        TextField {
            id: nameField
            objectName: "circleNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Climbing club, my sister, the night-shift team…")
            Accessible.name: qsTr("Circle name")
        }
        Label {
            textFormat: Text.PlainText
            //: Field label: the kind of circle (family, friends, work…).
            text: qsTr("Kind")
            color: Theme.muted
        }
        ComboBox {
            id: kindBox
            objectName: "circleKindBox"
            Layout.fillWidth: true
            model: dialog.model.circleKinds()
            textRole: "label"
            valueRole: "name"
            Accessible.name: qsTr("Kind of circle")
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Which side of you it brings out")
            color: Theme.muted
        }
        TextField {
            id: facetField
            Layout.fillWidth: true
            //: Example of a side of the user a circle brings out.
            placeholderText: qsTr("Patient, a bit daring")
            Accessible.name: qsTr("Which side of you this circle brings out")
        }
        RowLayout {
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: qsTr("How much it matters to you")
                color: Theme.muted
                Layout.fillWidth: true
            }
            SpinBox {
                id: importanceBox
                from: 1
                to: 5
                value: 3
                editable: true
                Accessible.name: qsTr("How much this circle matters, 1 to 5")
            }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Colour")
            color: Theme.muted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Button {
                id: autoColor
                // Enter presses it too, as Space does.
                Keys.onReturnPressed: autoColor.clicked()
                Keys.onEnterPressed: autoColor.clicked()
                //: Colour choice: let Mosaic pick the circle's colour.
                text: qsTr("Automatic")
                checkable: true
                checked: dialog.chosenColor.length === 0
                Accessible.name: qsTr("Automatic colour")
                onClicked: dialog.chosenColor = ""
            }
            Repeater {
                model: Theme.series
                delegate: Button {
                    id: swatch
                    // Enter presses it too, as Space does.
                    Keys.onReturnPressed: swatch.clicked()
                    Keys.onEnterPressed: swatch.clicked()
                    required property string modelData
                    required property int index
                    implicitWidth: 32
                    implicitHeight: 32
                    checkable: true
                    checked: dialog.chosenColor === swatch.modelData
                    //: Accessible name of a colour swatch; %1 is its number (1 to 8).
                    Accessible.name: qsTr("Colour %1").arg(swatch.index + 1)
                    onClicked: dialog.chosenColor = swatch.modelData
                    background: Rectangle {
                        radius: 16
                        color: swatch.modelData
                        border.width: swatch.checked || swatch.visualFocus ? 3 : 0
                        border.color: Theme.text
                    }
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            //: Field label (noun): free notes about the circle.
            text: qsTr("Notes")
            color: Theme.muted
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            TextArea {
                id: notesArea
                objectName: "notesArea"
                wrapMode: TextEdit.Wrap
                // Tab moves on to the next control, as in every field: a note has no use for a tab character.
                Keys.onTabPressed: notesArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: notesArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                placeholderText: qsTr("When you meet, what you share…")
                Accessible.name: qsTr("Notes about this circle")
            }
        }
    }
}
