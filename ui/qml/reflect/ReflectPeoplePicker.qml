// SPDX-License-Identifier: GPL-3.0-or-later
// People from the circles, to pick: each a chip; nobody yet explains where people come from.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: picker

    /// [{id, name}]
    property var people: []
    property var chosen: []
    //: Starts the accessible name of each person's chip ("Person: Alex").
    property string accessiblePrefix: qsTr("Person")

    signal personToggled(string personId, bool chosen)

    spacing: Theme.gap
    Layout.fillWidth: true

    Label {
        textFormat: Text.PlainText
        visible: picker.people.length === 0
        //: “Circles” is the name of a page: use the same translation as in the sidebar.
        text: qsTr("The people you add on the Circles page can be picked here.")
        color: Theme.faint
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ReflectChipGroup {
        visible: picker.people.length > 0
        choices: picker.people.map(person => ({ "key": person.id, "label": person.name }))
        chosen: picker.chosen
        accessiblePrefix: picker.accessiblePrefix
        objectPrefix: "person:"
        onChoiceToggled: (key, chosen) => picker.personToggled(key, chosen)
    }
}
