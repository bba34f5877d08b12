// SPDX-License-Identifier: GPL-3.0-or-later
// The feelings and the belief rated again, the change beside each.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("How do you feel now?")
    prompt: qsTr("Rate your feelings again, as they are now. Whatever the numbers say, you took the time to look at this carefully, and that counts.")

    Card {
        heading: qsTr("Your feelings")
        Label {
            textFormat: Text.PlainText
            visible: step.reflection.emotions.count === 0
            //: “Feelings” is the name of an earlier step of the reflection: use the same translation as that step's name.
            text: qsTr("You did not name any feelings earlier. That is fine; you can still go back to “Feelings”.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: step.reflection.emotions
            delegate: ReflectEmotionRating {
                rerating: true
            }
            onItemAdded: (index, item) => {
                const row = item as ReflectEmotionRating;
                row.rated.connect(value => step.reflection.setEmotionAfter(row.name, value));
                if (index === 0)
                    step.firstFocus = row.slider;
            }
        }
    }

    Card {
        //: Card heading: the automatic thought the user wrote down (and the name of that earlier step).
        heading: qsTr("The thought")
        ReflectRatingSlider {
            id: beliefAfter
            objectName: "beliefAfter"
            label: step.reflection.thought.trim().length > 0
                   //: %1 is the automatic thought the user wrote down.
                   ? qsTr("How much do you believe “%1” now?").arg(step.reflection.thought.trim())
                                                              : qsTr("How much do you believe the thought now?")
            //: The low end (0) of how much the user believes the thought.
            lowText: qsTr("not at all")
            //: The high end (100) of how much the user believes the thought.
            highText: qsTr("completely")
            value: step.reflection.beliefAfter
            compareTo: step.reflection.beliefBefore
            onRated: value => step.reflection.setBeliefAfter(value)
            Component.onCompleted: {
                if (!step.firstFocus)
                    step.firstFocus = beliefAfter.slider;
            }
        }
    }
}
