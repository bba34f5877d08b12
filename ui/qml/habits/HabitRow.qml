// SPDX-License-Identifier: GPL-3.0-or-later
// One habit in the list: its colour, name and schedule, the current streak, strength, and today's check.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Rectangle {
    id: row
    /// The check of today, for the page to hand the keyboard to.
    readonly property alias checkButton: check

    required property int index
    required property string habitId
    required property string name
    required property string habitColor
    required property string scheduleText
    required property string targetText
    required property bool isCount
    required property real goal
    required property string unit
    required property string todayState
    required property real todayValue
    required property string streakText
    required property string bestText
    required property int strength
    required property bool archived

    required property HabitListModel habits
    property bool selected: false
    readonly property color tone: Theme.seriesColor(row.index, row.habitColor)
    readonly property bool doneToday: row.todayState === "done"

    signal selectRequested

    Layout.fillWidth: true
    implicitHeight: content.implicitHeight + 2 * Theme.gap + 4
    radius: Theme.smallRadius + 2
    color: row.selected ? Theme.accentSoft : hover.hovered ? Theme.surfaceAlt : "transparent"

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: row.selectRequested()
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.gap + 4
        anchors.rightMargin: Theme.gap
        spacing: Theme.padding

        Rectangle {
            implicitWidth: 12
            implicitHeight: 12
            radius: 6
            color: row.tone
            Layout.alignment: Qt.AlignVCenter
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Button {
                id: nameButton
                // Enter presses it too, as Space does.
                Keys.onReturnPressed: nameButton.clicked()
                Keys.onEnterPressed: nameButton.clicked()
                objectName: "habit-" + row.habitId
                text: row.name
                flat: true
                padding: 0
                Layout.fillWidth: true
                //: Accessible name of a habit in the list; %1 is its name. Shows the habit in full.
                Accessible.name: qsTr("Show %1").arg(row.name)
                onClicked: row.selectRequested()
                contentItem: Text {
                    textFormat: Text.PlainText
                    text: nameButton.text
                    font.pointSize: Theme.bodySize + 1
                    font.weight: Font.DemiBold
                    font.underline: nameButton.visualFocus
                    color: Theme.text
                    elide: Text.ElideRight
                }
                background: Item {}
            }
            Label {
                textFormat: Text.PlainText
                text: row.archived
                      //: Under an archived habit; %1 is its schedule (e.g. "Every day").
                      ? qsTr("%1 · archived").arg(row.scheduleText)
                      : row.isCount
                        //: Under a habit: %1 is its schedule (e.g. "Every day"), %2 its goal (e.g. "20 minutes").
                        ? qsTr("%1 · %2").arg(row.scheduleText).arg(row.targetText)
                        : row.scheduleText
                color: Theme.muted
                font.pointSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            spacing: 0
            Layout.preferredWidth: 110
            Layout.maximumWidth: 110
            Label {
                textFormat: Text.PlainText
                text: row.streakText
                color: Theme.text
                font.weight: Font.DemiBold
                Layout.alignment: Qt.AlignRight
            }
            Label {
                textFormat: Text.PlainText
                //: The habit's best streak; %1 is its length, e.g. "12 days".
                text: qsTr("best %1").arg(row.bestText)
                color: Theme.muted
                font.pointSize: Theme.smallSize
                Layout.alignment: Qt.AlignRight
            }
        }

        ColumnLayout {
            spacing: 4
            Layout.preferredWidth: 120
            Layout.maximumWidth: 120
            Accessible.role: Accessible.ProgressBar
            //: The habit's strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).
            Accessible.name: qsTr("Strength %1 of 100").arg(row.strength)
            Label {
                textFormat: Text.PlainText
                //: The habit's strength: a score (%1) from 0 to 100 of how well it is kept lately (not a personal strength).
                text: qsTr("strength %1").arg(row.strength)
                color: Theme.muted
                font.pointSize: Theme.smallSize
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 6
                radius: 3
                color: Theme.surfaceAlt
                Rectangle {
                    width: parent.width * row.strength / 100
                    height: parent.height
                    radius: 3
                    color: row.tone
                }
            }
        }

        // Always holds its place, so the columns line up whether a habit counts or checks.
        Item {
            implicitWidth: 110
            implicitHeight: 36
            SpinBox {
                id: amount
                objectName: "amount-" + row.habitId
                visible: row.isCount && !row.archived
                from: 0
                to: 100000
                editable: true
                value: row.todayValue > 0 ? Math.round(row.todayValue) : Math.round(row.goal)
                anchors.fill: parent
                Accessible.name: row.unit.length > 0
                                 //: Name of the amount field of a habit: %1 is the habit's name, %2 the unit (e.g. "minutes").
                                 ? qsTr("%1 today, in %2").arg(row.name).arg(row.unit)
                                 //: Name of the amount field of a habit; %1 is the habit's name.
                                 : qsTr("%1 today").arg(row.name)
            }
        }

        Button {
            id: check
            // Enter presses it too, as Space does.
            Keys.onReturnPressed: check.clicked()
            Keys.onEnterPressed: check.clicked()
            objectName: "check-" + row.habitId
            visible: !row.archived
            checkable: false
            implicitWidth: 40
            implicitHeight: 40
            text: row.doneToday
                  //: The state of a habit's check: done today.
                  ? qsTr("Done today")
                  : row.todayState === "skipped"
                    //: The state of a habit's check: skipped on purpose today.
                    ? qsTr("Skipped today")
                    //: The habit's check button (verb): check it off for today.
                    : qsTr("Check off today")
            //: Accessible name of a habit's check: %1 is the habit's name, %2 its state (e.g. "Done today").
            Accessible.name: qsTr("%1: %2").arg(row.name).arg(check.text)
            ToolTip.visible: check.hovered
            //: Tooltip of a habit's check; "Log" is a verb (record today's amount).
            ToolTip.text: row.doneToday ? qsTr("Done today. Click to undo.") : row.isCount ? qsTr("Log today's amount") : qsTr("Check off today")
            onClicked: {
                if (row.doneToday && !row.isCount)
                    row.habits.undoToday(row.habitId);
                else
                    row.habits.checkToday(row.habitId, row.isCount ? amount.value : 1);
            }
            contentItem: Text {
                textFormat: Text.PlainText
                text: row.doneToday ? "✓" : row.todayState === "skipped" ? "–" : ""
                color: row.doneToday ? Theme.textOnAccent : Theme.muted
                font.pointSize: Theme.bodySize + 3
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: width / 2
                color: row.doneToday ? row.tone : row.todayState === "partial" ? Theme.accentSoft : "transparent"
                border.width: check.visualFocus ? 3 : 2
                border.color: check.visualFocus ? Theme.text : row.doneToday ? row.tone : Theme.faint
            }
        }
    }
}
