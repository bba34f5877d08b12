// SPDX-License-Identifier: GPL-3.0-or-later
// The legend of the belonging diagram: every circle with its colour and share of the ties; choosing one selects it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: legend
    required property CirclesModel circlesModel
    required property string selectedPersonId
    required property string selectedCircleId
    signal circleChosen(string circleId)
    spacing: Theme.gap

    SectionLabel {
        objectName: "legendHeading"
        // Wraps in a narrow column instead of running past the card.
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        text: legend.selectedPersonId.length > 0 || legend.selectedCircleId.length > 0 ? qsTr("All circles") : qsTr("Circles and their share of your ties")
        Layout.topMargin: legend.selectedPersonId.length > 0 || legend.selectedCircleId.length > 0 ? Theme.padding : 0
    }
    Repeater {
        model: legend.circlesModel.sectors
        delegate: Button {
            id: legendRow
            // Enter presses it too, as Space does.
            Keys.onReturnPressed: legendRow.clicked()
            Keys.onEnterPressed: legendRow.clicked()
            required property var modelData
            objectName: "legend_" + legendRow.modelData.circleId
            flat: true
            Layout.fillWidth: true
            //: %1 is a circle's name, %2 its share of all the user's ties, e.g. "25%".
            Accessible.name: qsTr("%1, %2 of your ties").arg(legendRow.modelData.name).arg(legendRow.modelData.shareText)
            onClicked: legend.circleChosen(legendRow.modelData.circleId)
            background: Rectangle {
                radius: Theme.smallRadius
                color: legendRow.modelData.circleId === legend.selectedCircleId || legendRow.hovered || legendRow.visualFocus ? Theme.accentSoft : "transparent"
            }
            contentItem: RowLayout {
                spacing: Theme.gap
                Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: Theme.seriesColor(legendRow.modelData.colorIndex, legendRow.modelData.color)
                }
                Label {
                    textFormat: Text.PlainText
                    text: legendRow.modelData.name
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: legendRow.modelData.shareText
                    color: Theme.muted
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        visible: legend.circlesModel.dotsShrunk
        text: qsTr("Many people: the dots are drawn smaller so that all of them fit.")
        color: Theme.muted
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
