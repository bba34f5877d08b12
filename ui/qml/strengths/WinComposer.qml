// SPDX-License-Identifier: GPL-3.0-or-later
// The quick "add a win": what went well, on which day (today unless changed), what kind of win, and the strengths
// it shows. Enter in the text adds it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: composer

    required property JournalSession session
    required property WinsModel wins
    required property StrengthsModel strengths
    /// The ids of the strengths chosen for the next win.
    property var linkedIds: []

    //: A win is something that went well (a success, not a game).
    heading: qsTr("Add a win")
    caption: qsTr("Anything that went well, however small: evidence of what you can do.")

    function today(): string {
        return composer.session ? composer.session.today : "";
    }
    function toggle(strengthId: string) {
        const ids = composer.linkedIds.slice();
        const at = ids.indexOf(strengthId);
        if (at >= 0)
            ids.splice(at, 1);
        else
            ids.push(strengthId);
        composer.linkedIds = ids;
    }
    function add() {
        if (winText.text.trim().length === 0) {
            winText.forceActiveFocus();
            return;
        }
        // A day typed but not readable stays on screen with its message; nothing is added over it.
        if (!winDate.commit())
            return;
        const id = composer.wins.addWin(winText.text, winDate.value, kindBox.currentValue, composer.linkedIds);
        if (id.length > 0) {
            winText.clear();
            winDate.value = composer.today();
            kindBox.currentIndex = 0;
            composer.linkedIds = [];
            winText.forceActiveFocus();
        }
    }

    TextField {
        id: winText
        objectName: "winText"
        Layout.fillWidth: true
        placeholderText: qsTr("What went well?")
        Accessible.name: qsTr("What went well")
        onAccepted: composer.add()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            //: Label of the date field of a new win.
            text: qsTr("Day")
            color: Theme.muted
        }
        DateField {
            id: winDate
            objectName: "winDate"
            value: composer.today()
            openOn: composer.today()
            accessibleName: qsTr("Day of the win")
            Layout.preferredWidth: 190
            onPicked: iso => winDate.value = iso
            onAccepted: composer.add()
        }
        Label {
            textFormat: Text.PlainText
            //: Label of the list of kinds of win (e.g. courage, kindness).
            text: qsTr("Kind")
            color: Theme.muted
            Layout.leftMargin: Theme.gap
        }
        ComboBox {
            id: kindBox
            objectName: "winKind"
            model: composer.wins.kinds
            textRole: "label"
            valueRole: "value"
            Layout.preferredWidth: 190
            Accessible.name: qsTr("Kind of win")
        }
        Item {
            Layout.fillWidth: true
        }
        AccentButton {
            objectName: "addWinButton"
            //: Button: add the win (a success) just written.
            text: qsTr("Add win")
            enabled: winText.text.trim().length > 0
            onClicked: composer.add()
        }
    }

    ColumnLayout {
        visible: composer.strengths.count > 0
        Layout.fillWidth: true
        spacing: 6
        SectionLabel {
            //: The user's personal strengths that this win shows.
            text: qsTr("Strengths it shows")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: composer.strengths
                delegate: QuietButton {
                    id: chip
                    required property string strengthId
                    required property string name
                    required property bool archived
                    visible: !chip.archived
                    objectName: "linkStrength:" + chip.name
                    text: (chip.checked ? "✓ " : "") + chip.name
                    // Not checkable: a click would set `checked` itself and undo the binding to the chosen ids.
                    checked: composer.linkedIds.indexOf(chip.strengthId) >= 0
                    //: %1 is the name of a strength (e.g. "Patience") to link the win to.
                    Accessible.name: qsTr("Link to %1").arg(chip.name)
                    Accessible.checkable: true
                    Accessible.checked: chip.checked
                    onClicked: composer.toggle(chip.strengthId)
                }
            }
        }
    }
}
