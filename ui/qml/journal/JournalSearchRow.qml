// SPDX-License-Identifier: GPL-3.0-or-later
// One search result: what kind of record it is and the words around the match, the match in the accent.
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

    readonly property JournalList list: row.ListView.view as JournalList

    width: row.list ? row.list.width : implicitWidth
    padding: Theme.gap + 4
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    //: Accessible name of a search result: %1 is the kind of record (e.g. "Win"), %2 the words around the match.
    Accessible.name: qsTr("%1: %2").arg(row.typeLabel).arg(row.snippet.replace(/<[^>]*>/g, ""))
    onClicked: row.list.rowActivated(row.index)
    Keys.onReturnPressed: row.list.rowActivated(row.index)
    Keys.onEnterPressed: row.list.rowActivated(row.index)

    background: Rectangle {
        radius: Theme.smallRadius + 2
        color: row.hovered || row.visualFocus ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? 2 : 0
        border.color: Theme.accent
    }

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            text: row.typeLabel
            color: Theme.muted
            font.pointSize: Theme.smallSize
            font.weight: Font.DemiBold
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
