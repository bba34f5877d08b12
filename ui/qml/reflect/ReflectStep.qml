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
    /// What gets the keyboard focus whenever the step is arrived at (Ctrl+Enter, Next, Back, a step's dot): every
    /// step names one, so that words typed at once are never lost.
    property Item firstFocus: null
    /// The height of the page's step view (set by the page): editors take the room there is.
    property real viewHeight: 0
    /// Less motion, as the person asked in Settings (set by the page).
    property bool reduceMotion: false

    /// The page is about to leave this step (another step, Done, another reflection).
    signal leaving

    function focusFirst() {
        // As if tabbed to: a button, a chip or a slider shows its focus ring, so the keyboard's place is seen.
        if (step.firstFocus)
            step.firstFocus.forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.padding

    Label {
        textFormat: Text.PlainText
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
        textFormat: Text.PlainText
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
