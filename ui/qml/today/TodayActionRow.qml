// SPDX-License-Identifier: GPL-3.0-or-later
// A line of Today that leads somewhere: what it is, when, and one quiet button (continue a reflection, tell how a
// planned challenge went).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

RowLayout {
    id: row

    required property string recordId
    required property string title
    required property string detail
    required property string actionText
    required property string actionName
    property string actionObjectName

    signal activated

    Layout.fillWidth: true
    spacing: Theme.padding

    // A Column, not a ColumnLayout: see Card.qml (wrapped text must make the row taller).
    Column {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        spacing: 2
        Label {
            textFormat: Text.PlainText
            text: row.title
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            textFormat: Text.PlainText
            visible: row.detail.length > 0
            text: row.detail
            color: Theme.muted
            font.pointSize: Theme.smallSize
            width: parent.width
        }
    }
    QuietButton {
        objectName: row.actionObjectName
        text: row.actionText
        Accessible.name: row.actionName
        Layout.alignment: Qt.AlignVCenter
        onClicked: row.activated()
    }
}
