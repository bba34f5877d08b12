// SPDX-License-Identifier: GPL-3.0-or-later
// The short facts of a moment: its name, when, what kind of moment, the circle and the people in it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: moment

    required property ReflectionModel reflection
    property string titleLabel: qsTr("A few words to name it")
    //: Field label: when the moment happened (a date and time).
    property string whenLabel: qsTr("When")
    property bool showKind: true
    readonly property alias titleField: titleField

    spacing: Theme.gap
    Layout.fillWidth: true

    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.gap
        Layout.fillWidth: true

        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            ReflectFieldLabel {
                text: moment.titleLabel
            }
            ReflectLineField {
                id: titleField
                objectName: "titleField"
                initialText: moment.reflection.ownTitle
                placeholderText: moment.reflection.defaultTitle
                Accessible.name: moment.titleLabel
                maximumLength: 200
                Layout.fillWidth: true
                onCommit: text => moment.reflection.setTitle(text)
            }
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            ReflectFieldLabel {
                text: moment.whenLabel
            }
            ReflectLineField {
                id: whenField
                objectName: "whenField"
                property bool invalid: false
                initialText: moment.reflection.occurredAtText
                //: The format the field takes. You may translate the letters (year, month, day, hours, minutes) but
                //: keep their order, the dashes and the colon.
                placeholderText: qsTr("YYYY-MM-DD HH:MM")
                Accessible.name: moment.whenLabel
                //: The field takes dates written YYYY-MM-DD HH:MM; keep the example as it is.
                Accessible.description: qsTr("A date and time such as 2026-11-20 18:30")
                inputMethodHints: Qt.ImhPreferNumbers
                Layout.fillWidth: true
                onCommit: text => whenField.invalid = !moment.reflection.setOccurredAt(text)
            }
            Label {
                visible: whenField.invalid
                //: The field takes dates written YYYY-MM-DD HH:MM; keep the example as it is.
                text: qsTr("A date and time such as 2026-11-20 18:30, please.")
                color: Theme.attention
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            visible: moment.showKind
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            ReflectFieldLabel {
                text: qsTr("What kind of moment")
            }
            ComboBox {
                id: kindBox
                objectName: "kindBox"
                model: moment.reflection.kinds
                textRole: "label"
                valueRole: "key"
                currentIndex: kindBox.count > 0 ? kindBox.indexOfValue(moment.reflection.kind) : -1
                Accessible.name: qsTr("What kind of moment")
                Layout.fillWidth: true
                onActivated: index => moment.reflection.setKind(kindBox.valueAt(index))
            }
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            ReflectFieldLabel {
                //: Field label: in which of the user's social circles (groups of people) the moment happened.
                text: qsTr("In which circle")
            }
            ComboBox {
                id: circleBox
                objectName: "circleBox"
                model: moment.reflection.circles
                textRole: "name"
                valueRole: "id"
                currentIndex: circleBox.count > 0 ? Math.max(0, circleBox.indexOfValue(moment.reflection.circleId)) : -1
                Accessible.name: qsTr("In which circle")
                Layout.fillWidth: true
                onActivated: index => moment.reflection.setCircle(circleBox.valueAt(index))
            }
        }
    }

    ReflectFieldLabel {
        text: qsTr("Who was there")
    }
    ReflectPeoplePicker {
        people: moment.reflection.people
        chosen: moment.reflection.personIds
        onPersonToggled: (personId, chosen) => moment.reflection.setPersonChosen(personId, chosen)
    }
}
