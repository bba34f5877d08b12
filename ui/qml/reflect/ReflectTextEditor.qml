// SPDX-License-Identifier: GPL-3.0-or-later
// A long text of the reflection: the journal's editor, which also starts the record with the first words typed
// into a reflection that has none yet.
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

JournalEditor {
    id: editor

    required property ReflectionModel reflection
    /// The height of the step view the editor is in (0 while unknown): the text takes the room the window has.
    property real viewHeight: 0
    /// Six lines of text at least, more in a taller window (up to about half the step view, the rest of the step
    /// stays in reach), never more than fourteen.
    readonly property int lines: Math.max(6, Math.min(14, Math.floor((editor.viewHeight / 2 - editor.chromeHeight) / editor.lineHeight)))

    recordId: editor.reflection.incidentId
    implicitHeight: editor.heightForLines(editor.lines)
    Layout.fillWidth: true
    Layout.preferredHeight: editor.implicitHeight

    onTextEdited: text => {
        if (!editor.reflection.started && text.trim().length > 0)
            editor.reflection.beginWithText(editor.field, text);
    }
}
