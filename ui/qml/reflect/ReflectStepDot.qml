// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the step indicator: a dot on the line, and the step's name below; the indicator tells it where the
// flow is.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

AbstractButton {
    id: dot

    required property var modelData
    required property int index
    /// Set by the indicator.
    property int current: 0
    property int count: 1
    readonly property bool isCurrent: dot.index === dot.current
    /// The step after this one, for the line between them (set by the indicator).
    property Item nextDot: null
    /// The widest word of the step's name in the current step's bolder type: the dot is never narrower, so that its
    /// name wraps between words and never inside one ("Innehalte-n"), whichever step is current.
    readonly property real widestWord: {
        let widest = 0;
        for (const word of String(dot.modelData.title).split(/[ \t\n]+/))
            widest = Math.max(widest, boldMetrics.advanceWidth(word));
        return Math.ceil(widest);
    }
    /// The least width of the dot: its widest word and its padding (the indicator may give it more).
    readonly property real leastWidth: dot.widestWord + dot.leftPadding + dot.rightPadding

    objectName: "step:" + dot.modelData.key
    focusPolicy: Qt.TabFocus
    padding: 3
    Accessible.role: Accessible.PageTab
    //: Accessible name of a step of the reflection: %1 is its number, %2 how many steps there are, %3 its name.
    Accessible.name: qsTr("Step %1 of %2: %3").arg(dot.index + 1).arg(dot.count).arg(dot.modelData.title)
    Accessible.selected: dot.isCurrent
    // Enter and Return go to the step as Space does.
    Keys.onReturnPressed: dot.clicked()
    Keys.onEnterPressed: dot.clicked()

    // The keyboard's place: a 2 px ring in the accent around the dot and its name, clear on either theme.
    background: Rectangle {
        objectName: "focusRing"
        visible: dot.visualFocus
        radius: Theme.smallRadius + 2
        color: "transparent"
        border.width: 2
        border.color: Theme.accent
    }

    // A Column, not a ColumnLayout: see Card.qml (a name that wraps must make the dot, and the indicator, taller).
    contentItem: Column {
        spacing: 4
        Item {
            width: parent.width
            height: 14
            Rectangle {
                // The line to the next dot's centre (the dots may differ in width).
                visible: dot.nextDot !== null
                x: parent.width / 2
                width: dot.nextDot ? dot.nextDot.x + dot.nextDot.width / 2 - dot.x - dot.width / 2 : 0
                anchors.verticalCenter: parent.verticalCenter
                height: 2
                color: dot.index < dot.current ? Theme.accent : Theme.border
            }
            Rectangle {
                anchors.centerIn: parent
                width: dot.isCurrent ? 14 : 10
                height: width
                radius: width / 2
                color: dot.index <= dot.current ? Theme.accent : Theme.surface
                border.width: dot.isCurrent || dot.visualFocus ? 3 : 1
                border.color: dot.visualFocus ? Theme.text : dot.isCurrent ? Theme.accentSoft : Theme.faint
            }
        }
        Label {
            textFormat: Text.PlainText
            text: dot.modelData.title
            color: dot.isCurrent ? Theme.text : dot.hovered ? Theme.accent : Theme.muted
            font.pointSize: Theme.smallSize
            font.weight: dot.isCurrent ? Font.DemiBold : Font.Normal
            horizontalAlignment: Text.AlignHCenter
            // Wraps between words rather than cutting a step's name short in a narrow window ("The thoug…").
            wrapMode: Text.WordWrap
            width: parent.width
        }
    }

    FontMetrics {
        id: boldMetrics
        font.family: dot.font.family
        font.pointSize: Theme.smallSize
        font.weight: Font.DemiBold
    }
}
