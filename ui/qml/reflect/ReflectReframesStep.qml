// SPDX-License-Identifier: GPL-3.0-or-later
// Reframes: kinder, truer readings of what happened, each of a kind and with how believable it feels. The ones kept
// are edited in place; a new one is written below and kept with a button (or when the step is left).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("Another way to see it")
    prompt: qsTr("Write one or more other readings of what happened that are kinder and at least as true. Say how believable each feels; it does not have to be 100 to help.")
    // The first reframe kept, or else the composer.
    firstFocus: cards.count > 0 ? (cards.itemAt(0) as ReflectReframeCard).editorArea : composerEditor.textArea

    property string composerKind: "context"
    property int composerBelievability: -1

    /// Keeps what is written in the composer as a new reframe.
    function keepComposed(): bool {
        if (composerEditor.text.trim().length === 0)
            return false;
        const id = step.reflection.addReframe(step.composerKind, composerEditor.text, step.composerBelievability);
        if (id.length === 0)
            return false;
        composerEditor.text = "";
        step.composerBelievability = -1;
        return true;
    }

    // Words typed and not kept with the button are kept when the step is left: writing is never lost.
    onLeaving: step.keepComposed()

    Repeater {
        id: cards
        model: step.reflection.reframes
        delegate: ReflectReframeCard {}
    }

    Card {
        id: composer
        objectName: "reframeComposer"
        heading: step.reflection.reframes.count === 0
                 //: Reframe (noun): a kinder, truer way to read what happened.
                 ? qsTr("Your first reframe")
                 //: Reframe (noun): a kinder, truer way to read what happened.
                 : qsTr("Another reframe")
        caption: qsTr("Start from one of these angles, or any other.")

        ReflectChipGroup {
            choices: step.reflection.reframeKinds
            chosen: [step.composerKind]
            exclusive: true
            //: Noun: a point of view to start a reframe from. Starts the accessible name of each chip ("Angle: context").
            accessiblePrefix: qsTr("Angle")
            objectPrefix: "reframeKind:"
            onChoiceToggled: key => step.composerKind = key
        }
        MarkdownEditor {
            id: composerEditor
            objectName: "reframeComposerEditor"
            dark: Theme.dark
            backgroundColor: Theme.paper
            implicitHeight: composerEditor.heightForLines(5)
            Layout.fillWidth: true
            Layout.preferredHeight: composerEditor.implicitHeight
            accessibleName: qsTr("A new reframe")
            placeholderText: {
                const kinds = step.reflection.reframeKinds;
                for (let i = 0; i < kinds.length; ++i) {
                    if (kinds[i].key === step.composerKind)
                        return kinds[i].hint;
                }
                return "";
            }
        }
        ReflectRatingSlider {
            objectName: "composerBelievability"
            label: qsTr("How believable does it feel?")
            //: The low end (0) of how believable a reframe feels.
            lowText: qsTr("not yet")
            //: The high end (100) of how believable a reframe feels.
            highText: qsTr("completely")
            value: step.composerBelievability
            onRated: value => step.composerBelievability = value
        }
        AccentButton {
            objectName: "keepReframeButton"
            //: Button: saves the reframe just written (reframe: a kinder, truer way to read what happened).
            text: qsTr("Keep this reframe")
            enabled: composerEditor.text.trim().length > 0
            Layout.alignment: Qt.AlignRight
            onClicked: {
                if (step.keepComposed())
                    composerEditor.textArea.forceActiveFocus();
            }
        }
    }
}
