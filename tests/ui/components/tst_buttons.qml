// SPDX-License-Identifier: GPL-3.0-or-later
// The shared buttons by keys: Tab shows the focus ring around the focused one, Enter and Return press it as Space does.
import QtQuick
import QtQuick.Layouts
import QtTest
import Mosaic.Ui

Item {
    id: scene
    width: 600
    height: 200

    property int accentClicks: 0
    property int quietClicks: 0

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
    }
    RowLayout {
        x: 20
        y: 20
        spacing: Theme.gap
        TextInput {
            id: start
            text: "start"
            activeFocusOnTab: true
        }
        AccentButton {
            id: accent
            text: "Save"
            onClicked: scene.accentClicks += 1
        }
        QuietButton {
            id: quiet
            text: "Cancel"
            checkable: true
            onClicked: scene.quietClicks += 1
        }
    }

    TestCase {
        name: "Buttons"
        when: windowShown

        function init() {
            failOnWarning(/.*/);
            scene.accentClicks = 0;
            scene.quietClicks = 0;
            quiet.checked = false;
            start.forceActiveFocus();
        }

        function ring(button: Item): Rectangle {
            return findChild(button, "focusRing");
        }

        function test_tabShowsTheFocusRing() {
            verify(!ring(accent).visible);
            keyClick(Qt.Key_Tab);
            verify(accent.activeFocus);
            verify(ring(accent).visible);
            compare(ring(accent).border.color, Theme.focusRing);
            verify(ring(accent).border.width >= 2);
            // Outside the button, so it never hides in the button's own colour.
            verify(ring(accent).width > accent.width);
            verify(!ring(quiet).visible);

            keyClick(Qt.Key_Tab);
            verify(quiet.activeFocus);
            verify(ring(quiet).visible);
            verify(!ring(accent).visible);
            compare(ring(quiet).border.color, Theme.focusRing);
        }

        function test_aClickShowsNoRing() {
            mouseClick(accent);
            compare(scene.accentClicks, 1);
            verify(!ring(accent).visible);
        }

        function test_enterAndReturnPressTheFocusedButton() {
            keyClick(Qt.Key_Tab);
            verify(accent.activeFocus);
            keyClick(Qt.Key_Return);
            compare(scene.accentClicks, 1);
            keyClick(Qt.Key_Enter);
            compare(scene.accentClicks, 2);
            keyClick(Qt.Key_Space);
            compare(scene.accentClicks, 3);

            keyClick(Qt.Key_Tab);
            verify(quiet.activeFocus);
            keyClick(Qt.Key_Return);
            compare(scene.quietClicks, 1);
            // A checkable button toggles, as with Space.
            verify(quiet.checked);
            keyClick(Qt.Key_Enter);
            compare(scene.quietClicks, 2);
            verify(!quiet.checked);
            compare(scene.accentClicks, 0 + 3);
        }

        function test_aDisabledButtonIgnoresEnter() {
            keyClick(Qt.Key_Tab);
            verify(accent.activeFocus);
            accent.enabled = false;
            keyClick(Qt.Key_Return);
            compare(scene.accentClicks, 0);
            accent.enabled = true;
        }
    }
}
