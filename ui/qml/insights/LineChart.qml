// SPDX-License-Identifier: GPL-3.0-or-later
// One series as a calm line with a dot at each point, over a labelled 0–maximum axis, the point labels below
// (thinned out when they would crowd).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Mosaic.Ui

ColumnLayout {
    id: chart

    property var series: []
    property string valueKey
    /// Multiplies each value before it is drawn (100 to show a 0–1 rate in percent).
    property real scale: 1
    property real maximum: 1
    /// How a value is written on the axis (see ChartGrid.format).
    property string format: "%1"
    property color lineColor: Theme.accent
    property string seriesLabel
    /// How a point is read out: function(entry): string.
    property var describe: null

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
            format: chart.format
        }

        Item {
            id: plot
            // Inset, so that the first and last point labels stay within the chart.
            x: grid.labelWidth + 3 * Theme.gap
            width: plotArea.width - x - 3 * Theme.gap
            height: grid.height
            readonly property int count: chart.series.length
            readonly property real step: plot.count > 1 ? plot.width / (plot.count - 1) : 0
            readonly property int labelEvery: Math.max(1, Math.ceil(plot.count * 64 / Math.max(1, plot.width)))

            function pointX(i: int): real {
                return plot.count > 1 ? i * plot.step : plot.width / 2;
            }
            function pointY(value: real): real {
                return plot.height - plot.height * Math.min(1, value * chart.scale / Math.max(0.0001, chart.maximum));
            }
            function points(): var {
                const result = [];
                for (let i = 0; i < plot.count; ++i)
                    result.push(Qt.point(plot.pointX(i), plot.pointY(chart.series[i][chart.valueKey])));
                return result;
            }

            Shape {
                anchors.fill: parent
                visible: plot.count > 1
                ShapePath {
                    strokeColor: chart.lineColor
                    strokeWidth: 2.5
                    fillColor: "transparent"
                    joinStyle: ShapePath.RoundJoin
                    capStyle: ShapePath.RoundCap
                    PathPolyline {
                        path: plot.points()
                    }
                }
            }

            Repeater {
                model: chart.series
                delegate: Item {
                    id: point
                    required property var modelData
                    required property int index
                    x: plot.pointX(point.index)
                    y: plot.pointY(point.modelData[chart.valueKey])
                    Accessible.role: Accessible.StaticText
                    Accessible.name: chart.describe ? chart.describe(point.modelData) : point.modelData.label

                    Rectangle {
                        width: 9
                        height: 9
                        radius: 4.5
                        x: -width / 2
                        y: -height / 2
                        color: Theme.surface
                        border.color: chart.lineColor
                        border.width: 2.5
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: (plot.count - 1 - point.index) % plot.labelEvery === 0
                        x: -width / 2
                        y: plot.height - point.y + 4
                        text: point.modelData.label
                        color: Theme.muted
                        font.pointSize: Theme.smallSize - 1
                    }
                }
            }
        }
    }

    ChartLegend {
        visible: chart.seriesLabel.length > 0
        entries: [{ label: chart.seriesLabel, color: chart.lineColor }]
    }
}
