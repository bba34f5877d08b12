// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's filters: kind, circle, person, tag and thinking pattern, and a way back to everything.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: bar

    required property TimelineModel timeline
    required property JournalFilterOptions options

    spacing: Theme.gap

    component FilterBox: ComboBox {
        id: box
        required property string filterName
        required property var choices
        required property string current
        required property string label
        signal picked(string value)

        function indexOfChoice(value: string): int {
            for (let i = 0; i < box.choices.length; ++i) {
                if (box.choices[i].value === value)
                    return i;
            }
            return 0;
        }

        objectName: "filter-" + box.filterName
        textRole: "label"
        valueRole: "value"
        model: box.choices
        currentIndex: box.indexOfChoice(box.current)
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        //: Accessible name of a filter: %1 is what it filters by (e.g. "Person"), %2 the choice shown (e.g. "Anyone").
        Accessible.name: qsTr("%1: %2").arg(box.label).arg(box.displayText)
        onActivated: index => box.picked(box.valueAt(index))
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        Layout.fillWidth: true

        FilterBox {
            filterName: "kind"
            //: Filter of the journal: what kind of entry (reflection, win, note).
            label: qsTr("What")
            choices: bar.options.kinds
            current: bar.timeline.kind
            onPicked: value => bar.timeline.kind = value
        }
        FilterBox {
            filterName: "circle"
            //: Filter of the journal: a social circle (a group of people the user belongs to).
            label: qsTr("Circle")
            choices: bar.options.circles
            current: bar.timeline.circleId
            onPicked: value => bar.timeline.circleId = value
        }
        FilterBox {
            filterName: "person"
            //: Filter of the journal: a person involved.
            label: qsTr("Person")
            choices: bar.options.people
            current: bar.timeline.personId
            onPicked: value => bar.timeline.personId = value
        }
        FilterBox {
            filterName: "tag"
            //: Filter of the journal: a keyword (label) given to entries.
            label: qsTr("Tag")
            choices: bar.options.tags
            current: bar.timeline.tag
            onPicked: value => bar.timeline.tag = value
        }
        FilterBox {
            filterName: "distortion"
            //: Filter of the journal: a thinking pattern (cognitive distortion) noticed in a reflection.
            label: qsTr("Thinking pattern")
            choices: bar.options.distortions
            current: bar.timeline.distortion
            onPicked: value => bar.timeline.distortion = value
        }
        QuietButton {
            objectName: "clearFilters"
            //: Button: clear all the filters of the journal.
            text: qsTr("Show everything")
            enabled: bar.timeline.filtered
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            onClicked: bar.timeline.clearFilters()
        }
    }
}
