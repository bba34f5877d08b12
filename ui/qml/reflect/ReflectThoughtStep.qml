// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic thought and the belief under it, how much it is believed, and beside it what is also true: the
// person's strengths and mission.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What went through your mind?")
    prompt: qsTr("Write the first thought that came, in your own words, however harsh or silly it sounds. Then, if you can, the belief underneath it: what the moment seemed to say about you.")
    firstFocus: thoughtEditor

    ReflectFieldLabel {
        //: Field label and the name of this step: the automatic thought that came to mind.
        text: qsTr("The thought")
        hint: qsTr("For instance: “They don't want me around.”")
    }
    ReflectTextEditor {
        id: thoughtEditor
        objectName: "thoughtEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentThought
        accessibleName: qsTr("The automatic thought")
        placeholderText: qsTr("The words that came to mind…")
    }

    ReflectFieldLabel {
        text: qsTr("The belief underneath")
        hint: qsTr("For instance: “I'm not likeable.” It often starts with “I'm…”.")
    }
    ReflectTextEditor {
        objectName: "beliefEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentBelief
        accessibleName: qsTr("The belief underneath the thought")
        placeholderText: qsTr("What it seemed to say about you…")
    }

    ReflectRatingSlider {
        objectName: "beliefBefore"
        Layout.topMargin: Theme.gap
        label: qsTr("How much do you believe it right now?")
        //: The low end (0) of how much the user believes the thought.
        lowText: qsTr("not at all")
        //: The high end (100) of how much the user believes the thought.
        highText: qsTr("completely")
        value: step.reflection.beliefBefore
        onRated: value => step.reflection.setBeliefBefore(value)
    }

    Card {
        objectName: "worthCard"
        heading: qsTr("Also true about you")
        caption: qsTr("A belief is not a fact. Here is what you have written about yourself on calmer days.")
        tint: Theme.warmSoft
        Layout.topMargin: Theme.gap

        Flow {
            visible: step.reflection.strengths.length > 0
            spacing: Theme.gap
            Layout.fillWidth: true
            Repeater {
                model: step.reflection.strengths
                delegate: Label {
                    id: strengthLabel
                    textFormat: Text.PlainText
                    required property string modelData
                    text: "★ " + strengthLabel.modelData
                    color: Theme.text
                    padding: 6
                    leftPadding: 12
                    rightPadding: 12
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.surface
                        border.color: Theme.border
                    }
                }
            }
        }
        Label {
            visible: step.reflection.mission.trim().length > 0
            objectName: "missionText"
            text: ReadableText.html(step.reflection.mission.trim(), Theme.accent)
            textFormat: Text.RichText
            onLinkActivated: link => Qt.openUrlExternally(link)
            color: Theme.text
            font.italic: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: step.reflection.valuesText.length > 0
            //: %1 is the list of the user's personal values, e.g. "kindness, honesty".
            text: qsTr("Your values: %1").arg(step.reflection.valuesText)
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: step.reflection.strengths.length === 0 && step.reflection.mission.trim().length === 0
            text: qsTr("Your strengths and your mission will show up here once you write them on the Strengths page.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
