// SPDX-License-Identifier: GPL-3.0-or-later
// "I talked to…": a person or a circle (or both), the day, how it felt and a short note.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Dialog {
    id: dialog

    required property CirclesModel model
    required property ContactLogModel log
    required property JournalSession session
    property int quality: 1

    function openFor(personId: string, circleId: string) {
        personBox.currentIndex = Math.max(0, personBox.indexOfValue(personId));
        circleBox.currentIndex = Math.max(0, circleBox.indexOfValue(circleId));
        dateField.value = dialog.session.today;
        noteField.text = "";
        dialog.quality = 1;
        dialog.open();
        personBox.forceActiveFocus();
    }
    function save() {
        if (personBox.currentIndex <= 0 && circleBox.currentIndex <= 0)
            return;
        // A day typed but not readable stays on screen with its message; nothing is noted over it.
        if (!dateField.commit())
            return;
        if (dialog.log.logContact(personBox.currentValue || "", circleBox.currentValue || "", dateField.value, dialog.quality, noteField.text))
            dialog.close();
    }

    objectName: "contactDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, (parent ? parent.width : 520) - 48)
    modal: true
    focus: true
    padding: Theme.padding + 8
    //: Dialog title: note a contact with someone (a call, a coffee, a visit).
    title: qsTr("I talked to…")
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
        acceptObjectName: "contactSaveButton"
        cancelObjectName: "contactCancelButton"
        //: Button (verb): save the contact in the log.
        acceptText: qsTr("Note it")
        acceptEnabled: personBox.currentIndex > 0 || circleBox.currentIndex > 0
        onAcceptClicked: dialog.save()
        onCancelClicked: dialog.close()
    }

    ColumnLayout {
        width: parent ? parent.width : 0
        spacing: Theme.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        // Enter in any one-line field notes it.
        Keys.onReturnPressed: dialog.save()
        Keys.onEnterPressed: dialog.save()

        Label {
            textFormat: Text.PlainText
            //: Field label: with whom the user talked (a person, a circle, or both).
            text: qsTr("Whom")
            color: Theme.muted
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            ComboBox {
                id: personBox
                objectName: "contactPersonBox"
                Layout.fillWidth: true
                model: dialog.model.personChoices
                textRole: "name"
                valueRole: "id"
                //: The person the user talked to.
                Accessible.name: qsTr("Person")
            }
            ComboBox {
                id: circleBox
                objectName: "contactCircleBox"
                Layout.fillWidth: true
                model: dialog.model.circleChoices
                textRole: "name"
                valueRole: "id"
                //: The social circle (group of people) the user talked to.
                Accessible.name: qsTr("Circle")
            }
        }
        Label {
            textFormat: Text.PlainText
            //: Field label: the day of the contact.
            text: qsTr("When")
            color: Theme.muted
        }
        DateField {
            id: dateField
            objectName: "contactDateField"
            openOn: dialog.session ? dialog.session.today : ""
            //: The day of a contact with someone.
            accessibleName: qsTr("Day of the contact")
            Layout.preferredWidth: 220
            onPicked: iso => dateField.value = iso
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("How it felt")
            color: Theme.muted
        }
        RowLayout {
            spacing: 4
            Layout.fillWidth: true
            Repeater {
                model: [-2, -1, 0, 1, 2]
                delegate: QuietButton {
                    id: qualityButton
                    required property int modelData
                    text: dialog.log.qualityText(qualityButton.modelData)
                    checkable: true
                    checked: dialog.quality === qualityButton.modelData
                    //: %1 is how the contact felt, e.g. "warm" or "hard".
                    Accessible.name: qsTr("It felt %1").arg(qualityButton.text)
                    Layout.fillWidth: true
                    onClicked: dialog.quality = qualityButton.modelData
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("A word about it")
            color: Theme.muted
        }
        TextField {
            id: noteField
            objectName: "contactNoteField"
            Layout.fillWidth: true
            //: Placeholder of a field that may stay empty.
            placeholderText: qsTr("Optional")
            Accessible.name: qsTr("A short note")
        }
    }
}
