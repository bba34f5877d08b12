// SPDX-License-Identifier: GPL-3.0-or-later
// Feelings: name each one (from the list or in your own word) and how strong it is, 0–100.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What are you feeling?")
    prompt: qsTr("Pick every feeling that is there, even the small or contradictory ones, then say how strong each is right now, from 0 (barely there) to 100 (as strong as it gets). Every feeling is allowed here.")
    firstFocus: hurt.firstChip

    function toggle(name: string, chosen: bool) {
        if (chosen)
            step.reflection.addEmotion(name);
        else
            step.reflection.removeEmotion(name);
    }

    // The catalogue's five families, in its order.
    ReflectChipGroup {
        id: hurt
        title: step.reflection.emotionFamilies[0].label
        choices: step.reflection.emotionFamilies[0].emotions
        chosen: step.reflection.emotionNames
        //: Noun: an emotion. Starts the accessible name of each feeling's chip ("Feeling: sad").
        accessiblePrefix: qsTr("Feeling")
        objectPrefix: "emotion:"
        onChoiceToggled: (key, chosen) => step.toggle(key, chosen)
    }
    ReflectChipGroup {
        title: step.reflection.emotionFamilies[1].label
        choices: step.reflection.emotionFamilies[1].emotions
        chosen: step.reflection.emotionNames
        accessiblePrefix: qsTr("Feeling")
        objectPrefix: "emotion:"
        onChoiceToggled: (key, chosen) => step.toggle(key, chosen)
    }
    ReflectChipGroup {
        title: step.reflection.emotionFamilies[2].label
        choices: step.reflection.emotionFamilies[2].emotions
        chosen: step.reflection.emotionNames
        accessiblePrefix: qsTr("Feeling")
        objectPrefix: "emotion:"
        onChoiceToggled: (key, chosen) => step.toggle(key, chosen)
    }
    ReflectChipGroup {
        title: step.reflection.emotionFamilies[3].label
        choices: step.reflection.emotionFamilies[3].emotions
        chosen: step.reflection.emotionNames
        accessiblePrefix: qsTr("Feeling")
        objectPrefix: "emotion:"
        onChoiceToggled: (key, chosen) => step.toggle(key, chosen)
    }
    ReflectChipGroup {
        title: step.reflection.emotionFamilies[4].label
        choices: step.reflection.emotionFamilies[4].emotions
        chosen: step.reflection.emotionNames
        accessiblePrefix: qsTr("Feeling")
        objectPrefix: "emotion:"
        onChoiceToggled: (key, chosen) => step.toggle(key, chosen)
    }

    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        TextField {
            id: ownFeeling
            objectName: "ownFeelingField"
            placeholderText: qsTr("Another feeling, in your own word")
            Accessible.name: qsTr("Another feeling, in your own word")
            maximumLength: Limits.nameLength
            selectByMouse: true
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            onAccepted: addOwn.clicked()
        }
        QuietButton {
            id: addOwn
            objectName: "addFeelingButton"
            //: Button (verb): adds a feeling named in the user's own word.
            text: qsTr("Add")
            enabled: ownFeeling.text.trim().length > 0
            onClicked: {
                if (step.reflection.addEmotion(ownFeeling.text))
                    ownFeeling.clear();
            }
        }
    }

    Card {
        visible: step.reflection.emotions.count > 0
        heading: qsTr("How strong, right now?")
        Layout.topMargin: Theme.gap

        Repeater {
            model: step.reflection.emotions
            delegate: ReflectEmotionRating {}
            onItemAdded: (index, item) => {
                const row = item as ReflectEmotionRating;
                row.rated.connect(value => step.reflection.setEmotionBefore(row.name, value));
                row.removeRequested.connect(() => step.reflection.removeEmotion(row.name));
            }
        }
    }
}
