// SPDX-License-Identifier: GPL-3.0-or-later
// The quiet frame behind a chart: horizontal guide lines at 0, half and the maximum, labelled at the left.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Item {
    id: grid

    /// The value at the top line.
    property real maximum: 1
    /// How a value is written on the axis: %1 is the number, written for the locale (e.g. "%1%" for percent).
    property string format: "%1"
    /// Room left for the labels; the plot starts there.
    readonly property int labelWidth: 40

    Repeater {
        model: 3
        delegate: Item {
            id: tick
            required property int index
            readonly property real value: grid.maximum * tick.index / 2
            x: 0
            width: grid.width
            y: grid.height - grid.height * tick.index / 2
            Rectangle {
                x: grid.labelWidth
                width: parent.width - grid.labelWidth
                height: 1
                color: Theme.border
            }
            Label {
                textFormat: Text.PlainText
                x: 0
                width: grid.labelWidth - 8
                y: -height / 2
                horizontalAlignment: Text.AlignRight
                text: grid.format.arg(Number(tick.value).toLocaleString(Qt.locale(), "f", Number.isInteger(tick.value) ? 0 : 1))
                color: Theme.muted
                font.pointSize: Theme.smallSize - 1
            }
        }
    }
}
