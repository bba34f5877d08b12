// SPDX-License-Identifier: GPL-3.0-or-later
// Situational factors: what else shaped the moment that says nothing about the person's worth.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What else was going on?")
    prompt: qsTr("A lot shapes a moment that has nothing to do with your worth. Which of these might have played a part?")
    firstFocus: grid.firstBox

    ReflectChoiceGrid {
        id: grid
        choices: step.reflection.factorChoices
        chosen: step.reflection.factors
        objectPrefix: "factor:"
        onChoiceToggled: (key, chosen) => step.reflection.setFactorChosen(key, chosen)
    }

    ReflectFieldLabel {
        text: qsTr("Anything else worth noting")
        hint: qsTr("Optional: whatever does not fit anywhere else.")
    }
    ReflectTextEditor {
        objectName: "notesEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentNotes
        accessibleName: qsTr("Notes")
        placeholderText: qsTr("Notes…")
    }
}
