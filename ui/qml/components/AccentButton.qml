// SPDX-License-Identifier: GPL-3.0-or-later
// The one prominent action of a place ("Something happened", "Save", "Next"): the accent, filled. Enter and Return
// press it when it has the focus, as Space does.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Button {
    id: button
    Accessible.name: button.text
    padding: 10
    leftPadding: 18
    rightPadding: 18
    font.weight: Font.DemiBold

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
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Item {
        implicitHeight: 36
        implicitWidth: 96
        Rectangle {
            anchors.fill: parent
            radius: Theme.smallRadius + 2
            color: Theme.accent
            opacity: !button.enabled ? 0.45 : button.down ? 0.8 : button.hovered ? 0.92 : 1
        }
        FocusRing {
            shown: button.visualFocus
        }
    }
}
