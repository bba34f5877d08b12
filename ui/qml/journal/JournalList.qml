// SPDX-License-Identifier: GPL-3.0-or-later
// The Journal page's lists (the timeline, the search results). Delegates cannot reach the page by id in Qt 6.4 (no
// bound components), so they reach their list instead: it knows the entry opened and tells when a row is chosen.
import QtQuick
import QtQuick.Controls

ListView {
    id: list

    /// The id of the entry opened, shown as chosen.
    property string selectedId
    signal rowActivated(int index)

    spacing: 2
    clip: true
    // Rows are made as they come into view, never ahead in the background: Qt 6.4 warns when the model is reset (a
    // filter chosen) while a row made ahead is still being made.
    cacheBuffer: 0
    keyNavigationEnabled: true
    activeFocusOnTab: false
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        //: Accessible name of the scroll bar beside the list of journal entries.
        Accessible.name: qsTr("Scroll the entries")
    }
}
