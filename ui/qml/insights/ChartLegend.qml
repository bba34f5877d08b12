// SPDX-License-Identifier: GPL-3.0-or-later
// A legend: a small swatch and a name for each series of a chart.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Flow {
    id: legend

    /// [{label: string, color: color}]
    property var entries: []

    spacing: Theme.padding
    Layout.fillWidth: true
    Accessible.role: Accessible.List
    //: Accessible name of a chart's legend (the key to its colours).
    Accessible.name: qsTr("Legend")

    Repeater {
        model: legend.entries
        delegate: Row {
            id: entry
            required property var modelData
            spacing: 6
            Accessible.role: Accessible.ListItem
            Accessible.name: entry.modelData.label
            Rectangle {
                width: 12
                height: 12
                radius: 3
                color: entry.modelData.color
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                textFormat: Text.PlainText
                text: entry.modelData.label
                color: Theme.muted
                font.pointSize: Theme.smallSize
            }
        }
    }
}
