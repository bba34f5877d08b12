// SPDX-License-Identifier: GPL-3.0-or-later
// A habit's last 53 weeks, one column per week and one row per weekday (Monday on top), calm: done days in the
// habit's colour, skipped and paused days outlined, a missed day an empty quiet cell, days not due faint.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: heatmap

    required property HabitDetail detail
    property color tone: Theme.accent
    readonly property int labelWidth: 34
    readonly property real cell: Math.max(6, Math.min(16, Math.floor((heatmap.width - heatmap.labelWidth) / heatmap.detail.weeks) - 2))
    readonly property real step: heatmap.cell + 2
    property string hoveredLabel: ""

    spacing: 4
    Accessible.role: Accessible.Table
    //: Accessible name of a habit's year of check-ins; %1 is the habit's name.
    Accessible.name: qsTr("The last year of %1").arg(heatmap.detail.name)

    Item {
        Layout.fillWidth: true
        implicitHeight: 16
        Repeater {
            model: heatmap.detail.monthLabels
            delegate: Label {
                textFormat: Text.PlainText
                required property var modelData
                id: monthLabel
                x: heatmap.labelWidth + heatmap.step * monthLabel.modelData.week
                text: monthLabel.modelData.text
                color: Theme.muted
                font.pointSize: Theme.smallSize - 1
            }
        }
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: 7 * heatmap.step

        Repeater {
            // Monday, Wednesday and Friday name their rows (Monday on top); Qt.locale() numbers Sunday 0.
            model: [Qt.locale().dayName(1, Locale.ShortFormat), "", Qt.locale().dayName(3, Locale.ShortFormat), "",
                Qt.locale().dayName(5, Locale.ShortFormat), "", ""]
            delegate: Label {
                id: dayLabel
                textFormat: Text.PlainText
                required property int index
                required property string modelData
                y: heatmap.step * dayLabel.index + (heatmap.cell - dayLabel.height) / 2
                text: dayLabel.modelData
                color: Theme.faint
                font.pointSize: Theme.smallSize - 1
            }
        }

        Repeater {
            model: heatmap.detail.cells
            delegate: Rectangle {
                id: cellItem
                required property var modelData
                readonly property string state_: modelData.state
                x: heatmap.labelWidth + heatmap.step * cellItem.modelData.week
                y: heatmap.step * cellItem.modelData.weekday
                width: heatmap.cell
                height: heatmap.cell
                radius: 3
                color: {
                    switch (cellItem.state_) {
                    case "done": return heatmap.tone;
                    case "partial": return Qt.rgba(heatmap.tone.r, heatmap.tone.g, heatmap.tone.b, 0.4);
                    case "missed": return Theme.surfaceAlt;
                    case "open": return Theme.surfaceAlt;
                    case "paused": return Theme.background;
                    case "rest": return Qt.rgba(Theme.surfaceAlt.r, Theme.surfaceAlt.g, Theme.surfaceAlt.b, 0.45);
                    case "before": return Qt.rgba(Theme.surfaceAlt.r, Theme.surfaceAlt.g, Theme.surfaceAlt.b, 0.25);
                    }
                    return "transparent";
                }
                border.width: cellItem.state_ === "skipped" || cellItem.state_ === "paused" || cellItem.state_ === "open" ? 1.5 : 0
                border.color: cellItem.state_ === "skipped" ? Qt.rgba(heatmap.tone.r, heatmap.tone.g, heatmap.tone.b, 0.75) : Theme.faint
                Accessible.role: Accessible.Cell
                Accessible.name: cellItem.modelData.label

                // A small diagonal mark tells skipped from paused without colour.
                Rectangle {
                    visible: cellItem.state_ === "skipped"
                    anchors.centerIn: parent
                    width: cellItem.width * 0.9
                    height: 1.5
                    rotation: -45
                    color: Qt.rgba(heatmap.tone.r, heatmap.tone.g, heatmap.tone.b, 0.75)
                }
                HoverHandler {
                    id: cellHover
                    onHoveredChanged: {
                        if (cellHover.hovered)
                            heatmap.hoveredLabel = cellItem.modelData.label;
                    }
                }
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        Layout.leftMargin: heatmap.labelWidth
        text: heatmap.hoveredLabel
        color: Theme.muted
        font.pointSize: Theme.smallSize
        elide: Text.ElideRight
        Layout.preferredHeight: 18
    }

    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: heatmap.labelWidth
        spacing: Theme.padding
        Repeater {
            model: [
                //: Legend of the year's squares: a day the habit was done (past participle).
                { state: "done", text: qsTr("Done") },
                //: Legend of the year's squares: a day the habit was partly done.
                { state: "partial", text: qsTr("Partly done") },
                //: Legend of the year's squares: a day the habit was skipped on purpose (past participle).
                { state: "skipped", text: qsTr("Skipped") },
                //: Legend of the year's squares: a day the habit was paused (past participle).
                { state: "paused", text: qsTr("Paused") },
                //: Legend of the year's squares: a day the habit was due and not done (said gently, not a failure).
                { state: "missed", text: qsTr("A quiet day") },
                //: Legend of the year's squares: a day the habit was not due.
                { state: "rest", text: qsTr("Not due") }
            ]
            delegate: Row {
                id: legendItem
                required property var modelData
                spacing: 6
                visible: legendItem.modelData.state !== "partial" || heatmap.detail.isCount
                Rectangle {
                    width: 12
                    height: 12
                    radius: 3
                    anchors.verticalCenter: parent.verticalCenter
                    color: {
                        switch (legendItem.modelData.state) {
                        case "done": return heatmap.tone;
                        case "partial": return Qt.rgba(heatmap.tone.r, heatmap.tone.g, heatmap.tone.b, 0.4);
                        case "missed": return Theme.surfaceAlt;
                        case "paused": return Theme.background;
                        case "rest": return Qt.rgba(Theme.surfaceAlt.r, Theme.surfaceAlt.g, Theme.surfaceAlt.b, 0.45);
                        }
                        return "transparent";
                    }
                    border.width: legendItem.modelData.state === "skipped" || legendItem.modelData.state === "paused" ? 1.5 : 0
                    border.color: legendItem.modelData.state === "skipped" ? Qt.rgba(heatmap.tone.r, heatmap.tone.g, heatmap.tone.b, 0.75) : Theme.faint
                }
                Label {
                    textFormat: Text.PlainText
                    text: legendItem.modelData.text
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                }
            }
        }
    }
}
