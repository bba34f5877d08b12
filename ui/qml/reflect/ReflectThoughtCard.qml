// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic thought, kept in sight while it is tested and reframed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: card

    property string thought

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.warmSoft
    border.color: Theme.border
    Layout.fillWidth: true
    Accessible.role: Accessible.StaticText
    //: %1 is the automatic thought the user wrote down.
    Accessible.name: qsTr("The thought you are looking at: %1").arg(card.thought)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: 4

        SectionLabel {
            text: qsTr("The thought you are looking at")
        }
        Label {
            objectName: "pinnedThought"
            //: “The thought” is the name of an earlier step of the reflection: use the same translation as that step's name.
            text: card.thought.trim().length > 0 ? card.thought.trim() : qsTr("Not written down yet — you can go back to “The thought” at any time.")
            color: card.thought.trim().length > 0 ? Theme.text : Theme.muted
            font.italic: card.thought.trim().length > 0
            font.pointSize: Theme.bodySize + 1
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
    }
}
