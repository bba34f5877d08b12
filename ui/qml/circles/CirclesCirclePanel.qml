// SPDX-License-Identifier: GPL-3.0-or-later
// The circle selected on the Circles page: what it is, its people and their rings, and what can be done with it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: panel
    required property CirclesModel circlesModel
    required property string selectedCircleId
    /// The circle, as CirclesModel.circle() gives it.
    required property var circle
    required property CircleDialog circleDialog
    required property PersonDialog personDialog
    required property ContactDialog contactDialog
    /// A person of the circle was chosen.
    signal personChosen(string personId, string circleId)
    Layout.fillWidth: true
    spacing: Theme.gap
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Rectangle {
            width: 14
            height: 14
            radius: 7
            // The record, not the id: the id may arrive before the record it names.
            color: panel.circle.id ? Theme.seriesColor(panel.circle.colorIndex, panel.circle.color) : "transparent"
        }
        Label {
            textFormat: Text.PlainText
            text: panel.circle.name || ""
            font.pointSize: Theme.headingSize
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
    }
    Label {
        textFormat: Text.PlainText
        //: About a circle: %1 is its kind (e.g. "Friends"), %2 how much it matters (1 to 5), %3 its share of
        //: all the user's ties, e.g. "25%".
        text: qsTr("%1 · matters %2 of 5 · %3 of your ties").arg(panel.circle.kindLabel || "").arg(panel.circle.importance || 0).arg(panel.circle.shareText || "0%")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        visible: text.length > 0
        //: %1 is the side of the user the circle brings out, e.g. "my playful side".
        text: (panel.circle.facet || "").length > 0 ? qsTr("Brings out: %1").arg(panel.circle.facet) : ""
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        visible: text.length > 0
        text: panel.circle.notes || ""
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SectionLabel {
        //: The people in the selected circle.
        text: qsTr("People")
    }
    Label {
        textFormat: Text.PlainText
        visible: circleMembers.count === 0
        text: qsTr("No one here yet.")
        color: Theme.muted
    }
    Repeater {
        id: circleMembers
        model: panel.selectedCircleId.length > 0 && panel.circlesModel.people ? panel.circlesModel.membersOf(panel.selectedCircleId) : []
        delegate: RowLayout {
            id: memberRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                text: memberRow.modelData.personName
                flat: true
                Layout.fillWidth: true
                //: %1 is a person's name.
                Accessible.name: qsTr("Show %1").arg(memberRow.modelData.personName)
                onClicked: panel.personChosen(memberRow.modelData.personId, panel.selectedCircleId)
            }
            ComboBox {
                model: panel.circlesModel.rings()
                textRole: "label"
                valueRole: "name"
                currentIndex: ["inner", "middle", "outer"].indexOf(memberRow.modelData.ring)
                //: Ring: how close the person is in the circle (inner, middle, outer); %1 is the person's name.
                Accessible.name: qsTr("Ring of %1").arg(memberRow.modelData.personName)
                onActivated: panel.circlesModel.setMembership(memberRow.modelData.personId, panel.selectedCircleId, currentValue)
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        QuietButton {
            text: qsTr("Add someone")
            onClicked: panel.personDialog.openFor("", panel.selectedCircleId)
        }
        QuietButton {
            //: Button (verb): edit this circle.
            text: qsTr("Edit")
            //: %1 is a circle's name.
            Accessible.name: qsTr("Edit %1").arg(panel.circle.name || "")
            onClicked: panel.circleDialog.openFor(panel.selectedCircleId)
        }
        QuietButton {
            text: qsTr("I talked to them")
            onClicked: panel.contactDialog.openFor("", panel.selectedCircleId)
        }
    }
}
