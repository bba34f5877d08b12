// SPDX-License-Identifier: GPL-3.0-or-later
// Step one: stop, breathe, and only then write. A slow circle paces the breath (in for four, out for six); with less
// motion asked for in Settings it keeps its size and paces by its colour and its words.
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
        id: guide
        objectName: "breathingGuide"
        /// How full the breath is, 0 (out) to 1 (in), paced in four, hold one, out six.
        property real fullness: 0
        property bool breathingIn: true
        //: Paces a breathing exercise, shown while the circle grows.
        readonly property string inText: qsTr("breathe in…")
        //: Paces a breathing exercise, shown while the circle shrinks: now breathe out.
        readonly property string outText: qsTr("and out…")
        /// The circle is never so small that, at its smallest, its words at their least size would not fit inside.
        readonly property real leastCircle: 2 * (Math.hypot(guide.leastWordsWidth / 2, normalType.height / 2) + breath.air) / breath.leastScale
        readonly property real leastWordsWidth: Math.max(leastType.advanceWidth(guide.inText), leastType.advanceWidth(guide.outText))

        Layout.fillWidth: true
        // As tall as the view leaves room for under the words, so that "I'm ready" is in sight without scrolling at
        // 1024 × 640 (the words above it do not depend on this height: no loop).
        Layout.preferredHeight: Math.max(120, guide.leastCircle + 20,
                                         Math.min(240, step.viewHeight - guide.y - readyRow.implicitHeight - step.spacing - Theme.padding))

        FontMetrics {
            id: normalType
            font.family: words.font.family
            font.pointSize: Theme.bodySize + 1
        }
        FontMetrics {
            id: leastType
            font.family: words.font.family
            font.pointSize: words.minimumPointSize
        }

        SequentialAnimation {
            running: step.visible
            loops: Animation.Infinite
            PropertyAction {
                target: guide
                property: "breathingIn"
                value: true
            }
            NumberAnimation {
                target: guide
                property: "fullness"
                from: 0
                to: 1
                duration: 4000
                easing.type: Easing.InOutSine
            }
            PauseAnimation {
                duration: 1000
            }
            PropertyAction {
                target: guide
                property: "breathingIn"
                value: false
            }
            NumberAnimation {
                target: guide
                property: "fullness"
                to: 0
                duration: 6000
                easing.type: Easing.InOutSine
            }
        }

        Rectangle {
            id: breath
            objectName: "breathingCircle"
            anchors.centerIn: parent
            /// The smallest the circle gets as it breathes; its words are sized to fit inside it then.
            readonly property real leastScale: step.reduceMotion ? 0.85 : 0.6
            /// What the words keep clear of the circle's edge: its border and a little air.
            readonly property real air: Theme.gap
            width: Math.max(guide.leastCircle, Math.min(220, guide.height - 20))
            height: breath.width
            radius: breath.width / 2
            // With less motion asked for, the circle keeps its size and only its colour deepens and fades.
            scale: step.reduceMotion ? breath.leastScale : breath.leastScale + (1 - breath.leastScale) * guide.fullness
            opacity: step.reduceMotion ? 0.35 + 0.65 * guide.fullness : 1
            color: Theme.accentSoft
            border.color: Theme.accent
            border.width: 2
            Accessible.ignored: true
        }
        Label {
            id: words
            objectName: "breathingText"
            textFormat: Text.PlainText
            // Inside the circle at its smallest, which a small view makes small and German or Spanish words fill: one
            // line as wide as the circle then is at its height, the words made smaller to fit it if need be; the
            // circle breathes on.
            readonly property real innerRadius: breath.width * breath.leastScale / 2 - breath.air
            anchors.centerIn: parent
            height: normalType.height
            width: 2 * Math.sqrt(Math.max(0, words.innerRadius * words.innerRadius - words.height * words.height / 4))
            fontSizeMode: Text.HorizontalFit
            minimumPointSize: Theme.smallSize - 1
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: guide.breathingIn ? guide.inText : guide.outText
            color: Theme.accent
            font.pointSize: Theme.bodySize + 1
            Accessible.ignored: true
        }
    }

    RowLayout {
        id: readyRow
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
