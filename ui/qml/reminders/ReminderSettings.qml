// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder settings: the switch for all reminders, a pause, quiet hours, staying in the tray when the window
// closes, and starting at login. They are kept beside the window's preferences (see ReminderPreferences), and the
// running reminders service follows every change at once.
//
// Use: ReminderSettings { session: page.session; settings: page.settings; Layout.fillWidth: true }
//   session  — the open journal (required): its clock for pausing, its message bar for a failure.
//   settings — the window's AppSettings (required): the reminder settings live in its file.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: root

    required property JournalSession session
    required property AppSettings settings
    /// The view-model, for tests and for the page that places this.
    readonly property ReminderPreferences preferences: prefs

    spacing: Theme.gap + 2
    Accessible.role: Accessible.Grouping
    //: Noun, plural: the reminder settings.
    Accessible.name: qsTr("Reminders")

    ReminderPreferences {
        id: prefs
        session: root.session
        settingsFile: root.settings.settingsPath
    }

    Switch {
        id: enabledSwitch
        objectName: "reminders-enabled"
        text: qsTr("Remind me of my rituals")
        checked: prefs.enabled
        Accessible.name: enabledSwitch.text
        onToggled: prefs.enabled = enabledSwitch.checked
    }
    Label {
        text: prefs.enabled ? qsTr("Each ritual's reminders are set with the ritual, on the Habits page.")
                            : qsTr("Reminders are resting. Your rituals' times stay as they are for when you switch them back on.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    RowLayout {
        visible: prefs.enabled
        spacing: Theme.gap
        Layout.fillWidth: true
        Label {
            objectName: "reminders-pause-text"
            text: prefs.pauseText.length > 0 ? prefs.pauseText : qsTr("Need some quiet?")
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        QuietButton {
            objectName: "reminders-pause-hour"
            visible: prefs.pauseText.length === 0
            //: Button (verb): hold all reminders for an hour.
            text: qsTr("Pause for an hour")
            onClicked: prefs.pauseForAnHour()
        }
        QuietButton {
            objectName: "reminders-pause-tomorrow"
            visible: prefs.pauseText.length === 0
            //: Button (verb): hold all reminders until tomorrow.
            text: qsTr("Pause until tomorrow")
            onClicked: prefs.pauseUntilTomorrow()
        }
        QuietButton {
            objectName: "reminders-resume"
            visible: prefs.pauseText.length > 0
            //: Button (verb): end the pause of the reminders.
            text: qsTr("Resume now")
            onClicked: prefs.resume()
        }
    }

    SectionLabel {
        text: qsTr("Quiet hours")
        Layout.topMargin: Theme.gap
    }
    Switch {
        id: quietSwitch
        objectName: "reminders-quiet"
        text: qsTr("Hold reminders during quiet hours")
        checked: prefs.quietHoursEnabled
        Accessible.name: quietSwitch.text
        onToggled: prefs.quietHoursEnabled = quietSwitch.checked
    }
    RowLayout {
        enabled: prefs.quietHoursEnabled
        spacing: Theme.gap
        Label {
            //: Before the start time of quiet hours: "From [time] to [time]".
            text: qsTr("From")
            color: Theme.muted
        }
        TextField {
            id: quietStart
            objectName: "reminders-quiet-start"
            text: LocaleInput.timeText(prefs.quietStart)
            implicitWidth: 110
            implicitHeight: 34
            Accessible.name: qsTr("Quiet hours start")
                        onEditingFinished: {
                if (prefs.isTime(quietStart.text))
                    prefs.quietStart = quietStart.text;
                quietStart.text = Qt.binding(() => LocaleInput.timeText(prefs.quietStart));
            }
        }
        Label {
            //: Between the start and the end time of quiet hours: "From [time] to [time]".
            text: qsTr("to")
            color: Theme.muted
        }
        TextField {
            id: quietEnd
            objectName: "reminders-quiet-end"
            text: LocaleInput.timeText(prefs.quietEnd)
            implicitWidth: 110
            implicitHeight: 34
            Accessible.name: qsTr("Quiet hours end")
            onEditingFinished: {
                if (prefs.isTime(quietEnd.text))
                    prefs.quietEnd = quietEnd.text;
                quietEnd.text = Qt.binding(() => LocaleInput.timeText(prefs.quietEnd));
            }
        }
    }
    Row {
        enabled: prefs.quietHoursEnabled
        spacing: 4
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Nights with quiet hours")
        Repeater {
            model: 7
            delegate: Button {
                id: quietDay
                // Enter presses it too, as Space does.
                Keys.onReturnPressed: quietDay.clicked()
                Keys.onEnterPressed: quietDay.clicked()
                required property int index
                readonly property int day: quietDay.index + 1
                readonly property bool on: prefs.quietDays.length === 0 || prefs.quietDays.indexOf(quietDay.day) >= 0
                objectName: "reminders-quiet-day-" + quietDay.day
                text: Qt.locale().dayName(quietDay.day % 7, Locale.ShortFormat)
                flat: true
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: quietDay.on
                Accessible.name: Qt.locale().dayName(quietDay.day % 7, Locale.LongFormat)
                onClicked: prefs.toggleQuietDay(quietDay.day)
                contentItem: Text {
                    text: quietDay.text
                    font: quietDay.font
                    color: quietDay.on && quietDay.enabled ? Theme.textOnAccent : Theme.muted
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitWidth: 44
                    implicitHeight: 30
                    radius: Theme.smallRadius
                    color: quietDay.on && quietDay.enabled ? Theme.accent : "transparent"
                    border.width: quietDay.visualFocus ? 2 : 1
                    border.color: quietDay.visualFocus ? Theme.text : Theme.border
                }
            }
        }
    }
    Label {
        text: qsTr("Reminders that fall in quiet hours wait until they end. The days are the evenings quiet hours begin.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    SectionLabel {
        //: Section heading: Mosaic running in the background (in the system tray).
        text: qsTr("In the background")
        Layout.topMargin: Theme.gap
    }
    Switch {
        id: traySwitch
        objectName: "reminders-keep-in-tray"
        text: qsTr("Keep Mosaic in the tray when the window closes")
        checked: prefs.keepInTray
        Accessible.name: traySwitch.text
        onToggled: prefs.keepInTray = traySwitch.checked
    }
    Label {
        text: qsTr("Reminders can only reach you while Mosaic runs. With this on, closing the window leaves Mosaic's icon in the tray; quit from its menu.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Switch {
        id: loginSwitch
        objectName: "reminders-start-at-login"
        visible: prefs.startAtLoginSupported
        text: qsTr("Start Mosaic when I log in")
        checked: prefs.startAtLogin
        Accessible.name: loginSwitch.text
        onToggled: prefs.startAtLogin = loginSwitch.checked
    }
}
