// SPDX-License-Identifier: GPL-3.0-or-later
// Every circle, with its kind and people, and its actions: show, edit, rest, remove.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    required property CircleDialog circleDialog
    required property CirclesRemoveDialog removeDialog
    signal circleChosen(string circleId)
    visible: card.circlesModel.circles.length > 0
    //: Card heading: the user's social circles (groups of people they belong to).
    heading: qsTr("Circles")
    Repeater {
        model: card.circlesModel.circles
        delegate: RowLayout {
            id: circleRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Rectangle {
                width: 12
                height: 12
                radius: 6
                color: Theme.seriesColor(circleRow.modelData.colorIndex, circleRow.modelData.color)
            }
            QuietButton {
                text: circleRow.modelData.name
                flat: true
                //: %1 is a circle's name.
                Accessible.name: qsTr("Show %1").arg(circleRow.modelData.name)
                onClicked: card.circleChosen(circleRow.modelData.id)
            }
            Label {
                textFormat: Text.PlainText
                text: circleRow.modelData.archived
                      //: A circle set aside (resting, archived); %1 is its kind (e.g. "Friends").
                      ? qsTr("%1 · resting").arg(circleRow.modelData.kindLabel)
                      //: %1 is the circle's kind (e.g. "Friends"), %n how many people are in it.
                      : qsTr("%1 · %n people", "", circleRow.modelData.members).arg(circleRow.modelData.kindLabel)
                color: Theme.muted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            QuietButton {
                //: Button (verb): edit this circle.
                text: qsTr("Edit")
                //: %1 is a circle's name.
                Accessible.name: qsTr("Edit %1").arg(circleRow.modelData.name)
                onClicked: card.circleDialog.openFor(circleRow.modelData.id)
            }
            QuietButton {
                text: circleRow.modelData.archived
                      //: Button (verb): bring a resting (archived) circle back into the diagram.
                      ? qsTr("Bring back")
                      //: Button (verb): let the circle rest, that is archive it and take it out of the diagram.
                      : qsTr("Rest")
                Accessible.name: circleRow.modelData.archived
                                 //: %1 is a circle's name.
                                 ? qsTr("Bring %1 back into the diagram").arg(circleRow.modelData.name)
                                 //: %1 is a circle's name.
                                 : qsTr("Let %1 rest outside the diagram").arg(circleRow.modelData.name)
                onClicked: card.circlesModel.setCircleArchived(circleRow.modelData.id, !circleRow.modelData.archived)
            }
            QuietButton {
                //: Button (verb): remove this circle; asks first.
                text: qsTr("Remove…")
                //: %1 is a circle's name.
                Accessible.name: qsTr("Remove %1").arg(circleRow.modelData.name)
                // Says what goes with it and what stays (docs/data-rules.md, "Deleted parents").
                //: %1 is a circle's name.
                onClicked: card.removeDialog.ask(qsTr("Remove %1 and everyone's place in it? The people stay, with the contacts you noted with them; contacts noted with the whole circle go with it.").arg(circleRow.modelData.name), "circle", circleRow.modelData.id)
            }
        }
    }
}
