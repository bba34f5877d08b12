// SPDX-License-Identifier: GPL-3.0-or-later
// The person selected on the Circles page: what they bring, their circles and rings, and what can be done with them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: panel
    required property CirclesModel circlesModel
    required property string selectedPersonId
    required property string selectedCircleId
    /// The person, as CirclesModel.person() gives them.
    required property var person
    required property PersonDialog personDialog
    required property ContactDialog contactDialog
    required property CirclesRemoveDialog removeDialog
    Layout.fillWidth: true
    spacing: Theme.gap
    Label {
        textFormat: Text.PlainText
        text: panel.person.name || ""
        font.pointSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        textFormat: Text.PlainText
        visible: text.length > 0
        //: %1 is what the person brings to the user, e.g. "practical help, fun".
        text: (panel.person.supportsText || "").length > 0 ? qsTr("Brings: %1").arg(panel.person.supportsText) : ""
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        visible: text.length > 0
        text: panel.person.notes || ""
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionLabel {
        //: The social circles (groups of people) the selected person belongs to.
        text: qsTr("Circles")
    }
    Repeater {
        model: panel.person.memberships || []
        delegate: RowLayout {
            id: membershipRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: membershipRow.modelData.circleName
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ComboBox {
                objectName: "ringBox_" + membershipRow.modelData.circleId
                model: panel.circlesModel.rings()
                textRole: "label"
                valueRole: "name"
                // Rings come in this order from rings().
                currentIndex: ["inner", "middle", "outer"].indexOf(membershipRow.modelData.ring)
                //: Ring: how close the person is in a circle (inner, middle, outer); %1 is the circle's name.
                Accessible.name: qsTr("Ring in %1").arg(membershipRow.modelData.circleName)
                onActivated: panel.circlesModel.setMembership(panel.selectedPersonId, membershipRow.modelData.circleId, currentValue)
            }
            QuietButton {
                //: Button (verb): take the person out of this circle.
                text: qsTr("Leave")
                //: %1 is a person's name, %2 a circle's name.
                Accessible.name: qsTr("Take %1 out of %2").arg(panel.person.name || "").arg(membershipRow.modelData.circleName)
                onClicked: panel.circlesModel.removeMembership(panel.selectedPersonId, membershipRow.modelData.circleId)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        ComboBox {
            id: joinCircleBox
            Layout.fillWidth: true
            model: panel.circlesModel.activeCircles
            textRole: "name"
            valueRole: "id"
            Accessible.name: qsTr("Circle to add them to")
        }
        ComboBox {
            id: joinRingBox
            model: panel.circlesModel.rings()
            textRole: "label"
            valueRole: "name"
            currentIndex: 1
            //: How close the person will be in the circle: inner, middle or outer ring.
            Accessible.name: qsTr("Ring")
        }
        QuietButton {
            //: Button (verb): add the person to the circle chosen.
            text: qsTr("Add")
            enabled: joinCircleBox.currentIndex >= 0
            Accessible.name: qsTr("Add to this circle")
            onClicked: panel.circlesModel.setMembership(panel.selectedPersonId, joinCircleBox.currentValue, joinRingBox.currentValue)
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        QuietButton {
            //: Button (verb): edit this person.
            text: qsTr("Edit")
            //: %1 is a person's name.
            Accessible.name: qsTr("Edit %1").arg(panel.person.name || "")
            onClicked: panel.personDialog.openFor(panel.selectedPersonId, "")
        }
        QuietButton {
            text: qsTr("I talked to them")
            onClicked: panel.contactDialog.openFor(panel.selectedPersonId, panel.selectedCircleId)
        }
        QuietButton {
            objectName: "removePersonButton"
            //: Button (verb): remove this person; asks first.
            text: qsTr("Remove…")
            //: %1 is a person's name.
            Accessible.name: qsTr("Remove %1 from the journal").arg(panel.person.name || "")
            // Says what goes with them (docs/data-rules.md, "Deleted parents").
            //: %1 is a person's name.
            onClicked: panel.removeDialog.ask(qsTr("Remove %1, their places in your circles and the contacts you noted with them?").arg(panel.person.name), "person", panel.selectedPersonId)
        }
    }
}
