// SPDX-License-Identifier: GPL-3.0-or-later
// An exposure, afterwards: what helped, and what to keep for next time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What helped?")
    prompt: qsTr("What made it easier: something you said to yourself, someone who was there, the exit you had ready? Write it down for the next challenge.")
    firstFocus: helpedEditor

    ReflectTextEditor {
        id: helpedEditor
        objectName: "helpedEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.ExposureWhatHelped
        accessibleName: qsTr("What helped")
        placeholderText: qsTr("It helped that…")
    }
    ReflectFieldLabel {
        text: qsTr("What I learned")
    }
    ReflectTextEditor {
        objectName: "learnedEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentLearned
        accessibleName: qsTr("What I learned")
        placeholderText: qsTr("About the challenge, about others, about yourself…")
    }
}
