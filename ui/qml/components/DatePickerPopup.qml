// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar of a DateField: one month, its weeks from the locale's first day, weekday names of the locale.
// Keys: arrows move a day or a week, Page Up/Page Down a month, Home/End the month's first/last day, Enter or Space
// picks, Escape closes without change.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Popup {
    id: popup

    /// The day with the keyboard focus, "YYYY-MM-DD".
    property string cursor
    readonly property var days: LocaleInput.monthDays(popup.cursor)
    readonly property var shortNames: LocaleInput.weekdayNames(false)
    readonly property var longNames: LocaleInput.weekdayNames(true)

    signal chosen(string iso)

    function openAt(iso: string) {
        popup.cursor = iso;
        popup.open();
    }
    function move(days: int) {
        popup.cursor = LocaleInput.addDays(popup.cursor, days);
    }
    function moveMonths(months: int) {
        popup.cursor = LocaleInput.addMonths(popup.cursor, months);
    }
    function pick() {
        const iso = popup.cursor;
        popup.close();
        popup.chosen(iso);
    }

    objectName: "datePicker"
    modal: false
    focus: true
    padding: Theme.gap + 4
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
    onOpened: grid.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    ColumnLayout {
        spacing: Theme.gap
        Accessible.role: Accessible.Dialog
        //: Accessible name of the calendar that picks a date.
        Accessible.name: qsTr("Calendar")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                objectName: "previousMonth"
                text: "‹"
                focusPolicy: Qt.NoFocus
                //: Button of the calendar (Page Up does the same).
                Accessible.name: qsTr("Previous month")
                onClicked: popup.moveMonths(-1)
            }
            Label {
                objectName: "monthTitle"
                text: LocaleInput.monthTitle(popup.cursor)
                color: Theme.text
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            QuietButton {
                objectName: "nextMonth"
                text: "›"
                focusPolicy: Qt.NoFocus
                //: Button of the calendar (Page Down does the same).
                Accessible.name: qsTr("Next month")
                onClicked: popup.moveMonths(1)
            }
        }

        Grid {
            id: grid
            objectName: "dayGrid"
            columns: 7
            spacing: 2
            focus: true
            Accessible.role: Accessible.Table
            Accessible.name: LocaleInput.monthTitle(popup.cursor)

            Keys.onPressed: event => {
                switch (event.key) {
                case Qt.Key_Left:
                    popup.move(popup.mirrored ? 1 : -1);
                    break;
                case Qt.Key_Right:
                    popup.move(popup.mirrored ? -1 : 1);
                    break;
                case Qt.Key_Up:
                    popup.move(-7);
                    break;
                case Qt.Key_Down:
                    popup.move(7);
                    break;
                case Qt.Key_PageUp:
                    popup.moveMonths(-1);
                    break;
                case Qt.Key_PageDown:
                    popup.moveMonths(1);
                    break;
                case Qt.Key_Return:
                case Qt.Key_Enter:
                case Qt.Key_Space:
                    popup.pick();
                    break;
                default:
                    return;
                }
                event.accepted = true;
            }

            Repeater {
                model: popup.shortNames
                delegate: Label {
                    id: weekday
                    required property string modelData
                    required property int index
                    width: 36
                    text: weekday.modelData
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: popup.longNames[weekday.index]
                }
            }
            Repeater {
                model: popup.days
                delegate: Rectangle {
                    id: dayCell
                    required property var modelData
                    readonly property bool current: dayCell.modelData.iso === popup.cursor
                    objectName: "day-" + dayCell.modelData.iso
                    width: 36
                    height: 32
                    radius: Theme.smallRadius
                    color: dayCell.current ? Theme.accent : dayTap.hovered ? Theme.accentSoft : "transparent"
                    border.width: dayCell.current && grid.activeFocus ? 2 : 0
                    border.color: Theme.text
                    Accessible.role: Accessible.Cell
                    Accessible.name: LocaleInput.longDateText(dayCell.modelData.iso)
                    Accessible.selected: dayCell.current
                    Accessible.focused: dayCell.current && grid.activeFocus
                    Text {
                        anchors.centerIn: parent
                        text: dayCell.modelData.day
                        color: dayCell.current ? Theme.textOnAccent : dayCell.modelData.inMonth ? Theme.text : Theme.faint
                        font.pointSize: Theme.bodySize
                    }
                    HoverHandler {
                        id: dayTap
                    }
                    TapHandler {
                        onTapped: {
                            popup.cursor = dayCell.modelData.iso;
                            popup.pick();
                        }
                    }
                }
            }
        }
    }
}
