// SPDX-License-Identifier: GPL-3.0-or-later
// Horizontal bars, one per thinking pattern, most often first: the mentions of the last days in the accent, the
// earlier ones in a soft tone beside them, and the count at the end.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: chart

    /// DistortionInsights.series
    property var series: []
    property real maximum: 1
    readonly property color recentColor: Theme.accent
    readonly property color earlierColor: Theme.faint

    spacing: 6
    Layout.fillWidth: true

    Repeater {
        model: chart.series
        delegate: RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Accessible.role: Accessible.StaticText
            //: A thinking pattern's bar: %1 is the pattern (e.g. "Mind reading"), %n how often it was named in all,
            //: %2 how often in the most recent days.
            Accessible.name: qsTr("%1: %n time(s), %2 recently", "", row.modelData.total).arg(row.modelData.label).arg(row.modelData.recent)

            Label {
                textFormat: Text.PlainText
                text: row.modelData.label
                color: Theme.text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 190
            }
            Item {
                id: track
                Layout.fillWidth: true
                implicitHeight: 18
                readonly property real unit: track.width / Math.max(1, chart.maximum)
                Rectangle {
                    id: recentBar
                    x: 0
                    width: row.modelData.recent * track.unit
                    height: parent.height
                    radius: 4
                    color: chart.recentColor
                }
                Rectangle {
                    x: recentBar.width + (recentBar.width > 0 ? 2 : 0)
                    width: row.modelData.earlier * track.unit
                    height: parent.height
                    radius: 4
                    color: chart.earlierColor
                }
            }
            Label {
                textFormat: Text.PlainText
                text: row.modelData.total
                color: Theme.muted
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 32
            }
        }
    }
}
