// SPDX-License-Identifier: GPL-3.0-or-later
// The contact log: who the user talked to and how it felt, newest first, a page at a time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    required property ContactLogModel contactLog
    required property ContactDialog contactDialog
    required property string selectedPersonId
    required property string selectedCircleId
    visible: card.circlesModel.circles.length > 0 || card.contactLog.totalCount > 0
    //: Card heading: the record of contacts with people (calls, visits…).
    heading: qsTr("Contact log")
    caption: qsTr("Who you talked to, and how it felt.")
    headerActions: QuietButton {
        //: Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.
        text: qsTr("I talked to…")
        onClicked: card.contactDialog.openFor(card.selectedPersonId, card.selectedCircleId)
    }
    Label {
        textFormat: Text.PlainText
        visible: card.contactLog.totalCount === 0
        text: qsTr("Nothing noted yet. After a call, a coffee or a club evening, note it here: the small contacts add up.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: card.contactLog
        delegate: RowLayout {
            id: contactRow
            required property string contactId
            required property string dateText
            required property string withText
            required property string qualityText
            required property string note
            Layout.fillWidth: true
            spacing: Theme.gap
            // A Column, not a ColumnLayout: see Card.qml (a wrapped note's height must reach the row).
            Column {
                spacing: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Label {
                    textFormat: Text.PlainText
                    //: A contact: %1 is with whom (people or a circle), %2 how it felt (e.g. "warm").
                    text: qsTr("%1 — %2").arg(contactRow.withText).arg(contactRow.qualityText)
                    color: Theme.text
                    elide: Text.ElideRight
                    width: parent.width
                }
                Label {
                    textFormat: Text.PlainText
                    //: Under a contact: %1 is its date, %2 the note written about it.
                    text: contactRow.note.length > 0 ? qsTr("%1 · %2").arg(contactRow.dateText).arg(contactRow.note) : contactRow.dateText
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    width: parent.width
                }
            }
            QuietButton {
                //: Button (verb): remove this contact from the log.
                text: qsTr("Remove")
                //: %1 is with whom (people or a circle), %2 the date of the contact.
                Accessible.name: qsTr("Remove the contact with %1 on %2").arg(contactRow.withText).arg(contactRow.dateText)
                onClicked: card.contactLog.deleteContact(contactRow.contactId)
            }
        }
    }
    QuietButton {
        visible: card.contactLog.hasMore
        //: Button: show older contacts of the log.
        text: qsTr("Show more")
        onClicked: card.contactLog.loadMore()
    }
}
