// SPDX-License-Identifier: GPL-3.0-or-later
// One entry opened to read: a reflection rendered (its texts, feelings before and after, thinking patterns,
// reframes), a win (edited in place) or a ritual note; with Edit and Delete.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Flickable {
    id: view

    required property JournalEntry entry
    readonly property var details: view.entry.details
    readonly property bool isIncident: view.entry.entryType === "incident"
    readonly property bool isWin: view.entry.entryType === "win"
    property bool editingWin: false

    signal editReflection(string incidentId)
    signal openHabit(string habitId)
    signal closeRequested

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.padding
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    ScrollBar.vertical: ScrollBar {
        //: Accessible name of the scroll bar beside the journal entry being read.
        Accessible.name: qsTr("Scroll the entry")
    }

    Connections {
        target: view.entry
        function onEntryChanged() {
            view.editingWin = false;
            view.contentY = 0;
        }
    }

    component Chip: Rectangle {
        id: chip
        required property string text
        property color tint: Theme.surfaceAlt
        property color ink: Theme.text
        implicitWidth: chipLabel.implicitWidth + 2 * Theme.gap + 4
        implicitHeight: chipLabel.implicitHeight + Theme.gap
        radius: height / 2
        color: chip.tint
        Label {
            id: chipLabel
            anchors.centerIn: parent
            text: chip.text
            textFormat: Text.PlainText
            color: chip.ink
            font.pointSize: Theme.smallSize
        }
    }

    component Field: TextField {
        id: field
        leftPadding: Theme.gap + 4
        rightPadding: Theme.gap + 4
        color: Theme.text
        placeholderTextColor: Theme.faint
        selectionColor: Theme.accentSoft
        selectedTextColor: Theme.text
        background: Rectangle {
            implicitHeight: 36
            radius: Theme.smallRadius + 2
            color: Theme.paper
            border.width: field.activeFocus ? 2 : 1
            border.color: field.activeFocus ? Theme.accent : Theme.border
        }
    }

    // A person's Markdown, rendered without loading anything (ReadableText); a link opens only when clicked.
    component Markdown: TextEdit {
        required property string markdown
        readOnly: true
        selectByMouse: true
        textFormat: TextEdit.RichText
        text: ReadableText.html(markdown, Theme.accent)
        onLinkActivated: link => Qt.openUrlExternally(link)
        wrapMode: TextEdit.Wrap
        color: Theme.text
        selectionColor: Theme.accentSoft
        selectedTextColor: Theme.text
        font.pointSize: Theme.bodySize
        activeFocusOnTab: false
        Layout.fillWidth: true
    }

    component Rating: ColumnLayout {
        id: rating
        required property string label
        required property int before
        required property int after
        spacing: 4
        Layout.fillWidth: true
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: rating.label
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                //: A rating (0 to 100) before and after the reflection: %1 before, %2 after.
                text: rating.after >= 0 ? qsTr("%1 → %2").arg(rating.before).arg(rating.after) : String(rating.before)
                color: Theme.muted
                font.pointSize: Theme.smallSize
            }
        }
        Item {
            Layout.fillWidth: true
            implicitHeight: 6
            Accessible.role: Accessible.StaticText
            Accessible.name: rating.after >= 0
                             //: %1 is a feeling (or "How much I believed it"), %2 its rating (0 to 100) before the
                             //: reflection, %3 after.
                             ? qsTr("%1: %2 before, %3 after").arg(rating.label).arg(rating.before).arg(rating.after)
                             //: %1 is a feeling (or "How much I believed it"), %2 its rating (0 to 100).
                             : qsTr("%1: %2").arg(rating.label).arg(rating.before)
            Rectangle {
                width: parent.width
                height: parent.height
                radius: 3
                color: Theme.surfaceAlt
            }
            Rectangle {
                // Before: the faint bar; after: the accent over it.
                width: parent.width * rating.before / 100
                height: parent.height
                radius: 3
                color: Theme.faint
                opacity: 0.55
            }
            Rectangle {
                visible: rating.after >= 0
                width: parent.width * Math.max(0, rating.after) / 100
                height: parent.height
                radius: 3
                color: Theme.accent
            }
        }
    }

    ColumnLayout {
        id: column
        x: Theme.padding
        y: Theme.padding
        width: view.width - 2 * Theme.padding
        spacing: Theme.padding

        // Heading and actions.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    textFormat: Text.PlainText
                    //: Above an entry's title: %1 is the kind of entry (e.g. "Reflection", "Win"), %2 its date.
                    text: qsTr("%1 · %2").arg(view.details.kindLabel || "").arg(view.details.dateText || "")
                    color: view.isWin ? Theme.warm : Theme.accent
                    font.pointSize: Theme.smallSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "entryTitle"
                    visible: !view.editingWin
                    text: view.details.title || ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pointSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            QuietButton {
                objectName: "editEntry"
                visible: view.isIncident || (view.isWin && !view.editingWin)
                //: Button (verb): edit this entry.
                text: qsTr("Edit")
                onClicked: {
                    if (view.isIncident)
                        view.editReflection(view.entry.entryId);
                    else
                        view.editingWin = true;
                }
            }
            QuietButton {
                visible: view.entry.entryType === "checkIn"
                //: Button: show the ritual of this note on the Habits page (use the page's name as in the sidebar).
                text: qsTr("Open in Habits")
                onClicked: view.openHabit(view.details.habitId || "")
            }
            QuietButton {
                objectName: "deleteEntry"
                visible: view.isIncident || view.isWin
                //: Button (verb): delete this entry.
                text: qsTr("Delete")
                Accessible.description: qsTr("You can undo this for a few seconds.")
                onClicked: view.entry.deleteEntry()
            }
            QuietButton {
                //: Button (verb): close this entry.
                text: qsTr("Close")
                onClicked: view.closeRequested()
            }
        }

        // Where and with whom.
        Flow {
            visible: view.isIncident && ((view.details.circleName || "").length > 0 || (view.details.people || "").length > 0
                                         || (view.details.tags || []).length > 0)
            Layout.fillWidth: true
            spacing: Theme.gap
            Chip {
                visible: (view.details.circleName || "").length > 0
                text: view.details.circleName || ""
                tint: Theme.accentSoft
            }
            Chip {
                visible: (view.details.people || "").length > 0
                text: view.details.people || ""
            }
            Repeater {
                model: view.details.tags || []
                delegate: Chip {
                    required property string modelData
                    text: "#" + modelData
                    ink: Theme.muted
                }
            }
        }

        // A win: its words, or the inline edit.
        Markdown {
            visible: view.entry.entryType === "checkIn"
            markdown: view.details.text || ""
        }
        Flow {
            visible: view.isWin && !view.editingWin && (view.details.strengths || []).length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: view.details.strengths || []
                delegate: Chip {
                    required property string modelData
                    text: modelData
                    tint: Theme.warmSoft
                }
            }
        }
        ColumnLayout {
            visible: view.isWin && view.editingWin
            Layout.fillWidth: true
            spacing: Theme.gap
            SectionLabel {
                //: Label of the field: a win is something that went well (a success, not a game).
                text: qsTr("The win")
            }
            Field {
                id: winText
                objectName: "winText"
                text: view.details.text || ""
                placeholderText: qsTr("What went well")
                //: Field name: a win is something that went well (a success, not a game).
                Accessible.name: qsTr("The win")
                Layout.fillWidth: true
                onAccepted: saveWin.clicked()
                Keys.onEscapePressed: view.editingWin = false
            }
            SectionLabel {
                //: Label of the field: the date of the win.
                text: qsTr("Its day")
            }
            Field {
                id: winDate
                objectName: "winDate"
                text: view.details.date || ""
                placeholderText: "2026-11-20"
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Its day, as year-month-day")
                Layout.preferredWidth: 180
                onAccepted: saveWin.clicked()
                Keys.onEscapePressed: view.editingWin = false
            }
            RowLayout {
                spacing: Theme.gap
                AccentButton {
                    id: saveWin
                    objectName: "saveWin"
                    //: Button (verb): save the edited win.
                    text: qsTr("Save")
                    onClicked: {
                        if (view.entry.saveWin(winText.text, winDate.text))
                            view.editingWin = false;
                    }
                }
                QuietButton {
                    //: Button (verb): stop editing without saving.
                    text: qsTr("Cancel")
                    onClicked: view.editingWin = false
                }
            }
            onVisibleChanged: {
                if (visible) {
                    winText.text = view.details.text || "";
                    winDate.text = view.details.date || "";
                    winText.forceActiveFocus();
                }
            }
        }

        // A reflection: feelings before and after.
        ColumnLayout {
            visible: view.isIncident && ((view.details.emotions || []).length > 0 || view.details.beliefBefore >= 0)
            Layout.fillWidth: true
            spacing: Theme.gap
            SectionLabel {
                //: Section heading: how strong each feeling was before and after the reflection.
                text: qsTr("Feelings, before → after")
            }
            Repeater {
                model: view.details.emotions || []
                delegate: Rating {
                    required property var modelData
                    label: modelData.label
                    before: modelData.before
                    after: modelData.after
                }
            }
            Rating {
                visible: view.details.beliefBefore >= 0
                label: qsTr("How much I believed it")
                before: Math.max(0, view.details.beliefBefore === undefined ? 0 : view.details.beliefBefore)
                after: view.details.beliefAfter === undefined ? -1 : view.details.beliefAfter
            }
        }

        // The texts, rendered.
        Repeater {
            model: view.isIncident ? view.details.sections || [] : []
            delegate: ColumnLayout {
                id: section
                required property var modelData
                Layout.fillWidth: true
                spacing: 4
                SectionLabel {
                    text: section.modelData.heading
                }
                Markdown {
                    objectName: "sectionText"
                    markdown: section.modelData.text
                }
            }
        }

        ColumnLayout {
            visible: view.isIncident && (view.details.distortions || []).length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            SectionLabel {
                text: qsTr("Thinking patterns noticed")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: view.details.distortions || []
                    delegate: Chip {
                        required property string modelData
                        text: modelData
                    }
                }
            }
        }

        ColumnLayout {
            visible: view.isIncident && (view.details.reframes || []).length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            SectionLabel {
                //: Section heading: the reframes, kinder and truer ways to read what happened.
                text: qsTr("Kinder, truer readings")
            }
            Repeater {
                model: view.details.reframes || []
                delegate: Rectangle {
                    id: reframe
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: reframeColumn.implicitHeight + 2 * Theme.gap + 4
                    radius: Theme.smallRadius + 2
                    color: Theme.accentSoft
                    ColumnLayout {
                        id: reframeColumn
                        x: Theme.padding
                        y: Theme.gap + 2
                        width: parent.width - 2 * Theme.padding
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            text: reframe.modelData.believability >= 0
                                  //: %1 is the kind of reframe (e.g. "Another explanation"), %2 how believable it felt, 0 to 100.
                                  ? qsTr("%1 · believable %2 of 100").arg(reframe.modelData.kindLabel).arg(reframe.modelData.believability)
                                  : reframe.modelData.kindLabel
                            color: Theme.muted
                            font.pointSize: Theme.smallSize
                        }
                        Markdown {
                            markdown: reframe.modelData.text
                        }
                    }
                }
            }
        }

        ColumnLayout {
            visible: view.isIncident && (view.details.nextStep || "").length > 0
            Layout.fillWidth: true
            spacing: 4
            SectionLabel {
                text: qsTr("One small next step")
            }
            Label {
                text: view.details.nextStep || ""
                textFormat: Text.PlainText
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
