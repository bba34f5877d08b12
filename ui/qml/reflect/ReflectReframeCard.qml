// SPDX-License-Identifier: GPL-3.0-or-later
// One reframe kept: its kind, its text in the journal's editor, how believable it feels, and Remove.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card

    required property string reframeId
    required property int kindIndex
    required property int believability
    required property int index
    required property ReflectionModel reflection
    readonly property Item editorArea: editor.textArea

    objectName: "reframe:" + card.index
    //: Noun: a kinder, truer way to read what happened. %1 is its number (1, 2, 3…).
    heading: qsTr("Reframe %1").arg(card.index + 1)

    headerActions: [
        ComboBox {
            id: kindBox
            model: card.reflection.reframeKinds
            textRole: "label"
            valueRole: "key"
            currentIndex: card.kindIndex
            //: %1 is the reframe's number (1, 2, 3…).
            Accessible.name: qsTr("Kind of reframe %1").arg(card.index + 1)
            onActivated: index => card.reflection.setReframeKind(card.reframeId, kindBox.valueAt(index))
        },
        QuietButton {
            //: Button (verb): removes a reframe.
            text: qsTr("Remove")
            //: %1 is the reframe's number (1, 2, 3…).
            Accessible.name: qsTr("Remove reframe %1").arg(card.index + 1)
            onClicked: card.reflection.removeReframe(card.reframeId)
        }
    ]

    JournalEditor {
        id: editor
        objectName: "reframeEditor"
        session: card.reflection.session
        field: JournalText.ReframeText
        // Loaded once the card is laid out: a text loaded into a zero-width editor stays scrolled out of sight.
        recordId: editor.width > 0 ? card.reframeId : ""
        implicitHeight: editor.heightForLines(5)
        Layout.fillWidth: true
        Layout.preferredHeight: editor.implicitHeight
        //: Noun: a kinder, truer way to read what happened. %1 is its number (1, 2, 3…).
        accessibleName: qsTr("Reframe %1").arg(card.index + 1)
    }
    ReflectRatingSlider {
        label: qsTr("How believable does it feel?")
        //: The low end (0) of how believable a reframe feels.
        lowText: qsTr("not yet")
        //: The high end (100) of how believable a reframe feels.
        highText: qsTr("completely")
        value: card.believability
        onRated: value => card.reflection.setReframeBelievability(card.reframeId, value)
    }
}
