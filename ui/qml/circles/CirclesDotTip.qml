// SPDX-License-Identifier: GPL-3.0-or-later
// The details of the dot under the pointer, beside it on the belonging diagram.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: tip
    required property BelongingDiagram diagram
    readonly property var dot: tip.diagram.hoveredDot
    visible: tip.dot.personId !== undefined && !tip.diagram.dragging
    x: Math.min(tip.diagram.width - tip.width, Math.max(0, tip.diagram.hoveredPoint.x + 14))
    y: Math.min(tip.diagram.height - tip.height, Math.max(0, tip.diagram.hoveredPoint.y + 14))
    width: tipColumn.implicitWidth + 2 * Theme.gap + 4
    height: tipColumn.implicitHeight + 2 * Theme.gap
    radius: Theme.smallRadius
    color: Theme.surface
    border.color: Theme.border
    ColumnLayout {
        id: tipColumn
        anchors.centerIn: parent
        spacing: 2
        Label {
            textFormat: Text.PlainText
            text: tip.dot.personName || ""
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            //: %1 is a circle's name (e.g. "Choir"), %2 how close the person is in it ("inner", "middle" or "outer").
            text: qsTr("%1, %2 ring").arg(tip.dot.circleName || "").arg(tip.dot.ringLabel || "")
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
        Label {
            textFormat: Text.PlainText
            visible: (tip.dot.supportsText || "").length > 0
            //: %1 is what the person brings to the user, e.g. "practical help, fun".
            text: qsTr("Brings: %1").arg(tip.dot.supportsText || "")
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }
}
