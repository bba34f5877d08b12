// SPDX-License-Identifier: GPL-3.0-or-later
// Today: a kind greeting and the date; the reflections left half-way; the rituals due, checked off with one click;
// the next steps and planned challenges still open; a strength or the mission to remember; and what was written on
// this day in earlier years. "Something happened" starts a reflection from here at any time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    arrivalFocus: invitation.action
    title: today.greeting
    subtitle: today.dateText

    /// The view-model, for tests.
    readonly property alias model: today
    /// The ritual whose note for today is open in the editor (empty: none), with its name and prompt.
    property string noteHabitId
    property string noteHabitName
    property string notePrompt

    function toggleNote(habitId: string, name: string, prompt: string) {
        if (page.noteHabitId === habitId) {
            page.noteHabitId = "";
            return;
        }
        page.noteHabitName = name;
        page.notePrompt = prompt;
        page.noteHabitId = habitId;
        noteEditor.textArea.forceActiveFocus();
    }

    function activate(args: var) {
        today.reload();
    }

    /// Shows where a memory of On This Day lives: a reflection in the journal, a note with its ritual, a win.
    function openMemory(kind: string, recordId: string) {
        if (kind === "incident")
            page.openRequested("journal", {
                "incidentId": recordId
            });
        else if (kind === "note")
            page.openRequested("habits", {
                "habitId": recordId
            });
        else
            page.openRequested("strengths", {});
    }

    headerActions: AccentButton {
        objectName: "somethingHappenedButton"
        //: The main button: something hurtful happened and the user wants to reflect on it.
        text: qsTr("Something happened")
        Accessible.name: qsTr("Something happened: start a reflection")
        onClicked: page.openRequested("reflect", {})
    }

    TodayModel {
        id: today
        session: page.session
        active: page.visible
    }

    // A journal with nothing in it yet: what Today will hold, and where to begin.
    Card {
        objectName: "todayInvitation"
        visible: today.journalEmpty
        EmptyState {
            id: invitation
            title: qsTr("Welcome. This is your day at a glance.")
            text: qsTr("Here you will find the small rituals you keep, the next steps you chose after a hard moment, and a "
                       + "reminder of what you are good at. When something stings, “Something happened” walks you through "
                       + "it gently. Begin wherever it feels right.")
            actionText: qsTr("Set up a first ritual")
            onActionTriggered: page.openRequested("habits", {})
        }
        QuietButton {
            text: qsTr("Name a strength of yours")
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.padding
            onClicked: page.openRequested("strengths", {})
        }
    }

    // Reminders that came while the user was away: answered here, quietly.
    Card {
        objectName: "todayAway"
        // The list names itself; the card shows only while it has something (a hidden card hides the list too).
        visible: awayList.away.count > 0
        AwayList {
            id: awayList
            session: page.session
            Layout.fillWidth: true
            onOpenRequested: (name, args) => page.openRequested(name, args)
        }
    }

    // Reflections left half-way: everything written is kept, so they continue where they stopped.
    Card {
        objectName: "todayDrafts"
        visible: today.drafts.length > 0
        heading: qsTr("Continue your reflection")
        spacing: Theme.padding
        caption: qsTr("What you wrote is kept. Pick it up whenever you are ready.")
        TodayRows {
            model: today.drafts
            delegate: TodayActionRow {
                id: draftRow
                width: parent ? parent.width : 0
                required property var modelData
                recordId: draftRow.modelData.incidentId
                title: draftRow.modelData.label
                detail: draftRow.modelData.whenText
                //: Button (verb): continue a reflection left half-way.
                actionText: qsTr("Continue")
                //: Accessible name of the Continue button; %1 is the reflection's title.
                actionName: qsTr("Continue the reflection “%1”").arg(draftRow.modelData.label)
                actionObjectName: "continueDraft-" + draftRow.modelData.incidentId
            }
            // Delegates cannot reach the page by id (no bound components in Qt 6.4): the page wires them here.
            onItemAdded: (index, item) => {
                const row = item as TodayActionRow;
                row.activated.connect(() => page.openRequested("reflect", {
                    "incidentId": row.recordId
                }));
            }
        }
    }

    // The rituals due today.
    Card {
        objectName: "todayRituals"
        visible: !today.journalEmpty
        //: Heading. A ritual is a small daily habit the user keeps.
        heading: qsTr("Today’s rituals")
        spacing: Theme.padding
        caption: today.rituals.count > 0 ? qsTr("Small things, done kindly. Click the circle when one is done.") : ""

        EmptyState {
            visible: today.habitCount === 0
            title: qsTr("No rituals yet")
            text: qsTr("A ritual is something small you repeat to remind yourself of your worth: naming a strength in the "
                       + "morning, three good things at night, a message to someone you like. Today lists the ones due.")
            actionText: qsTr("Set up a ritual")
            onActionTriggered: page.openRequested("habits", {})
        }
        Label {
            textFormat: Text.PlainText
            visible: today.habitCount > 0 && today.rituals.count === 0
            text: qsTr("Nothing is due today. A day of rest is part of the rhythm.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: today.rituals
            delegate: TodayRitualRow {}
            onItemAdded: (index, item) => {
                const row = item as TodayRitualRow;
                row.todayModel = today;
                row.noteOpen = Qt.binding(() => page.noteHabitId === row.habitId);
                row.noteToggled.connect(() => page.toggleNote(row.habitId, row.name, row.prompt));
            }
        }

        // Today's note on one ritual, in the journal's editor: it attaches to the day's check-in only while open (an
        // empty recordId loads nothing) and saves what was typed when it closes.
        ColumnLayout {
            visible: page.noteHabitId.length > 0
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: Theme.gap
            SectionLabel {
                //: %1 is the name of a ritual (a habit).
                text: qsTr("Today’s note on %1").arg(page.noteHabitName)
            }
            JournalEditor {
                id: noteEditor
                objectName: "ritualNoteEditor"
                session: page.session
                field: JournalText.CheckInNote
                recordId: page.noteHabitId
                date: page.session ? page.session.today : new Date(NaN)
                placeholderText: page.notePrompt.length > 0 ? page.notePrompt : qsTr("A few words about today, if you like.")
                //: %1 is the name of a ritual (a habit).
                accessibleName: qsTr("Today’s note on %1").arg(page.noteHabitName)
                Layout.fillWidth: true
                Layout.preferredHeight: 160
            }
        }
    }

    // Planned challenges whose time has come: how did it go?
    Card {
        objectName: "todayFollowUps"
        visible: today.followUps.length > 0
        heading: qsTr("How did it go?")
        spacing: Theme.padding
        caption: qsTr("You planned a small challenge. Whatever happened, noting it helps the next one.")
        tint: Theme.accentSoft
        TodayRows {
            model: today.followUps
            delegate: TodayActionRow {
                id: followUpRow
                width: parent ? parent.width : 0
                required property var modelData
                recordId: followUpRow.modelData.incidentId
                title: followUpRow.modelData.title
                detail: followUpRow.modelData.whenText
                //: Button: tell how a planned challenge went.
                actionText: qsTr("Tell how it went")
                //: Accessible name of the button; %1 is the planned challenge.
                actionName: qsTr("Tell how “%1” went").arg(followUpRow.modelData.title)
                actionObjectName: "followUp-" + followUpRow.modelData.incidentId
            }
            onItemAdded: (index, item) => {
                const row = item as TodayActionRow;
                row.activated.connect(() => page.openRequested("reflect", {
                    "incidentId": row.recordId
                }));
            }
        }
    }

    // The next steps chosen at the end of reflections.
    Card {
        objectName: "todaySteps"
        visible: !today.journalEmpty
        heading: qsTr("Your next steps")
        spacing: Theme.padding
        caption: today.nextStepCount > 0 ? qsTr("One small step at a time. Tick one off when it is done.") : ""
        Label {
            textFormat: Text.PlainText
            visible: today.nextStepCount === 0
            text: qsTr("No open steps. A reflection ends with one small next step; it waits here until you take it.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TodayRows {
            model: today.nextSteps
            delegate: TodayStepRow {
                id: stepRow
                width: parent ? parent.width : 0
                required property var modelData
                incidentId: stepRow.modelData.incidentId
                text: stepRow.modelData.text
                reflectionTitle: stepRow.modelData.reflectionTitle
                dueText: stepRow.modelData.dueText
                overdue: stepRow.modelData.overdue
            }
            onItemAdded: (index, item) => {
                const row = item as TodayStepRow;
                row.doneRequested.connect(() => today.markStepDone(row.incidentId));
                row.openRequested.connect(() => page.openRequested("reflect", {
                    "incidentId": row.incidentId
                }));
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: today.nextStepCount > today.nextSteps.length
            //: Under the list of open next steps; %n is how many more are not shown.
            text: qsTr("And %n more in your journal.", "", today.nextStepCount - today.nextSteps.length)
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }

    // A strength or the mission, a different one each day.
    Card {
        objectName: "todayRemember"
        visible: !today.journalEmpty
        //: Card heading (imperative): keep in mind one of your strengths or your mission.
        heading: qsTr("Remember")
        tint: Theme.warmSoft

        Label {
            textFormat: Text.PlainText
            visible: text.length > 0
            //: The user's personal mission statement.
            text: today.worthKind === "mission" ? qsTr("Your mission") : today.worthTitle
            color: Theme.warm
            font.pointSize: Theme.headingSize - 2
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: text.length > 0
            text: today.worthText
            color: Theme.text
            font.italic: today.worthKind === "mission"
            font.pointSize: today.worthKind === "mission" ? Theme.bodySize + 2 : Theme.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: today.worthKind === "strength"
            //: Strength: a personal quality the user is good at.
            text: qsTr("One of your strengths. Where could it help you today?")
            color: Theme.muted
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: today.worthKind.length === 0
            text: qsTr("Name your strengths or write your mission, and Today will hold one of them up for you each day.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QuietButton {
            text: today.worthKind.length === 0 ? qsTr("Name a strength") : qsTr("See all your strengths")
            onClicked: page.openRequested("strengths", {})
        }
    }

    // What was written on this day in earlier years.
    Card {
        objectName: "todayOnThisDay"
        visible: !today.journalEmpty
        //: Card heading: what was written on this calendar day in earlier years.
        heading: qsTr("On this day")
        Label {
            textFormat: Text.PlainText
            visible: today.memoryCount === 0
            text: qsTr("Once your journal is older than a year, what you wrote on this day comes back here.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TodayRows {
            model: today.memories
            delegate: TodayMemoryRow {
                id: memoryRow
                width: parent ? parent.width : 0
                required property var modelData
                kind: memoryRow.modelData.kind
                recordId: memoryRow.modelData.id
                title: memoryRow.modelData.title
                text: memoryRow.modelData.text
                yearsAgoText: memoryRow.modelData.yearsAgoText
            }
            onItemAdded: (index, item) => {
                const row = item as TodayMemoryRow;
                row.openRequested.connect(() => page.openMemory(row.kind, row.recordId));
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: today.memoryCount > today.memories.length
            //: Under the memories of this day in earlier years; %n is how many more are not shown.
            text: qsTr("And %n more from this day.", "", today.memoryCount - today.memories.length)
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }
}
