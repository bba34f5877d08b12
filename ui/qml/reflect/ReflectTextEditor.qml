// SPDX-License-Identifier: GPL-3.0-or-later
// A long text of the reflection: the journal's editor, which also starts the record with the first words typed
// into a reflection that has none yet.
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

JournalEditor {
    id: editor

    required property ReflectionModel reflection

    recordId: editor.reflection.incidentId
    implicitHeight: 200
    Layout.fillWidth: true
    Layout.preferredHeight: editor.implicitHeight

    onTextEdited: text => {
        if (!editor.reflection.started && text.trim().length > 0)
            editor.reflection.beginWithText(editor.field, text);
    }
}
