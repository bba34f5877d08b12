// SPDX-License-Identifier: GPL-3.0-or-later
// One thing written on this day in an earlier year: how long ago, what it was, and a way to read it again.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

RowLayout {
    id: row

    required property string kind
    required property string recordId
    required property string title
    required property string text
    required property string yearsAgoText

    signal openRequested

    readonly property string heading: row.kind === "win"
                                      //: Heading of a memory from an earlier year: a win the user noted (a success, not a game).
                                      ? qsTr("A win")
                                      : row.kind === "note"
                                        //: Heading of a memory from an earlier year: a note on a ritual; %1 is the ritual's name.
                                        ? qsTr("Note on %1").arg(row.title)
                                        : row.title

    Layout.fillWidth: true
    spacing: Theme.padding

    Rectangle {
        implicitWidth: 4
        radius: 2
        color: row.kind === "win" ? Theme.warm : row.kind === "note" ? Theme.faint : Theme.accent
        Layout.fillHeight: true
    }

    // A Column, not a ColumnLayout: see Card.qml (wrapped text must make the row taller).
    Column {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        spacing: 2
        SectionLabel {
            text: row.yearsAgoText
            width: parent.width
        }
        Label {
            textFormat: Text.PlainText
            visible: row.heading.length > 0
            text: row.heading
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            width: parent.width
        }
        Label {
            textFormat: Text.PlainText
            visible: row.text.length > 0
            text: row.text
            color: Theme.muted
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            width: parent.width
        }
    }

    QuietButton {
        //: Button: opens something written in an earlier year again.
        text: qsTr("Read again")
        //: Accessible name of the button; %1 is the heading or the text of the memory.
        Accessible.name: qsTr("Read again: %1").arg(row.heading.length > 0 ? row.heading : row.text)
        Layout.alignment: Qt.AlignTop
        onClicked: row.openRequested()
    }
}
