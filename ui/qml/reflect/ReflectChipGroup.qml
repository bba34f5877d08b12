// SPDX-License-Identifier: GPL-3.0-or-later
// A set of chips to choose from (feelings, people, angles of a reframe): several at once, or one when `exclusive`.
// The chips only show their own entry; the group sets which are chosen and passes the choices on.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: group

    property string title
    /// [{key, label}] (other fields are ignored).
    property var choices: []
    /// The keys chosen.
    property var chosen: []
    property bool exclusive: false
    /// "Feeling", "Person"…: the start of each chip's accessible name.
    property string accessiblePrefix
    /// Prefix of each chip's objectName, followed by its key.
    property string objectPrefix: "choice:"
    readonly property Item firstChip: chips.count > 0 ? chips.itemAt(0) : null

    signal choiceToggled(string key, bool chosen)

    function sync() {
        for (let i = 0; i < chips.count; ++i) {
            const chip = chips.itemAt(i) as ReflectChip;
            if (chip)
                chip.checked = group.chosen.indexOf(chip.key) >= 0;
        }
    }

    onChosenChanged: group.sync()
    spacing: 4
    Layout.fillWidth: true

    SectionLabel {
        visible: group.title.length > 0
        text: group.title
    }
    Flow {
        spacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            id: chips
            model: group.choices
            delegate: ReflectChip {
                id: chip
                required property var modelData
                key: chip.modelData.key
                text: chip.modelData.label
            }
            onItemAdded: (index, item) => {
                const chip = item as ReflectChip;
                chip.objectName = group.objectPrefix + chip.key;
                chip.checkable = !group.exclusive;
                //: Accessible name of a chip: %1 is what the chips are ("Feeling", "Person", "Angle"), %2 the chip's label.
                chip.accessibleName = group.accessiblePrefix.length > 0 ? qsTr("%1: %2").arg(group.accessiblePrefix).arg(chip.text) : chip.text;
                chip.checked = group.chosen.indexOf(chip.key) >= 0;
                chip.clicked.connect(() => group.choiceToggled(chip.key, group.exclusive ? true : chip.checked));
            }
        }
    }
}
