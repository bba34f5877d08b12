// SPDX-License-Identifier: GPL-3.0-or-later
// One search result: what kind of record it is, its title and day, and the words around the match, the match in the
// accent.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ItemDelegate {
    id: row

    required property int index
    required property string recordType
    required property string recordId
    required property string typeLabel
    required property string snippet
    required property string incidentId
    required property string title
    required property string dateText

    readonly property JournalList list: row.ListView.view as JournalList

    width: row.list ? row.list.width : implicitWidth
    padding: Theme.gap + 4
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    //: Accessible name of a search result: %1 is the kind of record (e.g. "Win"), %2 its title (or name), %3 its date
    //: (or nothing), %4 the words around the match.
    Accessible.name: qsTr("%1, %2, %3: %4").arg(row.typeLabel).arg(row.title).arg(row.dateText).arg(row.snippet.replace(/<[^>]*>/g, ""))
    onClicked: row.list.rowActivated(row.index)
    Keys.onReturnPressed: row.list.rowActivated(row.index)
    Keys.onEnterPressed: row.list.rowActivated(row.index)

    background: Rectangle {
        radius: Theme.smallRadius + 2
        color: row.hovered || row.visualFocus ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                objectName: "kind"
                textFormat: Text.PlainText
                text: row.typeLabel
                color: row.recordType === "win" ? Theme.warm : row.recordType === "incident" || row.recordType === "reframe" ? Theme.accent : Theme.muted
                font.pointSize: Theme.smallSize
                font.weight: Font.DemiBold
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "date"
                textFormat: Text.PlainText
                visible: row.dateText.length > 0
                text: row.dateText
                color: Theme.muted
                font.pointSize: Theme.smallSize
            }
        }
        Label {
            objectName: "title"
            visible: row.title.length > 0
            text: row.title
            textFormat: Text.PlainText
            color: Theme.text
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "snippet"
            text: row.snippet
            textFormat: Text.StyledText
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
