// SPDX-License-Identifier: GPL-3.0-or-later
// A thinking pattern or a situational factor to tick: its name, what it is, and how it sounds.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

CheckBox {
    id: box

    required property var modelData
    required property int index
    readonly property string key: box.modelData.key
    readonly property string title: box.modelData.name !== undefined ? box.modelData.name : box.modelData.label
    readonly property string explanation: box.modelData.explanation !== undefined ? box.modelData.explanation : box.modelData.hint
    readonly property string example: box.modelData.example !== undefined ? box.modelData.example : ""
    readonly property bool custom: box.modelData.custom === true

    objectName: box.key
    // The style places the box at the start only for a box with text (the text itself is drawn below).
    text: box.title
    Layout.fillWidth: true
    Layout.preferredWidth: 320
    Layout.alignment: Qt.AlignTop
    Accessible.name: box.title
    Accessible.description: box.explanation
    padding: Theme.padding - 4
    // Enter and Return tick it as Space does.
    Keys.onReturnPressed: box.activate()
    Keys.onEnterPressed: box.activate()

    function activate() {
        box.toggle();
        box.toggled();
        box.clicked();
    }

    background: Rectangle {
        radius: Theme.radius
        color: box.checked ? Theme.accentSoft : Theme.surface
        border.color: box.visualFocus ? Theme.accent : Theme.border
        border.width: box.visualFocus ? 2 : 1
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            textFormat: Text.PlainText
            //: A thinking pattern or factor the user added; %1 is its name.
            text: box.custom ? qsTr("%1  (your own)").arg(box.title) : box.title
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            leftPadding: box.indicator.width + box.spacing
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: box.explanation.length > 0
            text: box.explanation
            color: Theme.text
            wrapMode: Text.Wrap
            leftPadding: box.indicator.width + box.spacing
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: box.example.length > 0
            //: %1 is an example of how a thinking pattern sounds, in quotation marks (use your language's quotation marks).
            text: qsTr("“%1”").arg(box.example)
            color: Theme.muted
            font.italic: true
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
            leftPadding: box.indicator.width + box.spacing
            Layout.fillWidth: true
        }
    }
}
