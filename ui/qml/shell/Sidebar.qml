// SPDX-License-Identifier: GPL-3.0-or-later
// The list of pages at the left of the window; each entry names its shortcut. For the keyboard it is one stop, as a
// list is: Tab comes to the page shown and goes on into the page; Up and Down go to the other pages, Return opens one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: sidebar

    required property var pages
    property int currentIndex: 0
    signal pageChosen(string name)

    implicitWidth: 212
    color: Theme.sidebar

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    function entry(index: int): Item {
        const wanted = (index + sidebar.pages.length) % sidebar.pages.length;
        for (let i = 0; i < entries.children.length; ++i) {
            const entry = entries.children[i];
            if (entry.index === wanted && entry.page !== undefined)
                return entry;
        }
        return null;
    }
    /// Puts the keyboard on the entry of page `index` (wrapping around), shown with its ring.
    function focusEntry(index: int) {
        sidebar.entry(index).forceActiveFocus(Qt.TabFocusReason);
    }

    ColumnLayout {
        id: entries
        anchors.fill: parent
        anchors.margins: Theme.padding
        anchors.topMargin: Theme.pagePadding - 4
        spacing: 2

        RowLayout {
            spacing: Theme.gap
            Layout.leftMargin: Theme.gap
            Layout.bottomMargin: Theme.padding + 4
            MosaicMark {
                Layout.preferredWidth: 26
                Layout.preferredHeight: 26
            }
            Label {
                textFormat: Text.PlainText
                //: The application's name, above the pages.
                text: qsTr("Mosaic")
                font.pointSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }

        Repeater {
            // Every page but Settings, which sits apart at the bottom.
            model: sidebar.pages.length - 1
            delegate: Entry {
                page: sidebar.pages[index]
            }
        }
        Item {
            Layout.fillHeight: true
        }
        Entry {
            index: sidebar.pages.length - 1
            page: sidebar.pages[sidebar.pages.length - 1]
        }
    }

    component Entry: ItemDelegate {
        id: entry
        required property int index
        required property var page
        readonly property bool current: entry.index === sidebar.currentIndex
        Layout.fillWidth: true
        // One Tab stop: the page shown (and the entry the arrow keys are on), so that Tab comes to the page shown and
        // goes on into the page. An entry keeps its stop while it has the keyboard: Qt refuses to take it then.
        focusPolicy: entry.current || entry.activeFocus ? Qt.StrongFocus : Qt.ClickFocus
        Accessible.name: entry.page.title
        //: The keyboard shortcut of a page; %1 is the page's number (1 to 8).
        Accessible.description: qsTr("Ctrl+%1").arg(entry.index + 1)
        Accessible.role: Accessible.PageTab
        Accessible.selected: entry.current
        padding: 10
        onClicked: sidebar.pageChosen(entry.page.name)
        Keys.onReturnPressed: sidebar.pageChosen(entry.page.name)
        Keys.onEnterPressed: sidebar.pageChosen(entry.page.name)
        Keys.onDownPressed: sidebar.focusEntry(entry.index + 1)
        Keys.onUpPressed: sidebar.focusEntry(entry.index - 1)

        contentItem: RowLayout {
            spacing: Theme.gap + 4
            Label {
                textFormat: Text.PlainText
                text: entry.page.glyph
                // A picture of the page, not words: the entry is read by its name.
                Accessible.ignored: true
                color: entry.current ? Theme.accent : Theme.muted
                font.pointSize: Theme.bodySize + 2
                horizontalAlignment: Text.AlignHCenter
                Layout.preferredWidth: 20
            }
            Label {
                textFormat: Text.PlainText
                text: entry.page.title
                color: entry.current ? Theme.text : Theme.muted
                font.weight: entry.current ? Font.DemiBold : Font.Normal
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                //: The keyboard shortcut of a page; %1 is the page's number (1 to 8).
                text: qsTr("Ctrl+%1").arg(entry.index + 1)
                color: Theme.faint
                font.pointSize: Theme.smallSize - 1
                visible: entry.hovered || entry.visualFocus
            }
        }
        background: Rectangle {
            radius: Theme.smallRadius + 2
            color: entry.current ? Theme.accentSoft : entry.hovered ? Theme.surfaceAlt : "transparent"
            border.width: entry.visualFocus ? Theme.focusRingWidth : 0
            border.color: Theme.focusRing
        }
    }
}
