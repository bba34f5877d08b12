// SPDX-License-Identifier: GPL-3.0-or-later
// A choice that can be on or off (a feeling, a person, a kind of reframe): a rounded label, filled when chosen.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Button {
    id: chip
    /// What the chip stands for (a feeling's name, a person's id).
    property string key
    property string accessibleName
    checkable: true
    padding: 6
    leftPadding: 14
    rightPadding: 14
    Accessible.name: chip.accessibleName.length > 0 ? chip.accessibleName : chip.text
    Accessible.checkable: true
    Accessible.checked: chip.checked
    // Enter and Return choose as Space does, as on every button of the window.
    Keys.onReturnPressed: chip.activate()
    Keys.onEnterPressed: chip.activate()

    function activate() {
        if (chip.checkable)
            chip.toggle();
        chip.clicked();
    }

    contentItem: Text {
        textFormat: Text.PlainText
        text: chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 32
        implicitWidth: 48
        radius: height / 2
        color: chip.checked ? Theme.accent : chip.hovered || chip.down ? Theme.accentSoft : Theme.surfaceAlt
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.text : chip.checked ? Theme.accent : Theme.border
        // The keyboard's place: a ring in the accent just outside the chip, clear on either theme.
        Rectangle {
            visible: chip.visualFocus
            anchors.fill: parent
            anchors.margins: -3
            radius: height / 2
            color: "transparent"
            border.width: 2
            border.color: Theme.accent
        }
    }
}
