// SPDX-License-Identifier: GPL-3.0-or-later
// Step one: stop, breathe, and only then write. A slow circle paces the breath (in for four, out for six).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: step.reflection.editing ? qsTr("Back to this moment") : qsTr("Pause for a moment")
    prompt: step.reflection.editing
            ? qsTr("You can change anything you wrote, add what came to you since, or just read it again. Take a breath first.")
            : qsTr("Something stung, and that is human. Before writing anything, breathe along with the circle: in while it grows, out while it shrinks. Three or four breaths are enough. There is no hurry here, and every step after this one is optional.")
    firstFocus: beginButton

    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 240

        Rectangle {
            id: breath
            anchors.centerIn: parent
            width: 220
            height: 220
            radius: 110
            color: Theme.accentSoft
            border.color: Theme.accent
            border.width: 2
            Accessible.ignored: true

            SequentialAnimation on scale {
                running: step.visible
                loops: Animation.Infinite
                NumberAnimation {
                    from: 0.6
                    to: 1
                    duration: 4000
                    easing.type: Easing.InOutSine
                }
                PauseAnimation {
                    duration: 1000
                }
                NumberAnimation {
                    to: 0.6
                    duration: 6000
                    easing.type: Easing.InOutSine
                }
            }
        }
        Label {
            anchors.centerIn: parent
            text: breath.scale > 0.8
                  //: Paces a breathing exercise, shown while the circle shrinks: now breathe out.
                  ? qsTr("and out…")
                  //: Paces a breathing exercise, shown while the circle grows.
                  : qsTr("breathe in…")
            color: Theme.accent
            font.pointSize: Theme.bodySize + 1
            Accessible.ignored: true
        }
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.gap
        AccentButton {
            id: beginButton
            objectName: "beginButton"
            text: step.reflection.editing
                  //: Button (verb): goes on to the next step of the reflection.
                  ? qsTr("Continue")
                  //: Button: ends the breathing pause and begins the reflection.
                  : qsTr("I'm ready")
            onClicked: {
                step.reflection.begin();
                step.reflection.next();
            }
        }
    }
}
