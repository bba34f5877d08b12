// SPDX-License-Identifier: GPL-3.0-or-later
// One habit in full: how it stands, today's check and note, the year heatmap, pauses, and the notes timeline.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: view

    required property JournalSession session
    required property HabitDetail detail
    property color tone: Theme.accent
    /// The date ("YYYY-MM-DD") whose check-in note is open in the editor; empty while none is.
    property string noteDate: ""
    readonly property bool noteOpen: view.detail.revision >= 0 && view.noteDate.length > 0 && view.detail.hasCheckIn(view.noteDate)
    readonly property bool checkedToday: view.detail.revision >= 0 && view.detail.hasCheckIn(view.detail.todayIso)

    signal editRequested
    signal deleted

    /// One figure of the habit: its value, large, over what it is.
    component HabitFigure: ColumnLayout {
        id: figure
        property string label
        property string value
        spacing: 2
        Accessible.role: Accessible.StaticText
        //: Accessible name of a figure of the habit: %1 is what it is (e.g. "Best streak"), %2 its value.
        Accessible.name: qsTr("%1: %2").arg(figure.label).arg(figure.value)
        Label {
            textFormat: Text.PlainText
            text: figure.value
            color: Theme.text
            font.pointSize: Theme.headingSize
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            text: figure.label
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }

    spacing: Theme.padding + 4

    function openNote(day: string) {
        view.noteDate = day;
    }
    /// Pauses on the days in the two fields; a day typed but not readable keeps its message and pauses nothing.
    function pause() {
        if (pauseFrom.commit() && pauseTo.commit())
            view.detail.pause(pauseFrom.value, pauseTo.value);
    }
    function writeLetter() {
        const day = view.detail.prepareWeeklyLetter();
        if (day.length > 0)
            view.openNote(day);
    }

    Connections {
        target: view.detail
        function onHabitIdChanged() {
            view.noteDate = "";
            pauseFrom.value = view.detail.todayIso;
            pauseTo.value = view.detail.weekOnIso;
        }
    }

    Card {
        objectName: "habitToday"
        heading: view.detail.name
        caption: view.detail.prompt
        headerActions: [
            QuietButton {
                objectName: "editHabit"
                //: Button (verb): edit this habit.
                text: qsTr("Edit")
                onClicked: view.editRequested()
            },
            QuietButton {
                objectName: "archiveHabit"
                text: view.detail.archived
                      //: Button (verb): bring an archived habit back.
                      ? qsTr("Bring back")
                      //: Button (verb): archive the habit.
                      : qsTr("Archive")
                Accessible.name: view.detail.archived ? qsTr("Bring the habit back from the archive") : qsTr("Archive the habit")
                onClicked: view.detail.setArchived(!view.detail.archived)
            },
            QuietButton {
                objectName: "deleteHabit"
                //: Button (verb): delete this habit.
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete the habit")
                onClicked: confirmDelete.open()
            }
        ]

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding * 2
            // Four fixed figures whose texts follow the habit. Not a Repeater over a list rebuilt at each change:
            // that destroyed its rows while this layout, still hidden, held them, and Qt 6.4's layouts read the
            // freed rows when the first habit made the view appear (a crash).
            HabitFigure {
                //: Streak: how many times in a row the habit was kept, up to now.
                label: qsTr("Current streak")
                value: view.detail.streakText
            }
            HabitFigure {
                //: Streak: the longest run of times in a row the habit was kept.
                label: qsTr("Best streak")
                value: view.detail.bestText
            }
            HabitFigure {
                //: The habit's strength: a score from 0 to 100 of how well it is kept lately (not a personal strength).
                label: qsTr("Strength")
                //: The habit's strength score; %1 is the score from 0 to 100.
                value: qsTr("%1 / 100").arg(view.detail.strength)
            }
            HabitFigure {
                label: view.detail.scheduleText
                value: view.detail.targetText
            }
            Item {
                Layout.fillWidth: true
            }
        }

        // Anchors, not a RowLayout: which buttons show changes with today's state, also while the view is hidden (the
        // first habit), and Qt 6.4's layouts do not catch up on what changed while hidden: a button shown meanwhile
        // stayed on the words beside it, or ran past the card.
        Item {
            Layout.fillWidth: true
            visible: !view.detail.archived
            implicitHeight: Math.max(todayState.implicitHeight, todayActions.implicitHeight)
            Label {
                id: todayState
                objectName: "detailTodayState"
                anchors.left: parent.left
                anchors.right: todayActions.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                textFormat: Text.PlainText
                text: {
                    switch (view.detail.todayState) {
                    case "done": return qsTr("Done today. Well kept.");
                    case "partial": return qsTr("Some of it done today.");
                    //: The habit was skipped on purpose today.
                    case "skipped": return qsTr("Skipped today, and that is fine.");
                    //: The habit's schedule has no check-in today.
                    case "rest": return qsTr("Not due today.");
                    }
                    return qsTr("Still open today.");
                }
                color: Theme.muted
                wrapMode: Text.Wrap
            }
            Row {
                id: todayActions
                spacing: Theme.gap
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                SpinBox {
                    id: detailAmount
                    objectName: "detailAmount"
                    visible: view.detail.isCount
                    from: 0
                    to: 100000
                    editable: true
                    value: view.detail.todayValue > 0 ? Math.round(view.detail.todayValue) : Math.round(view.detail.goal)
                    Accessible.name: qsTr("Amount today")
                }
                Label {
                    textFormat: Text.PlainText
                    visible: view.detail.isCount && view.detail.unit.length > 0
                    text: view.detail.unit
                    color: Theme.muted
                    anchors.verticalCenter: parent.verticalCenter
                }
                AccentButton {
                    objectName: "detailCheck"
                    visible: view.detail.todayState !== "done" || view.detail.isCount
                    text: view.detail.isCount
                          //: Button: record today's amount ("Log" is a verb).
                          ? qsTr("Log today")
                          //: Button: tick the habit off as done for today.
                          : qsTr("Done today")
                    onClicked: view.detail.checkToday(view.detail.isCount ? detailAmount.value : 1)
                }
                QuietButton {
                    objectName: "detailSkip"
                    visible: view.detail.todayState === "open" || view.detail.todayState === "partial"
                    //: Button (verb): skip the habit today on purpose, without breaking the streak.
                    text: qsTr("Skip today")
                    onClicked: view.detail.skipToday()
                }
                QuietButton {
                    objectName: "detailUndo"
                    visible: view.detail.todayState === "done" || view.detail.todayState === "skipped" || view.detail.todayState === "partial"
                    //: Button (verb): take back today's check-in or skip.
                    text: qsTr("Undo today")
                    onClicked: view.detail.undoToday()
                }
            }
        }
    }

    Card {
        //: The weekly letter: a letter the user writes to themselves once a week. A check-in: ticking the habit off for a day.
        heading: view.detail.isWeeklyLetter ? qsTr("This week's letter") : qsTr("A note with today's check-in")
        caption: view.detail.isWeeklyLetter ? qsTr("It starts with the week's wins and the rituals you kept; write on from there.")
                                            : qsTr("A line about how it went, for you to read back later.")

        AccentButton {
            objectName: "writeLetter"
            visible: view.detail.isWeeklyLetter && !view.noteOpen
            text: qsTr("Write this week's letter")
            onClicked: view.writeLetter()
        }
        QuietButton {
            objectName: "writeTodayNote"
            visible: !view.detail.isWeeklyLetter && !view.noteOpen && view.checkedToday
            text: qsTr("Write a note for today")
            onClicked: view.openNote(view.detail.todayIso)
        }
        Label {
            textFormat: Text.PlainText
            visible: !view.detail.isWeeklyLetter && !view.noteOpen && !view.checkedToday
            text: qsTr("Check off or skip today, and you can add a note to it.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: view.noteOpen
            //: %1 is a date, e.g. "Monday, 3 March".
            text: qsTr("Note for %1").arg(view.detail.dateText(view.noteDate))
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
        Loader {
            id: noteLoader
            Layout.fillWidth: true
            active: view.noteOpen
            sourceComponent: JournalEditor {
                objectName: "checkInNoteEditor"
                session: view.session
                field: JournalText.CheckInNote
                recordId: view.detail.habitId
                date: view.noteDate
                implicitHeight: 240
            }
        }
        QuietButton {
            visible: view.noteOpen
            //: Button (verb): close the note's editor.
            text: qsTr("Close the note")
            onClicked: view.noteDate = ""
        }
    }

    Card {
        // HabitReminders names itself; quiet hours and the switch for all reminders are in Settings.
        visible: !view.detail.archived

        HabitReminders {
            objectName: "habitReminders"
            session: view.session
            habitId: view.detail.habitId
            Layout.fillWidth: true
        }
    }

    Card {
        heading: qsTr("The last year")
        caption: qsTr("Each square is a day. A day left empty is only a gap, never a failure.")
        HabitHeatmap {
            objectName: "heatmap"
            Layout.fillWidth: true
            detail: view.detail
            tone: view.tone
        }
    }

    Card {
        //: Card heading (verb): pause the habit for some days.
        heading: qsTr("Pause for a while")
        caption: qsTr("Away or unwell? Pausing marks those days as skipped, so your streak waits for you.")
        visible: !view.detail.archived

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                //: Before the first day of a pause: "From [date] to [date]".
                text: qsTr("From")
                color: Theme.muted
            }
            DateField {
                id: pauseFrom
                objectName: "pauseFrom"
                openOn: view.detail.todayIso
                accessibleName: qsTr("First day of the pause")
                Layout.preferredWidth: 190
                Component.onCompleted: pauseFrom.value = view.detail.todayIso
                onPicked: iso => pauseFrom.value = iso
                onAccepted: view.pause()
            }
            Label {
                textFormat: Text.PlainText
                //: Between the first and the last day of a pause: "From [date] to [date]".
                text: qsTr("to")
                color: Theme.muted
            }
            DateField {
                id: pauseTo
                objectName: "pauseTo"
                openOn: view.detail.weekOnIso
                accessibleName: qsTr("Last day of the pause")
                Layout.preferredWidth: 190
                Component.onCompleted: pauseTo.value = view.detail.weekOnIso
                onPicked: iso => pauseTo.value = iso
                onAccepted: view.pause()
            }
            QuietButton {
                objectName: "pauseButton"
                //: Button (verb): pause the habit on the days chosen.
                text: qsTr("Pause these days")
                onClicked: view.pause()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: view.detail.pauseError.length > 0
            text: view.detail.pauseError
            color: Theme.attention
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: view.detail.pauses
            delegate: RowLayout {
                id: pauseRow
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    //: %1 is a span of days, e.g. "3 – 9 March".
                    text: qsTr("Paused %1").arg(pauseRow.modelData.text)
                    color: Theme.text
                    Layout.fillWidth: true
                }
                QuietButton {
                    objectName: "resume-" + pauseRow.index
                    //: Button (verb): end the pause of the habit.
                    text: qsTr("End this pause")
                    //: %1 is a span of days, e.g. "3 – 9 March".
                    Accessible.name: qsTr("End the pause %1").arg(pauseRow.modelData.text)
                    onClicked: view.detail.resume(pauseRow.index)
                }
            }
        }
    }

    Card {
        heading: qsTr("Notes along the way")

        HabitNotesModel {
            id: notes
            session: view.session
            habitId: view.detail.habitId
        }

        Label {
            textFormat: Text.PlainText
            visible: notes.count === 0
            text: qsTr("Notes you write with your check-ins gather here, newest first.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: notes
            // A Column, not a ColumnLayout: see Card.qml (a wrapped note's height must reach the card).
            delegate: Column {
                id: noteItem
                required property string date
                required property string dateText
                required property string note
                required property string status
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                spacing: 2
                RowLayout {
                    width: parent.width
                    Label {
                        textFormat: Text.PlainText
                        //: Above a note of a day the habit was skipped on purpose; %1 is the date.
                        text: noteItem.status === "skipped" ? qsTr("%1 · skipped").arg(noteItem.dateText) : noteItem.dateText
                        color: Theme.muted
                        font.pointSize: Theme.smallSize
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    QuietButton {
                        //: Button (verb): edit this note.
                        text: qsTr("Edit")
                        //: %1 is the date of the note.
                        Accessible.name: qsTr("Edit the note of %1").arg(noteItem.dateText)
                        onClicked: view.openNote(noteItem.date)
                    }
                }
                Label {
                    text: noteItem.note
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 6
                    elide: Text.ElideRight
                    width: parent.width
                }
            }
        }
        QuietButton {
            visible: notes.count < notes.totalCount
            text: qsTr("Show older notes")
            onClicked: notes.loadMore()
        }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDelete"
        //: Title of the dialog that confirms deleting a habit; %1 is the habit's name.
        title: qsTr("Delete “%1”?").arg(view.detail.name)
        message: qsTr("Its check-ins, notes and reminders go with it. Archiving keeps them instead.")
        //: Button (verb) of the dialog that confirms deleting a habit.
        acceptText: qsTr("Delete")
        onConfirmed: {
            if (view.detail.deleteHabit())
                view.deleted();
        }
    }
}
