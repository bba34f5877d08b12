// SPDX-License-Identifier: GPL-3.0-or-later
// A secondary action: text in the accent on a soft ground, so a page has one loud button at most. Enter and Return
// press it when it has the focus, as Space does.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Button {
    id: button
    Accessible.name: button.text
    padding: 8
    leftPadding: 14
    rightPadding: 14
    flat: true

    Keys.onReturnPressed: button.pressByKey()
    Keys.onEnterPressed: button.pressByKey()

    /// What Space does: a checkable button toggles, then the button is clicked.
    function pressByKey() {
        if (button.checkable)
            button.toggle();
        button.clicked();
    }

    contentItem: Text {
        textFormat: Text.PlainText
        text: button.text
        font: button.font
        color: button.enabled ? Theme.accent : Theme.faint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 34
        implicitWidth: 64
        radius: Theme.smallRadius + 2
        color: button.down ? Theme.accentSoft : button.hovered || button.visualFocus || button.checked ? Theme.accentSoft : "transparent"
        border.width: 1
        border.color: Theme.border
        FocusRing {
            shown: button.visualFocus
        }
    }
}
