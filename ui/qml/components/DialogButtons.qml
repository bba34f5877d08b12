// SPDX-License-Identifier: GPL-3.0-or-later
// The foot of a form dialog: Cancel and the dialog's own save button, in the platform's order (a DialogButtonBox
// arranges them), on one line with room around them. Not the Dialog's own `footer` box: that would close the dialog
// on every click, also when the form still has a problem to show.
//
// Use: footer: DialogButtons { acceptText: qsTr("Save"); onAcceptClicked: dialog.save(); onCancelClicked: dialog.close() }
import QtQuick
import QtQuick.Controls
import Mosaic.Ui

Pane {
    id: buttons

    property string acceptText
    property bool acceptEnabled: true
    property string acceptObjectName: "dialogAccept"
    property string cancelObjectName: "dialogCancel"
    readonly property alias acceptButton: accept
    readonly property alias cancelButton: cancel
    // QPlatformDialogHelper::ButtonRole's AcceptRole and RejectRole: Qt 6.4's qmllint does not see them as
    // DialogButtonBox.AcceptRole and DialogButtonBox.RejectRole.
    readonly property int acceptRole: 0
    readonly property int rejectRole: 1

    signal acceptClicked
    signal cancelClicked

    padding: Theme.padding + 4
    topPadding: Theme.gap
    background: Item {}

    DialogButtonBox {
        id: box
        anchors.right: parent.right
        padding: 0
        spacing: Theme.gap
        alignment: Qt.AlignRight
        background: Item {}

        QuietButton {
            id: cancel
            objectName: buttons.cancelObjectName
            //: Button (verb): close the dialog without saving.
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: buttons.rejectRole
        }
        AccentButton {
            id: accept
            objectName: buttons.acceptObjectName
            text: buttons.acceptText
            enabled: buttons.acceptEnabled
            DialogButtonBox.buttonRole: buttons.acceptRole
        }
        onAccepted: buttons.acceptClicked()
        onRejected: buttons.cancelClicked()
    }
}
