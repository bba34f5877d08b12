// SPDX-License-Identifier: GPL-3.0-or-later
// A quiet surface that groups one thing on a page, with an optional heading and actions beside it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: card

    property string heading
    property string caption
    property color tint: Theme.surface
    property real padding: Theme.padding + 4
    default property alias content: body.data
    property alias headerActions: actions.data
    property alias spacing: body.spacing

    Layout.fillWidth: true
    implicitWidth: layout.implicitWidth + 2 * card.padding
    implicitHeight: layout.implicitHeight + 2 * card.padding
    color: card.tint
    radius: Theme.radius
    border.color: Theme.border
    border.width: 1
    Accessible.role: Accessible.Grouping
    Accessible.name: card.heading

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.gap + 4

        RowLayout {
            visible: card.heading.length > 0 || actions.children.length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            // A positioner, not a ColumnLayout: wrapped text grows taller only once its width is set, and Qt 6.4's
            // layouts drop a nested layout's new height when it changes while they arrange (rows then overlap). A
            // Column settles in its own polish pass, after which the layout around it takes the new height.
            // Its Labels are never 0 wide: a positioner leaves out an item 0 wide, and a card made while its page was
            // hidden then kept a 0-tall header, its rows over its heading (the example journal's Habits).
            Column {
                Layout.fillWidth: true
                Layout.preferredWidth: 0 // it takes the width it is given (its Labels follow its width)
                spacing: 2
                Label {
                    textFormat: Text.PlainText
                    visible: card.heading.length > 0
                    width: Math.max(1, parent.width)
                    text: card.heading
                    font.pointSize: Theme.headingSize - 2
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Label {
                    textFormat: Text.PlainText
                    visible: card.caption.length > 0
                    width: Math.max(1, parent.width)
                    text: card.caption
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
            RowLayout {
                id: actions
                spacing: Theme.gap
                // Only as wide as its buttons: the heading takes the rest (a nested layout fills by default).
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignTop
            }
        }

        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.gap
        }
    }
}
