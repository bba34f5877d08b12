// SPDX-License-Identifier: GPL-3.0-or-later
// The one prominent action of a place ("Something happened", "Save", "Next"): the accent, filled.
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

    contentItem: Text {
        text: button.text
        font: button.font
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 36
        implicitWidth: 96
        radius: Theme.smallRadius + 2
        color: Theme.accent
        opacity: !button.enabled ? 0.45 : button.down ? 0.8 : button.hovered ? 0.92 : 1
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
