// SPDX-License-Identifier: GPL-3.0-or-later
// "While you were away": today's reminders whose time passed while they were not answered — a ritual not checked off
// yet, or a plain reminder never shown — each with Done, Later and Open. Hidden when there is none.
//
// Use: AwayList { session: page.session; Layout.fillWidth: true (or a width); onOpenRequested: (name, args) => page.openRequested(name, args) }
//   session      — the open journal (required): read through it; Done and Later write through it.
//   settingsFile — the reminder settings file (optional; empty for this user's), for the global switch and a pause.
//   openRequested(page, args) — asks the window to show a ritual: ("habits", {habitId}).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

// A Column, not a ColumnLayout: the rows come and go as reminders fire and are answered, often while the page is laid
// out (a reminder fires as the window opens), and Qt 6.4's layouts then read the rows the Repeater destroyed (a crash).
// A positioner holds no such list; the layout around it sees one item.
Column {
    id: root

    required property JournalSession session
    property string settingsFile
    /// The view-model, for tests and for the page that places this.
    readonly property AwayModel away: awayModel

    signal openRequested(string page, var args)

    visible: awayModel.count > 0
    spacing: Theme.gap
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("While you were away")

    AwayModel {
        id: awayModel
        session: root.session
        settingsFile: root.settingsFile
    }

    SectionLabel {
        text: qsTr("While you were away")
    }

    Repeater {
        model: awayModel
        delegate: Rectangle {
            id: row

            required property string reminderId
            required property string habitId
            required property string title
            required property string timeText

            objectName: "away-" + row.reminderId
            width: root.width
            implicitHeight: rowLayout.implicitHeight + 2 * Theme.gap
            radius: Theme.smallRadius
            color: Theme.warmSoft

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: Theme.gap
                anchors.leftMargin: Theme.padding
                spacing: Theme.gap

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        // A ritual's name is the person's text: never read as markup (an image link would load).
                        textFormat: Text.PlainText
                        text: row.title
                        color: Theme.text
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        //: %1 is the time of day the reminder was due, e.g. "7:30".
                        text: qsTr("Its time was %1").arg(row.timeText)
                        color: Theme.muted
                        font.pointSize: Theme.smallSize
                    }
                }
                QuietButton {
                    objectName: "away-done-" + row.reminderId
                    visible: row.habitId.length > 0
                    //: Button: the ritual of this reminder is done (check it off for today).
                    text: qsTr("Done")
                    //: %1 is the name of a ritual (a habit).
                    Accessible.name: qsTr("Check off %1").arg(row.title)
                    onClicked: awayModel.markDone(row.reminderId)
                }
                QuietButton {
                    id: laterButton
                    readonly property Popup choices: laterPopup
                    objectName: "away-later-" + row.reminderId
                    //: Button: remind me again later (snooze).
                    text: qsTr("Later")
                    //: %1 is the name of a ritual (a habit) or a reminder.
                    Accessible.name: qsTr("Remind me of %1 later").arg(row.title)
                    onClicked: laterPopup.open()

                    Popup {
                        id: laterPopup
                        objectName: "away-later-popup-" + row.reminderId
                        y: laterButton.height + 4
                        padding: Theme.gap
                        focus: true
                        background: Rectangle {
                            color: Theme.surface
                            radius: Theme.smallRadius
                            border.color: Theme.border
                        }
                        ColumnLayout {
                            spacing: Theme.gap
                            QuietButton {
                                objectName: "away-later-10-" + row.reminderId
                                text: qsTr("In 10 minutes")
                                Layout.fillWidth: true
                                onClicked: {
                                    laterPopup.close();
                                    awayModel.snoozeFor(row.reminderId, 10);
                                }
                            }
                            QuietButton {
                                objectName: "away-later-60-" + row.reminderId
                                text: qsTr("In an hour")
                                Layout.fillWidth: true
                                onClicked: {
                                    laterPopup.close();
                                    awayModel.snoozeFor(row.reminderId, 60);
                                }
                            }
                            RowLayout {
                                spacing: Theme.gap
                                TextField {
                                    id: laterTime
                                    objectName: "away-later-time-" + row.reminderId
                                    //: Placeholder of a field for a time of day to be reminded again; %1 is an
                                    //: example time as the user's language writes it (e.g. "6:30 PM" or "18:30").
                                    placeholderText: qsTr("at %1").arg(LocaleInput.timeText("18:30"))
                                    implicitWidth: 120
                                    implicitHeight: 34
                                    Accessible.name: qsTr("Remind me at this time of day")
                                    onAccepted: laterAt.clicked()
                                }
                                QuietButton {
                                    id: laterAt
                                    //: Button (verb): remind me again at the time typed.
                                    text: qsTr("Set")
                                    enabled: laterTime.text.trim().length > 0
                                    onClicked: {
                                        laterPopup.close();
                                        awayModel.snoozeUntil(row.reminderId, laterTime.text);
                                    }
                                }
                            }
                        }
                    }
                }
                QuietButton {
                    objectName: "away-open-" + row.reminderId
                    visible: row.habitId.length > 0
                    //: Button (verb): show this ritual on the Habits page.
                    text: qsTr("Open")
                    //: %1 is the name of a ritual (a habit).
                    Accessible.name: qsTr("Open %1").arg(row.title)
                    onClicked: root.openRequested("habits", { habitId: row.habitId })
                }
            }
        }
    }
}
