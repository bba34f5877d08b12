// SPDX-License-Identifier: GPL-3.0-or-later
// One figure of the balance: the number, large, over what it counts.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Column {
    id: figure
    property string value
    property string label
    spacing: 0
    Accessible.role: Accessible.StaticText
    //: Accessible name of a figure of the balance: %1 is the number, %2 what it counts (e.g. "effective circles").
    Accessible.name: qsTr("%1 %2").arg(figure.value).arg(figure.label)
    Label {
        textFormat: Text.PlainText
        text: figure.value
        font.pointSize: Theme.displaySize - 6
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        textFormat: Text.PlainText
        text: figure.label
        color: Theme.muted
        font.pointSize: Theme.smallSize
    }
}
