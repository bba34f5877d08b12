// SPDX-License-Identifier: GPL-3.0-or-later
// What a page or a list shows while it has nothing yet: what will be here, and an invitation to start.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: empty

    property string title
    property string text
    property string actionText
    /// The invitation's button, for a page to hand the keyboard to on arrival (PageBase.arrivalFocus).
    readonly property alias action: actionButton
    signal actionTriggered

    Layout.fillWidth: true
    spacing: Theme.gap
    Accessible.role: Accessible.StaticText
    Accessible.name: empty.title

    Label {
        text: empty.title
        font.pointSize: Theme.headingSize - 2
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Layout.topMargin: Theme.padding
    }
    Label {
        visible: empty.text.length > 0
        text: empty.text
        color: Theme.muted
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Layout.maximumWidth: 520
        Layout.alignment: Qt.AlignHCenter
    }
    AccentButton {
        id: actionButton
        visible: empty.actionText.length > 0
        text: empty.actionText
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.gap
        Layout.bottomMargin: Theme.padding
        onClicked: empty.actionTriggered()
    }
}
