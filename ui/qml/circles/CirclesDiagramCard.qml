// SPDX-License-Identifier: GPL-3.0-or-later
// The belonging diagram (you in the centre, each circle a sector, its people as dots in their ring) with what is
// selected beside it, or the legend when nothing is.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    required property real contentWidth
    required property string selectedPersonId
    required property string selectedCircleId
    required property var selectedPerson
    required property var selectedCircle
    required property CircleDialog circleDialog
    required property PersonDialog personDialog
    required property ContactDialog contactDialog
    required property CirclesRemoveDialog removeDialog
    readonly property alias diagram: diagram
    signal personChosen(string personId, string circleId)
    signal circleChosen(string circleId)

    visible: card.circlesModel.circles.length > 0
    heading: qsTr("Your belonging")
    caption: qsTr("Click a dot or a circle to see it beside the diagram; drag a dot to another ring to move them closer or further.")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding + 8

        Item {
            Layout.preferredWidth: Math.min(500, card.contentWidth * 0.55)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop

            BelongingDiagram {
                id: diagram
                objectName: "belongingDiagram"
                anchors.fill: parent
                model: card.circlesModel
                seriesColors: Theme.series
                textColor: Theme.text
                mutedColor: Theme.muted
                lineColor: Theme.border
                surfaceColor: Theme.surface
                accentColor: Theme.accent
                centreColor: Theme.accentSoft
                //: The user, drawn in the centre of the belonging diagram.
                centreText: qsTr("You")
                selectedPersonId: card.selectedPersonId
                selectedCircleId: card.selectedCircleId
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Belonging diagram")
                Accessible.description: card.circlesModel.summary
                onDotClicked: (personId, circleId) => card.personChosen(personId, circleId)
                onSectorClicked: circleId => card.circleChosen(circleId)
                onCentreClicked: card.circleChosen("")
                onRingChangeRequested: (personId, circleId, ring) => {
                    if (card.circlesModel.setMembership(personId, circleId, ring))
                        card.personChosen(personId, circleId);
                }
            }

            CirclesDotTip {
                diagram: diagram
            }
        }

        // What is selected, or the legend.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.gap

            CirclesPersonPanel {
                visible: card.selectedPersonId.length > 0
                circlesModel: card.circlesModel
                selectedPersonId: card.selectedPersonId
                selectedCircleId: card.selectedCircleId
                person: card.selectedPerson
                personDialog: card.personDialog
                contactDialog: card.contactDialog
                removeDialog: card.removeDialog
            }
            CirclesCirclePanel {
                visible: card.selectedPersonId.length === 0 && card.selectedCircleId.length > 0
                circlesModel: card.circlesModel
                selectedCircleId: card.selectedCircleId
                circle: card.selectedCircle
                circleDialog: card.circleDialog
                personDialog: card.personDialog
                contactDialog: card.contactDialog
                onPersonChosen: (personId, circleId) => card.personChosen(personId, circleId)
            }
            CirclesLegend {
                Layout.fillWidth: true
                circlesModel: card.circlesModel
                selectedPersonId: card.selectedPersonId
                selectedCircleId: card.selectedCircleId
                onCircleChosen: circleId => card.circleChosen(circleId)
            }
        }
    }
}
