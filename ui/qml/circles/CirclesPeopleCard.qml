// SPDX-License-Identifier: GPL-3.0-or-later
// Everyone in the circles, with the circles and rings they are in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    required property PersonDialog personDialog
    signal personChosen(string personId, string circleId)
    visible: card.circlesModel.personCount > 0
    //: Card heading: all the people in the user's circles.
    heading: qsTr("People")
    Repeater {
        model: card.circlesModel.people
        delegate: RowLayout {
            id: personRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                objectName: "person_" + personRow.modelData.id
                text: personRow.modelData.name
                flat: true
                //: %1 is a person's name.
                Accessible.name: qsTr("Show %1").arg(personRow.modelData.name)
                onClicked: card.personChosen(personRow.modelData.id, "")
            }
            Label {
                textFormat: Text.PlainText
                text: personRow.modelData.memberships.length > 0
                      //: A circle the person is in: %1 is the circle's name, %2 the ring ("inner", "middle" or "outer").
                      ? personRow.modelData.memberships.map(m => qsTr("%1 (%2)").arg(m.circleName).arg(m.ringLabel))
                        //: Separates the circles a person is in, in a list such as "Choir (inner), Work (outer)".
                        .join(qsTr(", "))
                      : qsTr("not in a circle yet")
                color: Theme.muted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            QuietButton {
                //: Button (verb): edit this person.
                text: qsTr("Edit")
                //: %1 is a person's name.
                Accessible.name: qsTr("Edit %1").arg(personRow.modelData.name)
                onClicked: card.personDialog.openFor(personRow.modelData.id, "")
            }
        }
    }
}
