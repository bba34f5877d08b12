// SPDX-License-Identifier: GPL-3.0-or-later
// What every page is: a titled, scrolling column of cards on the page background, centred at a comfortable width.
// The window sets `session` and calls activate(args) each time the page is shown.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

FocusScope {
    id: page

    required property JournalSession session
    property string title
    property string subtitle
    /// Controls shown at the right of the title.
    default property alias content: column.data
    property alias headerActions: actions.data
    /// False for pages that manage their own scrolling (the reflection flow, the diagram).
    property bool scrolls: true
    property alias flickable: flick
    readonly property real contentWidth: column.width
    /// Where the keyboard goes when the page is shown and nothing in it has asked for it: the next thing to do, such as
    /// an empty page's invitation. Null leaves the keyboard at the top of the page (Tab goes to its first control).
    property Item arrivalFocus: null
    /// Where the keyboard rests on a page shown when nothing in it asked for the keyboard (see Main.focusPage).
    readonly property alias keyboardStart: keyboardStart

    /// Asks the window to show another page (see docs/ui-architecture.md for the names and arguments).
    signal openRequested(string page, var args)

    /// Called by the window each time the page is shown; `args` may be empty.
    function activate(args: var) {
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // The keyboard's resting place at the top of the page: Tab goes on to the page's first control and Shift+Tab back
    // to the sidebar. It moves the keyboard itself: Qt moves it only from an item that is a Tab stop, and this one is
    // not, so Tab would go to the window's first control. A screen reader hears the page's name.
    Item {
        id: keyboardStart
        focus: true
        Accessible.role: Accessible.Pane
        Accessible.name: page.title
        Keys.onTabPressed: keyboardStart.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: keyboardStart.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: page.scrolls ? inner.implicitHeight + 2 * Theme.pagePadding : height
        interactive: page.scrolls
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {
            //: Accessible name of the scroll bar at the side of a page.
            Accessible.name: qsTr("Scroll the page")
            policy: page.scrolls && flick.contentHeight > flick.height ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
        }

        ColumnLayout {
            id: inner
            x: Math.max(Theme.pagePadding, (flick.width - width) / 2)
            y: Theme.pagePadding
            width: Math.min(Theme.contentWidth, flick.width - 2 * Theme.pagePadding)
            height: page.scrolls ? implicitHeight : flick.height - 2 * Theme.pagePadding
            spacing: Theme.padding + 4

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.padding
                visible: page.title.length > 0
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: page.title
                        font.pointSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        visible: text.length > 0
                        text: page.subtitle
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    id: actions
                    spacing: Theme.gap
                    Layout.alignment: Qt.AlignTop
                }
            }

            ColumnLayout {
                id: column
                Layout.fillWidth: true
                Layout.fillHeight: !page.scrolls
                spacing: Theme.padding + 4
            }
        }
    }
}
