// SPDX-License-Identifier: GPL-3.0-or-later
// What to take from it: one thing learned, one small adjustment, someone to ask, and one next step.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What will you take from this?")
    prompt: qsTr("Keep it small: one thing you learned, one thing you might do a little differently, someone who could offer another view, and one next step you can actually take.")
    firstFocus: learnedEditor

    ReflectFieldLabel {
        text: qsTr("What I learned")
    }
    ReflectTextEditor {
        id: learnedEditor
        objectName: "learnedEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentLearned
        accessibleName: qsTr("What I learned")
        placeholderText: qsTr("About the situation, about them, about yourself…")
    }

    ReflectFieldLabel {
        text: qsTr("One small adjustment")
        hint: qsTr("Not a verdict on yourself: a small thing to try next time, if any.")
    }
    ReflectTextEditor {
        objectName: "adjustmentEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentAdjustment
        accessibleName: qsTr("One small adjustment")
        placeholderText: qsTr("Next time I might…")
    }

    ReflectFieldLabel {
        text: qsTr("Whom could you ask for another view?")
    }
    ReflectPeoplePicker {
        objectName: "feedbackPicker"
        //: Starts the accessible name of each person's chip: ask this person for another view (verb, imperative).
        accessiblePrefix: qsTr("Ask")
        people: step.reflection.people
        chosen: step.reflection.feedbackFrom
        onPersonToggled: (personId, chosen) => step.reflection.setFeedbackChosen(personId, chosen)
    }

    ReflectFieldLabel {
        text: qsTr("One small next step")
    }
    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        ReflectLineField {
            id: stepField
            objectName: "nextStepField"
            initialText: step.reflection.nextStepText
            placeholderText: qsTr("e.g. Message Alex about Sunday")
            Accessible.name: qsTr("One small next step")
            maximumLength: Limits.nameLength
            Layout.fillWidth: true
            onCommit: text => step.reflection.setNextStepText(text)
        }
        DateField {
            id: dueField
            objectName: "nextStepDueField"
            // Open as soon as a step is typed, not only once it is saved: Tab from the step lands here, and the date
            // typed next is kept.
            enabled: stepField.text.trim().length > 0 || step.reflection.nextStepText.length > 0
            value: step.reflection.nextStepDue
            openOn: step.session.today
            optional: true
            accessibleName: qsTr("By when, as a date")
            Layout.preferredWidth: 200
            onPicked: iso => {
                // A date belongs to a step: the step's words are saved first.
                stepField.flush();
                // Not kept (the window says why): the field shows again what is saved.
                if (!step.reflection.setNextStepDue(iso))
                    dueField.input.text = LocaleInput.dateText(step.reflection.nextStepDue);
            }
        }
    }
}
