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
                maximumLength: Limits.nameLength
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
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                DateField {
                    id: whenField
                    objectName: "whenField"
                    value: moment.reflection.occurredDate
                    openOn: moment.reflection.occurredDate
                    //: Accessible name of the day of a moment; %1 is the field's label (e.g. "When").
                    accessibleName: qsTr("%1: the day").arg(moment.whenLabel)
                    Layout.fillWidth: true
                    onPicked: iso => {
                        // Not kept (the window says why): the field shows again what is saved.
                        if (!moment.reflection.setOccurredAt(iso))
                            whenField.input.text = LocaleInput.dateText(moment.reflection.occurredDate);
                    }
                }
                TextField {
                    id: timeField
                    objectName: "whenTimeField"
                    property bool invalid: false
                    text: LocaleInput.timeText(moment.reflection.occurredTime)
                    selectByMouse: true
                    placeholderText: LocaleInput.timeText("18:30")
                    //: Accessible name of the time of day of a moment; %1 is the field's label (e.g. "When").
                    Accessible.name: qsTr("%1: the time of day").arg(moment.whenLabel)
                    Accessible.description: timeProblem.visible ? timeProblem.text : ""
                    inputMethodHints: Qt.ImhPreferNumbers
                    Layout.preferredWidth: 110
                    // Enter or leaving the field: a time is saved and shown again in the locale's form; anything else
                    // keeps what was saved and says how to write it.
                    onEditingFinished: {
                        const clock = LocaleInput.clockTime(timeField.text);
                        timeField.invalid = clock.length === 0;
                        if (timeField.invalid)
                            return;
                        if (clock !== moment.reflection.occurredTime)
                            moment.reflection.setOccurredTime(clock);
                        timeField.text = Qt.binding(() => LocaleInput.timeText(moment.reflection.occurredTime));
                    }
                }
            }
            Label {
                id: timeProblem
                objectName: "whenTimeProblem"
                textFormat: Text.PlainText
                visible: timeField.invalid
                //: Under the time of a moment when the text typed is not a time; %1 is an example in the user's own
                //: format (e.g. "6:30 PM").
                text: qsTr("That is not a time Mosaic can read. Write it like %1.").arg(LocaleInput.timeText("18:30"))
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
