// SPDX-License-Identifier: GPL-3.0-or-later
// An exposure: what is expected to happen, and how anxious it will feel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What do you expect?")
    prompt: qsTr("Write down what you think will happen, honestly, even the worst guess. Later you can put it beside what really happened.")
    firstFocus: predictionEditor

    ReflectTextEditor {
        id: predictionEditor
        objectName: "predictionEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.ExposurePrediction
        accessibleName: qsTr("What you expect to happen")
        placeholderText: qsTr("I think that…")
    }
    ReflectRatingSlider {
        objectName: "predictedAnxiety"
        Layout.topMargin: Theme.gap
        label: qsTr("How anxious do you expect to feel?")
        //: The low end of the anxiety scale (0).
        lowText: qsTr("calm")
        //: The high end of the anxiety scale (100).
        highText: qsTr("as anxious as it gets")
        value: step.reflection.predictedAnxiety
        onRated: value => step.reflection.setPredictedAnxiety(value)
    }
    Label {
        textFormat: Text.PlainText
        text: qsTr("When the plan feels right, save it. Today will remind you to come back and write how it went.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
    }
}
