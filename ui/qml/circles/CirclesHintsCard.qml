// SPDX-License-Identifier: GPL-3.0-or-later
// Circles not heard from in a while, each with a way to note a contact.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    required property ContactDialog contactDialog
    visible: card.circlesModel.hints.length > 0
    //: Card heading: circles the user has had no contact with for some time.
    heading: qsTr("Not heard from in a while")
    caption: qsTr("No pressure. A message, a wave, a \"thinking of you\" keeps a thread alive.")
    Repeater {
        model: card.circlesModel.hints
        delegate: RowLayout {
            id: hintRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                textFormat: Text.PlainText
                text: hintRow.modelData.text
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QuietButton {
                //: Button: note a contact with the people of this circle.
                text: qsTr("I talked to them")
                //: %1 is a circle's name.
                Accessible.name: qsTr("I talked to %1").arg(hintRow.modelData.name)
                onClicked: card.contactDialog.openFor("", hintRow.modelData.circleId)
            }
        }
    }
}
