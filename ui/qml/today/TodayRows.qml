// SPDX-License-Identifier: GPL-3.0-or-later
// One of Today's lists (drafts, follow-ups, next steps, memories): a Column positioner around a Repeater rather than
// cells of the card's layout, because the list is rebuilt when the journal changes and Qt 6.4's layouts would read
// the destroyed rows (docs/ui-architecture.md, "A Repeater inside a Quick Layout"). Delegates take the Column's width.
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

Column {
    id: rows
    property alias model: repeater.model
    property alias delegate: repeater.delegate
    /// The Repeater's: a row was made, for the page to wire (delegates cannot reach the page by id).
    signal itemAdded(int index, Item item)
    Layout.fillWidth: true
    spacing: Theme.padding

    Repeater {
        id: repeater
        onItemAdded: (index, item) => rows.itemAdded(index, item)
    }
}
