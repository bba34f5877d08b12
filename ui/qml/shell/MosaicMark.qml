// SPDX-License-Identifier: GPL-3.0-or-later
// Mosaic's mark: four soft tiles of different colours around a centre, the circles one belongs to.
import QtQuick
import Mosaic.Ui

Item {
    id: mark
    implicitWidth: 26
    implicitHeight: 26
    Accessible.ignored: true

    Grid {
        anchors.centerIn: parent
        columns: 2
        spacing: Math.max(1, mark.width / 13)
        Repeater {
            model: 4
            delegate: Rectangle {
                required property int index
                width: mark.width / 2 - 1
                height: mark.height / 2 - 1
                radius: width / 3
                color: Theme.series[index]
                opacity: 0.9
            }
        }
    }
}
