// SPDX-License-Identifier: GPL-3.0-or-later
// One feeling of the reflection with its intensity: rated first (and removable), or rated again beside the first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

RowLayout {
    id: row

    required property string name
    required property string label
    required property int before
    required property int after
    required property int index
    /// False: the first rating, with Remove. True: rated again, the first rating beside it.
    property bool rerating: false
    readonly property alias slider: rating.slider
    readonly property alias rating: rating

    signal rated(int value)
    signal removeRequested

    spacing: Theme.padding
    Layout.fillWidth: true

    ReflectRatingSlider {
        id: rating
        objectName: (row.rerating ? "after:" : "before:") + row.name
        label: row.label
        value: row.rerating ? row.after : row.before
        compareTo: row.rerating ? row.before : -1
        onRated: value => row.rated(value)
    }
    QuietButton {
        visible: !row.rerating
        //: Button (verb): removes a feeling from the reflection.
        text: qsTr("Remove")
        //: Accessible name of the Remove button; %1 is a feeling, e.g. "sad".
        Accessible.name: qsTr("Remove %1").arg(row.label)
        Layout.alignment: Qt.AlignVCenter
        onClicked: row.removeRequested()
    }
}
