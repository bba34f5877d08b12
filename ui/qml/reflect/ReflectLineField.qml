// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line field of the reflection (a title, a date, the next step): saved a moment after typing stops, when the
// field is left, and when the step closes. It shows what was stored when it opened and is never rewritten under the
// typing.
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

TextField {
    id: field

    /// What the field shows when it opens.
    property string initialText
    property int delay: 700
    property string lastCommitted

    /// The text to save; only when it differs from what was last handed over.
    signal commit(string text)

    function flush() {
        saveTimer.stop();
        if (field.text === field.lastCommitted)
            return;
        field.lastCommitted = field.text;
        field.commit(field.text);
    }

    selectByMouse: true
    Accessible.name: field.placeholderText
    Component.onCompleted: {
        field.text = field.initialText;
        field.lastCommitted = field.initialText;
    }
    Component.onDestruction: field.flush()
    onTextEdited: saveTimer.restart()
    onEditingFinished: field.flush()

    Timer {
        id: saveTimer
        interval: field.delay
        onTriggered: field.flush()
    }
}
