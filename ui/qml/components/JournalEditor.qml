// SPDX-License-Identifier: GPL-3.0-or-later
// The editor wherever prose of the journal is written: a MarkdownEditor whose text is one field of one record,
// loaded from the journal and saved as it is typed (JournalText), in the window's theme.
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

MarkdownEditor {
    id: editor

    required property JournalSession session
    property alias field: journalText.field
    property alias recordId: journalText.recordId
    /// The check-in's date ("YYYY-MM-DD"), for a check-in note.
    property string date
    readonly property alias journalText: journalText
    readonly property bool saving: journalText.hasUnsavedChanges

    dark: Theme.dark
    backgroundColor: Theme.paper
    implicitHeight: 220
    // Never so short that the text has no room: three lines show at least.
    Layout.minimumHeight: editor.heightForLines(3)

    onTextEdited: text => journalText.edit(text)
    onActiveFocusChanged: {
        if (!editor.activeFocus)
            journalText.flush();
    }

    Component.onCompleted: editor.text = journalText.text

    JournalText {
        id: journalText
        session: editor.session
        date: editor.date
        // A (re)loaded text replaces what the editor shows; typing never comes back this way.
        onLoaded: editor.text = journalText.text
    }
}
