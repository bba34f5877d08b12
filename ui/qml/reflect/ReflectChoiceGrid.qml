// SPDX-License-Identifier: GPL-3.0-or-later
// Boxes to tick, in two columns when there is room: the thinking patterns, the situational factors.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

GridLayout {
    id: grid

    /// [{key, name or label, explanation or hint, example?, custom?}]
    property var choices: []
    property var chosen: []
    property string objectPrefix
    readonly property Item firstBox: boxes.count > 0 ? boxes.itemAt(0) : null

    signal choiceToggled(string key, bool chosen)

    function sync() {
        for (let i = 0; i < boxes.count; ++i) {
            const box = boxes.itemAt(i) as ReflectChoiceBox;
            if (box)
                box.checked = grid.chosen.indexOf(box.key) >= 0;
        }
    }

    onChosenChanged: grid.sync()
    columns: grid.width > 700 ? 2 : 1
    columnSpacing: Theme.gap
    rowSpacing: Theme.gap
    Layout.fillWidth: true

    Repeater {
        id: boxes
        model: grid.choices
        delegate: ReflectChoiceBox {}
        onItemAdded: (index, item) => {
            const box = item as ReflectChoiceBox;
            box.objectName = grid.objectPrefix + box.key;
            box.checked = grid.chosen.indexOf(box.key) >= 0;
            box.toggled.connect(() => grid.choiceToggled(box.key, box.checked));
        }
    }
}
