// SPDX-License-Identifier: GPL-3.0-or-later
// Adding or editing a person: a name, what they bring (kinds of support) and notes; a new person can be put in a
// circle at once.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Dialog {
    id: dialog

    required property CirclesModel model
    property string personId: ""
    property list<string> supports: []
    signal saved(string personId)

    function openFor(personId: string, circleId: string) {
        const person = dialog.model.person(personId);
        dialog.personId = personId;
        nameField.text = person.name || "";
        notesArea.text = person.notes || "";
        dialog.supports = person.supports || [];
        circleBox.currentIndex = Math.max(0, circleBox.indexOfValue(circleId));
        ringBox.currentIndex = 1;
        dialog.open();
        nameField.forceActiveFocus();
    }
    function toggleSupport(name: string, on: bool) {
        const list = [];
        for (let i = 0; i < dialog.supports.length; ++i) {
            if (dialog.supports[i] !== name)
                list.push(dialog.supports[i]);
        }
        if (on)
            list.push(name);
        dialog.supports = list;
    }
    function save() {
        if (nameField.text.trim().length === 0)
            return;
        const fields = {
            "id": dialog.personId,
            "name": nameField.text,
            "supports": dialog.supports,
            "notes": notesArea.text
        };
        // A new person and their place in the circle chosen are one change: both are saved, or neither.
        if (dialog.personId.length === 0 && circleBox.currentValue && circleBox.currentValue.length > 0) {
            fields.circleId = circleBox.currentValue;
            fields.ring = ringBox.currentValue;
        }
        const id = dialog.model.savePerson(fields);
        if (id.length === 0)
            return;
        dialog.saved(id);
        dialog.close();
    }

    objectName: "personDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, (parent ? parent.width : 520) - 48)
    modal: true
    focus: true
    padding: Theme.padding + 8
    //: Dialog title; "Edit" is a verb.
    title: dialog.personId.length > 0 ? qsTr("Edit person") : qsTr("Someone in your circles")
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
        acceptObjectName: "personSaveButton"
        cancelObjectName: "personCancelButton"
        //: Button (verb): save the person.
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
            //: Field label: the person's name.
            text: qsTr("Name")
            color: Theme.muted
        }
        TextField {
            id: nameField
            objectName: "personNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("A name or a nickname")
            Accessible.name: qsTr("Name")
        }
        Label {
            textFormat: Text.PlainText
            //: Field label: the kinds of support the person gives the user (e.g. practical help, fun).
            text: qsTr("What they bring")
            color: Theme.muted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: dialog.model.supportKinds()
                delegate: CheckBox {
                    id: supportBox
                    required property var modelData
                    text: supportBox.modelData.label
                    checked: dialog.supports.indexOf(supportBox.modelData.name) >= 0
                    //: %1 is a kind of support a person gives, e.g. "practical help".
                    Accessible.name: qsTr("Support: %1").arg(supportBox.modelData.label)
                    onToggled: dialog.toggleSupport(supportBox.modelData.name, supportBox.checked)
                }
            }
        }
        ColumnLayout {
            visible: dialog.personId.length === 0
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("In which circle, and how close")
                color: Theme.muted
            }
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                ComboBox {
                    id: circleBox
                    objectName: "personCircleBox"
                    Layout.fillWidth: true
                    model: dialog.model.circleChoices
                    textRole: "name"
                    valueRole: "id"
                    //: The social circle (group of people) to put the person in.
                    Accessible.name: qsTr("Circle")
                }
                ComboBox {
                    id: ringBox
                    objectName: "personRingBox"
                    enabled: circleBox.currentIndex > 0
                    model: dialog.model.rings()
                    textRole: "label"
                    valueRole: "name"
                    //: How close the person is in the circle: inner, middle or outer ring.
                    Accessible.name: qsTr("Ring")
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            //: Field label (noun): free notes about the person.
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
                placeholderText: qsTr("What you value in them, what you could ask them…")
                Accessible.name: qsTr("Notes about this person")
            }
        }
    }
}
