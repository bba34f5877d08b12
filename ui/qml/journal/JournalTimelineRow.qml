// SPDX-License-Identifier: GPL-3.0-or-later
// One entry of the journal's timeline: its kind and day, its title and the first line of its text.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ItemDelegate {
    id: row

    required property int index
    required property string entryType
    required property string entryId
    required property string title
    required property string excerpt
    required property string kindLabel
    required property string dateText
    readonly property JournalList list: row.ListView.view as JournalList
    readonly property bool selected: row.list !== null && row.list.selectedId === row.entryId

    width: row.list ? row.list.width : implicitWidth
    padding: Theme.gap + 4
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    highlighted: row.selected
    //: Accessible name of a journal entry: %1 is its kind (e.g. "Reflection"), %2 its date, %3 its title or first words.
    Accessible.name: qsTr("%1, %2, %3").arg(row.kindLabel).arg(row.dateText).arg(row.title.length > 0 ? row.title : row.excerpt)
    onClicked: row.list.rowActivated(row.index)
    Keys.onReturnPressed: row.list.rowActivated(row.index)
    Keys.onEnterPressed: row.list.rowActivated(row.index)

    background: Rectangle {
        radius: Theme.smallRadius + 2
        color: row.selected ? Theme.accentSoft : row.hovered || row.visualFocus ? Theme.surfaceAlt : "transparent"
        border.width: row.visualFocus ? Theme.focusRingWidth : 0
        border.color: Theme.focusRing
    }

    contentItem: RowLayout {
        spacing: Theme.gap + 4

        Rectangle {
            // A quiet mark of the kind of entry: accent for reflections, warm for wins, faint for notes.
            Layout.preferredWidth: 4
            Layout.fillHeight: true
            radius: 2
            color: row.entryType === "incident" ? Theme.accent : row.entryType === "win" ? Theme.warm : Theme.faint
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    text: row.kindLabel
                    color: row.entryType === "win" ? Theme.warm : row.entryType === "incident" ? Theme.accent : Theme.muted
                    font.pointSize: Theme.smallSize
                    font.weight: Font.DemiBold
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: row.dateText
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                }
            }
            Label {
                visible: row.title.length > 0
                text: row.title
                textFormat: Text.PlainText
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.excerpt.length > 0
                text: row.excerpt
                color: row.title.length > 0 ? Theme.muted : Theme.text
                elide: Text.ElideRight
                maximumLineCount: row.title.length > 0 ? 1 : 2
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
        }
    }
}
