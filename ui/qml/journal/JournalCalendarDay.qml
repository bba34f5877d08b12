// SPDX-License-Identifier: GPL-3.0-or-later
// One day of the journal's calendar: its number, and a soft mark when it has entries.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

AbstractButton {
    id: cell

    required property string date
    required property int day
    required property bool inMonth
    required property int entries
    required property bool isToday
    required property string accessibleText
    property bool selected: false
    signal chosen(string date)

    objectName: "day-" + cell.date
    Layout.fillWidth: true
    Layout.preferredWidth: 1
    implicitHeight: 40
    focusPolicy: Qt.StrongFocus
    Accessible.name: cell.accessibleText
    Accessible.role: Accessible.Button
    onClicked: cell.chosen(cell.selected ? "" : cell.date)
    Keys.onReturnPressed: cell.chosen(cell.selected ? "" : cell.date)
    Keys.onEnterPressed: cell.chosen(cell.selected ? "" : cell.date)

    background: Rectangle {
        radius: Theme.smallRadius
        color: cell.selected ? Theme.accentSoft : cell.hovered ? Theme.surfaceAlt : "transparent"
        border.width: cell.visualFocus ? Theme.focusRingWidth : cell.isToday ? 1 : 0
        border.color: cell.visualFocus ? Theme.focusRing : Theme.border
    }
    contentItem: Item {
        Label {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            y: 5
            text: cell.day
            color: cell.inMonth ? Theme.text : Theme.faint
            font.weight: cell.isToday ? Font.DemiBold : Font.Normal
        }
        Rectangle {
            objectName: "entryDot"
            visible: cell.entries > 0
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 5
            width: cell.entries > 1 ? 14 : 6
            height: 6
            radius: 3
            color: cell.inMonth ? Theme.accent : Theme.faint
        }
    }
}
