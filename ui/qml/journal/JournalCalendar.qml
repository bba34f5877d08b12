// SPDX-License-Identifier: GPL-3.0-or-later
// A month of the journal: a soft dot under each day that has entries; choosing a day shows that day's entries.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: monthView

    required property CalendarModel model
    /// The chosen day, "YYYY-MM-DD"; empty for none.
    property string selectedDate

    signal dayChosen(string date)

    spacing: Theme.gap

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        QuietButton {
            objectName: "previousMonth"
            text: "‹"
            Accessible.name: qsTr("Previous month")
            Layout.preferredWidth: 40
            onClicked: monthView.model.previousMonth()
        }
        Label {
            objectName: "monthTitle"
            textFormat: Text.PlainText
            text: monthView.model.title
            color: Theme.text
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        QuietButton {
            objectName: "nextMonth"
            text: "›"
            Accessible.name: qsTr("Next month")
            Layout.preferredWidth: 40
            onClicked: monthView.model.nextMonth()
        }
    }

    GridLayout {
        columns: 7
        columnSpacing: 2
        rowSpacing: 2
        Layout.fillWidth: true

        Repeater {
            model: monthView.model.weekdayNames
            delegate: Label {
                textFormat: Text.PlainText
                required property string modelData
                text: modelData
                color: Theme.muted
                font.pointSize: Theme.smallSize
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
        }

        Repeater {
            objectName: "calendarDays"
            model: monthView.model
            // Delegates cannot reach the calendar by id (no bound components in Qt 6.4): it wires them here.
            onItemAdded: (index, item) => {
                const cell = item as JournalCalendarDay;
                cell.selected = Qt.binding(() => cell.date === monthView.selectedDate);
                cell.chosen.connect(date => monthView.dayChosen(date));
            }
            delegate: JournalCalendarDay {}
        }
    }
}
