// SPDX-License-Identifier: GPL-3.0-or-later
// An exposure, afterwards: what happened and how anxious it really felt, beside the prediction.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("How did it go?")
    prompt: qsTr("Whatever happened, you tried something hard, or you noticed what stopped you; both are worth writing down. What actually happened, and how anxious did you really feel?")
    firstFocus: outcomeEditor

    Card {
        visible: step.reflection.title.length > 0
        heading: step.reflection.title
        //: %1 is the anxiety the user expected, from 0 to 100.
        caption: step.reflection.predictedAnxiety >= 0 ? qsTr("You expected an anxiety of %1 out of 100.").arg(step.reflection.predictedAnxiety) : ""
        tint: Theme.surfaceAlt
    }

    ReflectFieldLabel {
        text: qsTr("What happened")
    }
    ReflectTextEditor {
        id: outcomeEditor
        objectName: "outcomeEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.ExposureOutcome
        accessibleName: qsTr("What happened")
        placeholderText: qsTr("In the end…")
    }
    ReflectRatingSlider {
        objectName: "actualAnxiety"
        Layout.topMargin: Theme.gap
        label: qsTr("How anxious did you actually feel?")
        //: The low end of the anxiety scale (0).
        lowText: qsTr("calm")
        highText: qsTr("as anxious as it gets")
        value: step.reflection.actualAnxiety
        compareTo: step.reflection.predictedAnxiety
        onRated: value => step.reflection.setActualAnxiety(value)
    }
}
