// SPDX-License-Identifier: GPL-3.0-or-later
// A calm bar above the page when something could not be done: what happened and what to do, until dismissed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: bar

    property string message
    signal dismissed

    visible: bar.message.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.gap + 4 : 0
    color: Theme.attentionSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bar.message

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding
        Label {
            textFormat: Text.PlainText
            text: bar.message
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QuietButton {
            objectName: "dismissButton"
            //: Button (verb): hides the message about what went wrong.
            text: qsTr("Dismiss")
            onClicked: bar.dismissed()
        }
    }
}
