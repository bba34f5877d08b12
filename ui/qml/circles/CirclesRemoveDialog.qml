// SPDX-License-Identifier: GPL-3.0-or-later
// Asks before a person or a circle is removed from the journal, and removes it.
import QtQuick
import Mosaic.Ui

ConfirmDialog {
    id: confirmRemove
    required property CirclesModel circlesModel
    /// What to remove: "person" or "circle", and its id.
    property string kind: ""
    property string recordId: ""
    function ask(message: string, kind: string, recordId: string) {
        confirmRemove.message = message;
        confirmRemove.kind = kind;
        confirmRemove.recordId = recordId;
        confirmRemove.open();
    }
    objectName: "confirmRemove"
    //: Title of the dialog that confirms removing a person or a circle.
    title: qsTr("Remove?")
    //: Button (verb) of the dialog that confirms removing a person or a circle.
    acceptText: qsTr("Remove")
    onConfirmed: {
        if (confirmRemove.kind === "person")
            confirmRemove.circlesModel.deletePerson(confirmRemove.recordId);
        else if (confirmRemove.kind === "circle")
            confirmRemove.circlesModel.deleteCircle(confirmRemove.recordId);
        confirmRemove.kind = "";
    }
}
