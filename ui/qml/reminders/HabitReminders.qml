// SPDX-License-Identifier: GPL-3.0-or-later
// The reminders of one habit, edited with the habit: each reminder has its times of day and its weekdays and can be
// switched off; new ones start every day. Mosaic's tray shows them when their time comes.
//
// Use: HabitReminders { session: page.session; habitId: theHabit.id; Layout.fillWidth: true }
//   session  — the open journal (required); every edit is one write and notifies Reminders.
//   habitId  — the habit whose reminders are shown; empty shows nothing to edit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: root

    required property JournalSession session
    property string habitId
    /// The view-model, for tests and for the page that places this.
    readonly property HabitRemindersModel reminders: remindersModel

    spacing: Theme.gap
    Accessible.role: Accessible.Grouping
    //: Noun, plural: the reminders of one ritual.
    Accessible.name: qsTr("Reminders")

    HabitRemindersModel {
        id: remindersModel
        session: root.session
        habitId: root.habitId
    }

    SectionLabel {
        text: qsTr("Reminders")
    }

    Label {
        visible: remindersModel.count === 0
        text: qsTr("No reminders yet. Add a time of day and Mosaic will bring this ritual up gently then.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: remindersModel
        delegate: Rectangle {
            id: row

            required property string reminderId
            required property var times
            required property var timeTexts
            required property var days
            required property bool enabled
            required property string summary

            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 2 * Theme.gap + 4
            radius: Theme.smallRadius
            color: Theme.surfaceAlt
            objectName: "reminder-" + row.reminderId

            ColumnLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: Theme.gap + 2
                spacing: Theme.gap

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        text: row.summary
                        color: row.enabled ? Theme.text : Theme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Switch {
                        id: enabledSwitch
                        objectName: "reminder-enabled-" + row.reminderId
                        checked: row.enabled
                        text: row.enabled
                              //: The state of a reminder's switch: switched on.
                              ? qsTr("On")
                              //: The state of a reminder's switch: switched off.
                              : qsTr("Off")
                        //: %1 describes the reminder, e.g. "7:30 on weekdays".
                        Accessible.name: qsTr("Reminder on: %1").arg(row.summary)
                        onToggled: remindersModel.setEnabled(row.reminderId, enabledSwitch.checked)
                    }
                    QuietButton {
                        objectName: "reminder-remove-" + row.reminderId
                        //: Button (verb): remove this reminder.
                        text: qsTr("Remove")
                        //: %1 describes the reminder, e.g. "7:30 on weekdays".
                        Accessible.name: qsTr("Remove the reminder %1").arg(row.summary)
                        onClicked: remindersModel.remove(row.reminderId)
                    }
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Repeater {
                        model: row.times
                        delegate: QuietButton {
                            id: timeChip
                            required property string modelData
                            required property int index
                            // "HH:mm" stays the value; people read the locale's own form ("7:30 AM", "07:30").
                            readonly property string shown: row.timeTexts[timeChip.index] || timeChip.modelData
                            objectName: "reminder-time-" + row.reminderId + "-" + timeChip.modelData
                            text: timeChip.shown + (row.times.length > 1 ? "  ×" : "")
                            enabled: row.times.length > 1
                            //: %1 is a time of day, e.g. "7:30 AM".
                            Accessible.name: row.times.length > 1 ? qsTr("Remove the time %1").arg(timeChip.shown) : timeChip.shown
                            onClicked: remindersModel.removeTime(row.reminderId, timeChip.modelData)
                        }
                    }
                    TextField {
                        id: extraTime
                        objectName: "reminder-add-time-field-" + row.reminderId
                        //: Placeholder of a field for another time of day of the reminder.
                        placeholderText: qsTr("another time")
                        implicitWidth: 120
                        implicitHeight: 34
                        Accessible.name: qsTr("Another time of day for this reminder")
                        onAccepted: addTimeButton.clicked()
                    }
                    QuietButton {
                        id: addTimeButton
                        objectName: "reminder-add-time-" + row.reminderId
                        text: qsTr("Add time")
                        enabled: extraTime.text.trim().length > 0
                        onClicked: {
                            if (remindersModel.addTime(row.reminderId, extraTime.text))
                                extraTime.clear();
                        }
                    }
                }

                Row {
                    spacing: 4
                    Accessible.role: Accessible.Grouping
                    //: The days of the week the reminder comes on.
                    Accessible.name: qsTr("Days")
                    Repeater {
                        model: 7
                        delegate: Button {
                            id: dayButton
                            // Enter presses it too, as Space does.
                            Keys.onReturnPressed: dayButton.clicked()
                            Keys.onEnterPressed: dayButton.clicked()
                            required property int index
                            readonly property int day: dayButton.index + 1
                            readonly property bool on: row.days.length === 0 || row.days.indexOf(dayButton.day) >= 0
                            objectName: "reminder-day-" + row.reminderId + "-" + dayButton.day
                            text: remindersModel.dayName(dayButton.day)
                            checkable: false
                            flat: true
                            Accessible.role: Accessible.CheckBox
                            Accessible.checkable: true
                            Accessible.checked: dayButton.on
                            Accessible.name: remindersModel.dayName(dayButton.day)
                            onClicked: remindersModel.toggleDay(row.reminderId, dayButton.day)
                            contentItem: Text {
                                text: dayButton.text
                                font: dayButton.font
                                color: dayButton.on ? Theme.textOnAccent : Theme.muted
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                            background: Rectangle {
                                implicitWidth: 44
                                implicitHeight: 30
                                radius: Theme.smallRadius
                                color: dayButton.on ? Theme.accent : "transparent"
                                border.width: dayButton.visualFocus ? 2 : 1
                                border.color: dayButton.visualFocus ? Theme.text : Theme.border
                            }
                        }
                    }
                }
            }
        }
    }

    RowLayout {
        spacing: Theme.gap
        TextField {
            id: newTime
            objectName: "reminder-new-time"
            //: Placeholder of a field for a time of day; %1 is an example time as the user's language writes it
            //: (e.g. "7:30 AM" or "07:30").
            placeholderText: qsTr("e.g. %1").arg(LocaleInput.timeText("07:30"))
            implicitWidth: 120
            implicitHeight: 34
            Accessible.name: qsTr("Time of day for a new reminder")
            onAccepted: addButton.clicked()
        }
        QuietButton {
            id: addButton
            objectName: "reminder-add"
            text: qsTr("Add reminder")
            enabled: root.habitId.length > 0 && newTime.text.trim().length > 0
            onClicked: {
                if (remindersModel.add(newTime.text).length > 0)
                    newTime.clear();
            }
        }
    }
}
