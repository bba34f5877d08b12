// SPDX-License-Identifier: GPL-3.0-or-later
// Thinking patterns: the twelve of the catalogue, each with what it is and how it sounds, and the person's own.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("Is the thought bending things?")
    prompt: qsTr("A mind under stress takes shortcuts; everybody's does. Read through these and tick the ones that sound like your thought. None at all is a fine answer too.")
    firstFocus: grid.firstBox

    ReflectChoiceGrid {
        id: grid
        choices: step.reflection.distortionChoices
        chosen: step.reflection.distortions
        objectPrefix: "distortion:"
        onChoiceToggled: (key, chosen) => step.reflection.setDistortionChosen(key, chosen)
    }

    Card {
        heading: qsTr("A pattern of your own")
        caption: qsTr("Noticed a habit of thought that is not in the list? Name it, and it will be here for next time too.")
        Layout.topMargin: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            TextField {
                id: ownName
                objectName: "ownDistortionName"
                placeholderText: qsTr("Its name, e.g. “Comparing myself”")
                Accessible.name: qsTr("The name of your own pattern")
                maximumLength: Limits.ownDistortionNameLength
                selectByMouse: true
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                onAccepted: addOwn.clicked()
            }
            TextField {
                id: ownExplanation
                objectName: "ownDistortionExplanation"
                placeholderText: qsTr("What it does, in a few words (optional)")
                Accessible.name: qsTr("What your own pattern does")
                selectByMouse: true
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                onAccepted: addOwn.clicked()
            }
            QuietButton {
                id: addOwn
                objectName: "addDistortionButton"
                //: Button (verb): adds the user's own thinking pattern to the list.
                text: qsTr("Add")
                enabled: ownName.text.trim().length > 0
                onClicked: {
                    ownProblem.text = step.reflection.addCustomDistortion(ownName.text, ownExplanation.text);
                    if (ownProblem.text.length === 0) {
                        ownName.clear();
                        ownExplanation.clear();
                    }
                }
            }
        }
        Label {
            id: ownProblem
            visible: ownProblem.text.length > 0
            color: Theme.attention
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
