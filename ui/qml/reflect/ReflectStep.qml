// SPDX-License-Identifier: GPL-3.0-or-later
// What every step of the flow is: a heading, a short prompt in our words, then the step's own controls.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: step

    required property ReflectionModel reflection
    required property JournalSession session
    property string heading
    property string prompt
    /// What gets the keyboard focus when the step opens.
    property Item firstFocus: null

    /// The page is about to leave this step (another step, Done, another reflection).
    signal leaving

    function focusFirst() {
        if (step.firstFocus)
            step.firstFocus.forceActiveFocus();
    }

    spacing: Theme.padding

    Label {
        text: step.heading
        font.pointSize: Theme.headingSize + 2
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: step.heading
    }
    Label {
        visible: step.prompt.length > 0
        text: step.prompt
        color: Theme.muted
        wrapMode: Text.Wrap
        lineHeight: 1.15
        Layout.fillWidth: true
        Layout.maximumWidth: 720
        Layout.bottomMargin: Theme.gap
    }
}
