// SPDX-License-Identifier: GPL-3.0-or-later
// Two bars side by side for each entry of a series (before and after), over a labelled 0–maximum axis, with the
// entry's label below.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: chart

    property var series: []
    property string beforeKey
    property string afterKey
    /// Entries whose `countKey` is 0 leave a gap instead of two bars.
    property string countKey
    //: Legend of a chart: the rating before reframing the thought.
    property string beforeLabel: qsTr("Before")
    //: Legend of a chart: the rating after reframing the thought.
    property string afterLabel: qsTr("After")
    property real maximum: 100
    property color beforeColor: Theme.warm
    property color afterColor: Theme.accent

    spacing: Theme.gap
    Layout.fillWidth: true

    Item {
        id: plotArea
        Layout.fillWidth: true
        implicitHeight: 170

        ChartGrid {
            id: grid
            anchors.fill: parent
            anchors.bottomMargin: 22
            maximum: chart.maximum
        }

        Row {
            id: groups
            x: grid.labelWidth + Theme.gap
            width: plotArea.width - x
            height: plotArea.height
            readonly property real slot: groups.width / Math.max(1, chart.series.length)

            Repeater {
                model: chart.series
                delegate: Item {
                    id: group
                    required property var modelData
                    readonly property bool rated: group.modelData[chart.countKey] > 0
                    readonly property real barWidth: Math.min(22, groups.slot / 3)
                    width: groups.slot
                    height: groups.height
                    Accessible.role: Accessible.StaticText
                    Accessible.name: group.rated
                                     //: A month on the chart: %1 is the month, %2 the average rating (0 to 100) before
                                     //: reframing, %3 after.
                                     ? qsTr("%1: %2 before, %3 after").arg(group.modelData.label)
                                       .arg(Math.round(group.modelData[chart.beforeKey]))
                                       .arg(Math.round(group.modelData[chart.afterKey]))
                                     //: A month on the chart with no ratings; %1 is the month.
                                     : qsTr("%1: nothing rated").arg(group.modelData.label)

                    Rectangle {
                        visible: group.rated
                        x: group.width / 2 - group.barWidth - 1
                        width: group.barWidth
                        height: grid.height * group.modelData[chart.beforeKey] / Math.max(1, chart.maximum)
                        y: grid.height - height
                        radius: 3
                        color: chart.beforeColor
                    }
                    Rectangle {
                        visible: group.rated
                        x: group.width / 2 + 1
                        width: group.barWidth
                        height: grid.height * group.modelData[chart.afterKey] / Math.max(1, chart.maximum)
                        y: grid.height - height
                        radius: 3
                        color: chart.afterColor
                    }
                    Label {
                        textFormat: Text.PlainText
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: grid.height + 4
                        text: group.modelData.label
                        color: Theme.muted
                        font.pointSize: Theme.smallSize - 1
                    }
                }
            }
        }
    }

    ChartLegend {
        entries: [
            { label: chart.beforeLabel, color: chart.beforeColor },
            { label: chart.afterLabel, color: chart.afterColor }
        ]
    }
}
