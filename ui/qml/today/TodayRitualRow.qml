// SPDX-License-Identifier: GPL-3.0-or-later
// One ritual due today: a round check to tick it off (taken back by a second click), the habit's prompt as a gentle
// invitation, the number for count habits, and once done a button that opens the day's note (the page holds the one
// note editor, so that a list of rituals does not carry an editor each).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: row

    required property int index
    required property string habitId
    required property string name
    required property string prompt
    required property string habitColor
    required property bool isCount
    required property real goal
    required property string unit
    required property real value
    required property bool doneToday
    required property bool skippedToday
    required property bool targetMet
    required property bool hasNote
    required property int currentStreak
    required property string streakText
    required property string progressText

    /// Set by the page as each row is made (a delegate cannot reach the page's ids in Qt 6.4).
    property TodayModel todayModel: null
    /// This ritual's note is the one open in the page's editor.
    property bool noteOpen: false

    /// Asks the page to open (or close) the editor of today's note on this ritual.
    signal noteToggled
    // A habit's own colour may be deep; lifted in the dark theme so that its ring stays visible.
    readonly property color tone: Theme.dark ? Qt.lighter(Theme.seriesColor(row.index, row.habitColor), 1.45) : Theme.seriesColor(row.index, row.habitColor)

    objectName: "ritual-" + row.habitId
    Layout.fillWidth: true
    spacing: Theme.gap

    function toggle() {
        if (row.doneToday) {
            // The note is saved and closed before its check-in is taken back.
            if (row.noteOpen)
                row.noteToggled();
            row.todayModel.undoCheckIn(row.habitId);
        } else {
            row.todayModel.checkIn(row.habitId, row.isCount ? countField.value : 1);
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding

        Button {
            id: check
            objectName: "ritualCheck-" + row.habitId
            checkable: false
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: row.doneToday
            Accessible.name: row.doneToday
                             //: Accessible name of a ritual's ticked check; %1 is the ritual's name.
                             ? qsTr("%1: done today. Take it back").arg(row.name)
                             //: Accessible name of a ritual's check; %1 is the ritual's name.
                             : qsTr("Check off %1 for today").arg(row.name)
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            padding: 0
            onClicked: row.toggle()
            Keys.onReturnPressed: row.toggle()
            Keys.onEnterPressed: row.toggle()

            contentItem: Text {
                textFormat: Text.PlainText
                text: row.doneToday ? "✓" : ""
                color: Theme.textOnAccent
                font.pointSize: Theme.bodySize + 3
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                implicitWidth: 34
                implicitHeight: 34
                radius: 17
                color: row.doneToday ? row.tone : check.hovered ? Theme.accentSoft : "transparent"
                border.width: check.visualFocus ? 3 : 2
                border.color: check.visualFocus ? Theme.text : row.tone
            }
        }

        // A Column, not a ColumnLayout: see Card.qml (a wrapped prompt's height must reach the card).
        Column {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            spacing: 2

            RowLayout {
                width: parent.width
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    text: row.name
                    font.pointSize: Theme.bodySize + 1
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    visible: row.streakText.length > 0
                    text: row.streakText
                    color: Theme.warm
                    font.pointSize: Theme.smallSize
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: row.prompt.length > 0
                text: row.prompt
                color: Theme.muted
                wrapMode: Text.Wrap
                width: parent.width
            }
            Label {
                textFormat: Text.PlainText
                visible: text.length > 0
                //: The ritual was skipped (paused) for today on purpose.
                text: row.skippedToday && !row.doneToday ? qsTr("Resting today — that is part of the rhythm too.") : row.progressText
                color: Theme.muted
                font.pointSize: Theme.smallSize
                width: parent.width
                wrapMode: Text.Wrap
            }
        }

        RowLayout {
            visible: row.isCount
            spacing: Theme.gap
            Layout.alignment: Qt.AlignTop
            SpinBox {
                id: countField
                objectName: "ritualCount-" + row.habitId
                from: 0
                to: Math.max(999, Math.ceil(row.goal * 10))
                value: Math.round(row.value)
                editable: true
                implicitWidth: 112
                Accessible.name: row.unit.length > 0
                                 //: Accessible name of the count field; %1 is the unit (e.g. "glasses"), %2 the ritual's name.
                                 ? qsTr("How many %1 for %2").arg(row.unit).arg(row.name)
                                 //: Accessible name of the count field; %1 is the ritual's name.
                                 : qsTr("How many for %1").arg(row.name)
                onValueModified: {
                    if (row.doneToday)
                        row.todayModel.setCheckInValue(row.habitId, countField.value);
                }
                Keys.onReturnPressed: row.toggle()
                Keys.onEnterPressed: row.toggle()
            }
            Label {
                textFormat: Text.PlainText
                visible: row.unit.length > 0
                text: row.unit
                color: Theme.muted
            }
        }

        QuietButton {
            objectName: "ritualNote-" + row.habitId
            visible: row.doneToday
            //: Button (verb): closes the editor of today's note.
            text: row.noteOpen ? qsTr("Close note") : row.hasNote ? qsTr("Read your note") : qsTr("Add a note")
            Accessible.name: row.noteOpen
                             //: %1 is the ritual's name.
                             ? qsTr("Close the note on %1").arg(row.name)
                             //: %1 is the ritual's name.
                             : qsTr("Write a note on %1").arg(row.name)
            Layout.alignment: Qt.AlignTop
            onClicked: row.noteToggled()
        }
    }
}
