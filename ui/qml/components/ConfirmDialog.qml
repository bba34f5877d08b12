// SPDX-License-Identifier: GPL-3.0-or-later
// Asks before something that cannot be taken back (deleting a habit, removing a person): a question, what it means,
// and Cancel beside a button that names the action. The keyboard starts on Cancel, so that Enter never deletes by
// accident; Escape cancels. Styled as every dialog of the window (DialogButtons, a plain-text title).
//
// Use: ConfirmDialog { title: qsTr("Delete …?"); message: …; acceptText: qsTr("Delete"); onConfirmed: … }
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Dialog {
    id: dialog

    property string message
    property string acceptText

    signal confirmed

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, (parent ? parent.width : 440) - 48)
    modal: true
    focus: true
    padding: Theme.padding + 8
    closePolicy: Popup.CloseOnEscape
    onOpened: buttons.cancelButton.forceActiveFocus(Qt.TabFocusReason)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 4
        border.color: Theme.border
    }
    // The title as written (the style's own would read a person's words in it as rich text, and fetch its images).
    header: Label {
        textFormat: Text.PlainText
        text: dialog.title
        padding: Theme.padding + 8
        bottomPadding: 0
        font.pointSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    footer: DialogButtons {
        id: buttons
        acceptObjectName: "confirmAccept"
        cancelObjectName: "confirmCancel"
        acceptText: dialog.acceptText
        onAcceptClicked: {
            dialog.close();
            dialog.confirmed();
        }
        onCancelClicked: dialog.close()
    }

    Label {
        textFormat: Text.PlainText
        text: dialog.message
        wrapMode: Text.Wrap
        width: parent ? parent.width : 0
        color: Theme.text
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        Accessible.description: dialog.message
    }
}
