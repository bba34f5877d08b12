// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder settings: the switch, a pause, quiet hours, the tray, and the autostart entry they write and remove.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 900
    height: 900

    AppSettings {
        id: appSettings
    }
    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: settingsComponent
        ReminderSettings {
            width: 800
        }
    }
    Component {
        id: otherPreferences
        ReminderPreferences {}
    }

    TestCase {
        name: "ReminderSettings"
        when: windowShown

        property JournalSession session
        property string dataDir

        function init() {
            failOnWarning(/.*/);
            dataDir = TestSupport.newDataDirectory();
            session = createTemporaryObject(sessionComponent, scene, { dataDirectory: dataDir });
        }

        function createView(): ReminderSettings {
            const view = createTemporaryObject(settingsComponent, scene, { session: session, settings: appSettings });
            verify(view);
            const prefs = view.preferences;
            prefs.autostartDirectory = dataDir + "/autostart";
            // The test settings file outlives a run: every test starts from the defaults.
            prefs.enabled = true;
            prefs.quietHoursEnabled = false;
            prefs.quietStart = "22:00";
            prefs.quietEnd = "07:00";
            prefs.quietDays = [];
            prefs.keepInTray = true;
            prefs.setPausedUntil(new Date(NaN));
            return view;
        }

        function test_switchPauseAndQuietHoursReachEveryReader() {
            const view = createView();
            const prefs = view.preferences;
            // Another reader of the same file (the running service holds one): it hears every change.
            const other = createTemporaryObject(otherPreferences, scene, { settingsFile: appSettings.settingsPath });
            let heard = 0;
            other.changed.connect(() => heard++);

            const enabled = findChild(view, "reminders-enabled");
            verify(enabled.checked);
            mouseClick(enabled);
            verify(!prefs.enabled);
            verify(!other.enabled);
            verify(heard > 0);
            mouseClick(enabled);
            verify(other.enabled);

            mouseClick(findChild(view, "reminders-pause-hour"));
            compare(prefs.pausedUntil, new Date(Date.UTC(2026, 10, 20, 10, 30)));
            verify(findChild(view, "reminders-pause-text").text.indexOf("10:30") >= 0);
            mouseClick(findChild(view, "reminders-resume"));
            compare(prefs.pauseText, "");
            mouseClick(findChild(view, "reminders-pause-tomorrow"));
            compare(prefs.pauseText, "Reminders rest until tomorrow");
            compare(other.pausedUntil, new Date(Date.UTC(2026, 10, 21, 0, 0)));
            prefs.resume();

            mouseClick(findChild(view, "reminders-quiet"));
            verify(other.quietHoursEnabled);
            const start = findChild(view, "reminders-quiet-start");
            start.forceActiveFocus();
            start.selectAll();
            keyClick(Qt.Key_2);
            keyClick(Qt.Key_3);
            keyClick(Qt.Key_Colon);
            keyClick(Qt.Key_3);
            keyClick(Qt.Key_0);
            keyClick(Qt.Key_Tab);
            compare(other.quietStart, "23:30");
            // Something that is not a time is not kept.
            start.forceActiveFocus();
            start.selectAll();
            keyClick(Qt.Key_X);
            keyClick(Qt.Key_Tab);
            compare(other.quietStart, "23:30");
            compare(start.text, "23:30");

            mouseClick(findChild(view, "reminders-quiet-day-6"));
            compare(other.quietDays, [1, 2, 3, 4, 5, 7]);
            mouseClick(findChild(view, "reminders-quiet-day-6"));
            compare(other.quietDays, []);
        }

        function test_startAtLoginWritesAndRemovesTheAutostartEntry() {
            const view = createView();
            const prefs = view.preferences;
            const login = findChild(view, "reminders-start-at-login");
            if (!prefs.startAtLoginSupported)
                skip("Start at login is written on Linux only");
            verify(!login.checked);
            mouseClick(login);
            verify(prefs.startAtLogin);
            compare(prefs.autostartFile, dataDir + "/autostart/org.mosaic.Mosaic.desktop");
            const entry = TestSupport.readTextFile(prefs.autostartFile);
            verify(entry.startsWith("[Desktop Entry]\nType=Application\n"), entry);
            verify(/\nExec=\S+\n/.test(entry), entry);
            mouseClick(login);
            verify(!prefs.startAtLogin);
            compare(TestSupport.readTextFile(prefs.autostartFile), "");
        }

        function test_keepInTrayIsOnUntilSwitchedOff() {
            const view = createView();
            const keep = findChild(view, "reminders-keep-in-tray");
            verify(keep.checked);
            mouseClick(keep);
            verify(!view.preferences.keepInTray);
            mouseClick(keep);
            verify(view.preferences.keepInTray);
        }
    }
}
