// SPDX-License-Identifier: GPL-3.0-or-later
// The Journal: everything written, newest first and grouped by month, or as a calendar; found as you type; each
// entry opened to read, edit or delete (with Undo).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    //: Page title, as the page's name in the sidebar.
    title: qsTr("Journal")
    subtitle: qsTr("Everything you have written, to look back on.")
    scrolls: false

    /// "timeline" or "calendar".
    property string view: "timeline"
    property bool filtersShown: false
    readonly property alias timeline: timelineModel
    readonly property alias searchResults: searchModel
    readonly property alias calendar: calendarModel
    readonly property alias entry: entryModel
    readonly property alias filterOptions: filterOptions

    function activate(args: var) {
        if (args.search !== undefined) {
            searchField.text = args.search;
            searchModel.search();
        }
        if (args.incidentId)
            page.openEntry("incident", args.incidentId);
        if (args.focusSearch || args.search !== undefined) {
            searchField.forceActiveFocus();
            searchField.selectAll();
        }
    }

    function openEntry(entryType: string, entryId: string) {
        entryModel.open(entryType, entryId);
    }

    /// What choosing a search result does: read it here, or see it where it lives.
    function openResult(recordType: string, recordId: string, incidentId: string) {
        if (incidentId.length > 0)
            page.openEntry("incident", incidentId);
        else if (recordType === "win" || recordType === "checkIn")
            page.openEntry(recordType, recordId);
        else if (recordType === "strength")
            page.openRequested("strengths", {});
        else if (recordType === "person" || recordType === "circle")
            page.openRequested("circles", {});
    }

    TimelineModel {
        id: timelineModel
        session: page.session
    }
    SearchResultsModel {
        id: searchModel
        session: page.session
        query: searchField.text
        highlightColor: Theme.accent
    }
    CalendarModel {
        id: calendarModel
        session: page.session
    }
    JournalEntry {
        id: entryModel
        session: page.session
        onUndoChanged: {
            if (entryModel.canUndo)
                undoTimer.restart();
            else
                undoTimer.stop();
        }
    }
    JournalFilterOptions {
        id: filterOptions
        session: page.session
        active: page.filtersShown
    }
    Timer {
        id: undoTimer
        interval: 8000
        onTriggered: entryModel.forgetUndo()
    }

    headerActions: [
        QuietButton {
            objectName: "timelineView"
            //: Toggle: show the journal as a list, newest first (noun).
            text: qsTr("Timeline")
            checkable: true
            checked: page.view === "timeline"
            onClicked: {
                page.view = "timeline";
                timelineModel.day = "";
            }
        },
        QuietButton {
            objectName: "calendarView"
            //: Toggle: show the journal as a month calendar (noun).
            text: qsTr("Calendar")
            checkable: true
            checked: page.view === "calendar"
            onClicked: page.view = "calendar"
        }
    ]

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.padding + 4

        // The list: search, filters, calendar, then the entries or the results.
        ColumnLayout {
            Layout.preferredWidth: 380
            Layout.minimumWidth: 300
            Layout.maximumWidth: 420
            Layout.fillHeight: true
            spacing: Theme.gap + 4

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                TextField {
                    id: searchField
                    objectName: "journalSearch"
                    placeholderText: qsTr("Search everything you wrote")
                    Accessible.name: qsTr("Search the journal")
                    Layout.fillWidth: true
                    leftPadding: Theme.gap + 4
                    rightPadding: Theme.gap + 4
                    color: Theme.text
                    placeholderTextColor: Theme.faint
                    selectionColor: Theme.accentSoft
                    selectedTextColor: Theme.text
                    background: Rectangle {
                        implicitHeight: 36
                        radius: Theme.smallRadius + 2
                        color: Theme.surface
                        border.width: searchField.activeFocus ? 2 : 1
                        border.color: searchField.activeFocus ? Theme.accent : Theme.border
                    }
                    Keys.onEscapePressed: event => {
                        if (searchField.text.length > 0) {
                            searchField.clear();
                            event.accepted = true;
                        } else {
                            event.accepted = false;
                        }
                    }
                    Keys.onDownPressed: {
                        const list = searchModel.active ? resultsList : timelineList;
                        if (list.count > 0) {
                            list.currentIndex = 0;
                            list.forceActiveFocus();
                        }
                    }
                }
                QuietButton {
                    objectName: "filtersButton"
                    //: Button (noun): shows the filters; the dot marks that some filters are on.
                    text: timelineModel.filtered && !page.filtersShown ? qsTr("Filters •") : qsTr("Filters")
                    checkable: true
                    checked: page.filtersShown
                    visible: !searchModel.active
                    Accessible.name: timelineModel.filtered
                                     //: Button (noun): shows the filters of the journal, some of which are on.
                                     ? qsTr("Filters (some are on)")
                                     //: Button (noun): shows the filters of the journal.
                                     : qsTr("Filters")
                    onClicked: page.filtersShown = !page.filtersShown
                }
            }

            JournalFilterBar {
                visible: page.filtersShown && !searchModel.active
                timeline: timelineModel
                options: filterOptions
                Layout.fillWidth: true
            }

            JournalCalendar {
                objectName: "journalCalendar"
                visible: page.view === "calendar" && !searchModel.active
                model: calendarModel
                selectedDate: timelineModel.day
                Layout.fillWidth: true
                onDayChosen: date => timelineModel.day = date
            }

            Label {
                textFormat: Text.PlainText
                visible: timelineModel.day.length > 0 && !searchModel.active
                text: qsTr("Showing one day. Choose it again to see every day.")
                color: Theme.muted
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 1
                clip: true

                JournalList {
                    id: timelineList
                    objectName: "timelineList"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    visible: !searchModel.active
                    model: timelineModel
                    selectedId: entryModel.entryId
                    section.property: "month"
                    section.criteria: ViewSection.FullString
                    section.delegate: SectionLabel {
                        required property string section
                        text: section
                        topPadding: Theme.gap + 4
                        bottomPadding: 4
                        leftPadding: Theme.padding
                        color: Theme.muted
                    }
                    delegate: JournalTimelineRow {}
                    onRowActivated: index => {
                        const row = timelineModel.get(index);
                        page.openEntry(row.entryType, row.entryId);
                    }
                }

                JournalList {
                    id: resultsList
                    objectName: "searchResults"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    visible: searchModel.active
                    model: searchModel
                    delegate: JournalSearchRow {}
                    onRowActivated: index => {
                        const hit = searchModel.get(index);
                        page.openResult(hit.recordType, hit.recordId, hit.incidentId);
                    }
                }

                EmptyState {
                    objectName: "journalEmptyState"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.padding
                    visible: searchModel.active ? (!searchModel.pending && searchModel.count === 0)
                                                : (timelineModel.count === 0)
                    //: Shown in place of results when a search is beyond the limits; the text under it says which.
                    title: searchModel.problem.length > 0 ? qsTr("Not searched")
                         : searchModel.active ? qsTr("Nothing found")
                                              : timelineModel.filtered ? qsTr("Nothing here with these filters")
                                                                       : qsTr("Your journal is waiting")
                    text: searchModel.problem.length > 0 ? searchModel.problem
                        : searchModel.active ? qsTr("No entry has these words. Try fewer words, or the start of a word.")
                                             : timelineModel.filtered ? qsTr("Another choice, or another day, may show more.")
                                                                      : qsTr("Reflections, wins and the notes of your rituals will gather here, newest first.")
                    //: Button: clear all the filters of the journal.
                    actionText: searchModel.active ? "" : timelineModel.filtered ? qsTr("Show everything") : qsTr("Write a reflection")
                    onActionTriggered: {
                        if (timelineModel.filtered)
                            timelineModel.clearFilters();
                        else
                            page.openRequested("reflect", {});
                    }
                }
            }
        }

        // The entry opened.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: 1
            clip: true

            JournalEntryView {
                objectName: "entryView"
                anchors.fill: parent
                anchors.margins: Theme.gap
                visible: entryModel.exists
                entry: entryModel
                onEditReflection: incidentId => page.openRequested("reflect", { incidentId: incidentId })
                onOpenHabit: habitId => page.openRequested("habits", { habitId: habitId })
                onCloseRequested: entryModel.close()
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.padding, 420)
                visible: !entryModel.exists
                title: qsTr("Choose an entry to read it")
                text: qsTr("Look back at what happened, what you thought then, and the kinder readings you found.")
            }
        }
    }

    // The calm bar that offers Undo after a deletion, for a few seconds.
    Rectangle {
        objectName: "undoBar"
        visible: entryModel.canUndo
        Layout.fillWidth: true
        implicitHeight: undoRow.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.accentSoft
        Accessible.role: Accessible.AlertMessage
        Accessible.name: entryModel.undoMessage
        RowLayout {
            id: undoRow
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.gap
            spacing: Theme.padding
            Label {
                textFormat: Text.PlainText
                text: entryModel.undoMessage
                color: Theme.text
                Layout.fillWidth: true
            }
            QuietButton {
                objectName: "undoDelete"
                //: Button (verb): bring back the entry just deleted.
                text: qsTr("Undo")
                onClicked: {
                    if (entryModel.undoDelete())
                        entryModel.open(entryModel.entryType, entryModel.restoredId);
                }
            }
        }
    }
}
