// SPDX-License-Identifier: GPL-3.0-or-later
// Strengths: what you do well, the wins that show it, a quick way to add a win, and the mission statement and
// values that say what matters to you.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    //: Page title, as the page's name in the sidebar: the user's personal strengths (qualities), not a score.
    title: qsTr("Strengths")
    //: A win is something that went well (a success, not a game).
    subtitle: qsTr("What you do well, and the wins that show it. Worth that does not hang on anyone's approval.")

    readonly property alias strengths: strengthsModel
    readonly property alias wins: winsModel
    readonly property alias values: valuesModel
    /// The strength whose wins are shown; empty for all.
    property string selectedStrength: ""
    /// The strength being edited in place; empty for none.
    property string editingStrength: ""

    StrengthsModel {
        id: strengthsModel
        objectName: "strengthsModel"
        session: page.session
        includeArchived: showArchived.checked
        onCountChanged: {
            if (page.selectedStrength.length > 0 && strengthsModel.indexOf(page.selectedStrength) < 0)
                page.selectedStrength = "";
        }
    }
    WinsModel {
        id: winsModel
        objectName: "winsModel"
        session: page.session
        strengthId: page.selectedStrength
    }
    PersonalValuesModel {
        id: valuesModel
        objectName: "valuesModel"
        session: page.session
    }

    function selectedName(): string {
        const row = strengthsModel.indexOf(page.selectedStrength);
        return row < 0 ? "" : strengthsModel.get(row).name;
    }
    function addStrength() {
        if (strengthsModel.addStrength(newStrength.text, "").length > 0)
            newStrength.clear();
    }

    WinComposer {
        id: composer
        objectName: "composer"
        session: page.session
        wins: winsModel
        strengths: strengthsModel
    }

    Card {
        objectName: "strengthsCard"
        //: Card heading: personal strengths, qualities the user has.
        heading: qsTr("Your strengths")
        caption: strengthsModel.count > 0 ? qsTr("Choose one to see the wins that show it.") : ""

        EmptyState {
            visible: strengthsModel.count === 0
            title: qsTr("Name one thing you do well")
            text: qsTr("Patience, explaining things, showing up for friends — a strength can be small and still true. Wins you log can then be linked to it.")
        }

        Repeater {
            model: strengthsModel
            delegate: Rectangle {
                id: strengthRow
                required property string strengthId
                required property string name
                required property string description
                required property bool archived
                required property int winCount
                readonly property bool selected: page.selectedStrength === strengthRow.strengthId
                readonly property bool editing: page.editingStrength === strengthRow.strengthId

                Layout.fillWidth: true
                implicitHeight: rowContent.implicitHeight + 2 * Theme.gap
                radius: Theme.smallRadius
                color: strengthRow.selected ? Theme.warmSoft : rowMouse.containsMouse ? Theme.surfaceAlt : "transparent"
                border.color: selectButton.visualFocus ? Theme.warm : "transparent"
                border.width: 2

                MouseArea {
                    id: rowMouse
                    anchors.fill: parent
                    hoverEnabled: true
                    enabled: !strengthRow.editing
                    onClicked: selectButton.clicked()
                }

                ColumnLayout {
                    id: rowContent
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    spacing: Theme.gap

                    RowLayout {
                        visible: !strengthRow.editing
                        Layout.fillWidth: true
                        spacing: Theme.gap

                        Button {
                            id: selectButton
                            objectName: "strength:" + strengthRow.name
                            flat: true
                            Layout.fillWidth: true
                            padding: 0
                            Accessible.name: strengthRow.selected
                                             //: %1 is the name of a strength (e.g. "Patience"); its wins are shown.
                                             ? qsTr("%1, showing its wins").arg(strengthRow.name)
                                             //: %1 is the name of a strength (e.g. "Patience").
                                             : qsTr("Show the wins of %1").arg(strengthRow.name)
                            background: Item {}
                            contentItem: ColumnLayout {
                                spacing: 2
                                Label {
                                    textFormat: Text.PlainText
                                    //: A strength that was put away (archived); %1 is its name.
                                    text: strengthRow.archived ? qsTr("%1 (put away)").arg(strengthRow.name) : strengthRow.name
                                    color: Theme.text
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    textFormat: Text.PlainText
                                    visible: strengthRow.description.length > 0
                                    text: strengthRow.description
                                    color: Theme.muted
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                            onClicked: page.selectedStrength = strengthRow.selected ? "" : strengthRow.strengthId
                        }
                        Label {
                            objectName: "winCount:" + strengthRow.name
                            textFormat: Text.PlainText
                            text: strengthRow.winCount === 0
                                  //: Beside a strength that no win is linked to yet.
                                  ? qsTr("no wins yet")
                                  //: Beside a strength: how many wins (successes) are linked to it.
                                  : qsTr("%n win(s)", "", strengthRow.winCount)
                            color: strengthRow.winCount > 0 ? Theme.warm : Theme.faint
                            font.weight: Font.DemiBold
                        }
                        QuietButton {
                            text: "⋯"
                            //: Accessible name of the menu button of a strength; %1 is the strength's name.
                            Accessible.name: qsTr("More for %1").arg(strengthRow.name)
                            onClicked: rowMenu.popup()
                            Menu {
                                id: rowMenu
                                MenuItem {
                                    //: Menu item (verb): edit this strength.
                                    text: qsTr("Edit")
                                    onTriggered: {
                                        editName.text = strengthRow.name;
                                        editDescription.text = strengthRow.description;
                                        page.editingStrength = strengthRow.strengthId;
                                        editName.forceActiveFocus();
                                    }
                                }
                                MenuItem {
                                    text: strengthRow.archived
                                          //: Menu item (verb): bring a strength that was put away (archived) back.
                                          ? qsTr("Bring back")
                                          //: Menu item (verb): put the strength away (archive it).
                                          : qsTr("Put away")
                                    onTriggered: strengthsModel.setArchived(strengthRow.strengthId, !strengthRow.archived)
                                }
                                MenuItem {
                                    //: Menu item (verb): delete this strength.
                                    text: qsTr("Delete")
                                    onTriggered: strengthsModel.removeStrength(strengthRow.strengthId)
                                }
                            }
                        }
                    }

                    ColumnLayout {
                        visible: strengthRow.editing
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        TextField {
                            id: editName
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Name of the strength")
                            onAccepted: saveEdit.clicked()
                            Keys.onEscapePressed: page.editingStrength = ""
                        }
                        TextField {
                            id: editDescription
                            Layout.fillWidth: true
                            placeholderText: qsTr("What it looks like when you use it (optional)")
                            Accessible.name: qsTr("Description of the strength")
                            onAccepted: saveEdit.clicked()
                            Keys.onEscapePressed: page.editingStrength = ""
                        }
                        RowLayout {
                            spacing: Theme.gap
                            AccentButton {
                                id: saveEdit
                                //: Button (verb): save the edited strength.
                                text: qsTr("Save")
                                enabled: editName.text.trim().length > 0
                                onClicked: {
                                    if (strengthsModel.updateStrength(strengthRow.strengthId, editName.text, editDescription.text)
                                            || editName.text.trim() === strengthRow.name)
                                        page.editingStrength = "";
                                }
                            }
                            QuietButton {
                                //: Button (verb): stop editing without saving.
                                text: qsTr("Cancel")
                                onClicked: page.editingStrength = ""
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: Theme.gap
            TextField {
                id: newStrength
                objectName: "newStrength"
                Layout.fillWidth: true
                Layout.maximumWidth: 420
                placeholderText: strengthsModel.count === 0 ? qsTr("Something you do well, e.g. Patience") : qsTr("Name another strength")
                //: Field name: a new personal strength (a quality the user has).
                Accessible.name: qsTr("New strength")
                onAccepted: page.addStrength()
            }
            QuietButton {
                objectName: "addStrengthButton"
                //: Button: add a personal strength (a quality the user has).
                text: qsTr("Add strength")
                enabled: newStrength.text.trim().length > 0
                onClicked: page.addStrength()
            }
            Item {
                Layout.fillWidth: true
            }
            CheckBox {
                id: showArchived
                visible: strengthsModel.archivedCount > 0
                //: Check box: also show the strengths that were put away (archived); %1 is how many there are.
                text: qsTr("Show put away (%1)").arg(strengthsModel.archivedCount)
                Accessible.name: text
            }
        }
    }

    Card {
        objectName: "winsCard"
        heading: page.selectedStrength.length > 0
                 //: %1 is the name of a strength (e.g. "Patience"); wins are successes that show it.
                 ? qsTr("Wins that show %1").arg(page.selectedName())
                 //: Wins: things that went well (successes, not games).
                 : qsTr("Recent wins")
        //: How many wins (successes) there are in all.
        caption: winsModel.totalCount > 0 ? qsTr("%n win(s)", "", winsModel.totalCount) : ""
        headerActions: QuietButton {
            visible: page.selectedStrength.length > 0
            text: qsTr("Show all wins")
            onClicked: page.selectedStrength = ""
        }

        EmptyState {
            visible: winsModel.count === 0
            title: page.selectedStrength.length > 0 ? qsTr("No wins linked yet") : qsTr("Your wins will gather here")
            text: page.selectedStrength.length > 0 ? qsTr("When you add a win, choose this strength to link it.")
                                                   : qsTr("A kind word you gave, a hard message you sent, a step you took. Add one above; small counts.")
        }

        Repeater {
            model: winsModel
            delegate: ColumnLayout {
                id: winRow
                required property string winId
                required property string dateText
                required property string text
                required property string kindLabel
                required property var strengthNames
                required property int index
                Layout.fillWidth: true
                spacing: 4

                Rectangle {
                    visible: winRow.index > 0
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.gap
                    height: 1
                    color: Theme.border
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        textFormat: Text.PlainText
                        //: Above a win: %1 is its date, %2 its kind (e.g. "Courage").
                        text: qsTr("%1  ·  %2").arg(winRow.dateText).arg(winRow.kindLabel)
                        color: Theme.muted
                        font.pointSize: Theme.smallSize
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        id: removeWin
                        text: "×"
                        Accessible.name: qsTr("Remove this win")
                        ToolTip.visible: removeWin.hovered
                        ToolTip.text: qsTr("Remove this win")
                        contentItem: Label {
                            textFormat: Text.PlainText
                            text: removeWin.text
                            Accessible.ignored: true // the button is read by its name
                            color: removeWin.hovered || removeWin.visualFocus ? Theme.text : Theme.muted
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            implicitWidth: 28
                            implicitHeight: 28
                            radius: 14
                            color: removeWin.hovered || removeWin.visualFocus ? Theme.surfaceAlt : "transparent"
                        }
                        onClicked: winsModel.removeWin(winRow.winId)
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    text: winRow.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    visible: winRow.strengthNames.length > 0
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: winRow.strengthNames
                        delegate: Label {
                            id: strengthChip
                            textFormat: Text.PlainText
                            required property string modelData
                            text: strengthChip.modelData
                            color: Theme.warm
                            font.pointSize: Theme.smallSize
                            leftPadding: 8
                            rightPadding: 8
                            topPadding: 2
                            bottomPadding: 2
                            background: Rectangle {
                                radius: height / 2
                                color: Theme.warmSoft
                            }
                        }
                    }
                }
            }
        }

        QuietButton {
            visible: winsModel.hasMore
            text: qsTr("Show more wins")
            Layout.alignment: Qt.AlignHCenter
            onClicked: winsModel.loadMore()
        }
    }

    Card {
        objectName: "missionCard"
        //: Card heading: the user's personal mission statement.
        heading: qsTr("Mission")
        caption: qsTr("Who you want to be, in a few sentences of your own. It is shown again when a reflection reaches the hard belief.")

        JournalEditor {
            id: missionEditor
            objectName: "missionEditor"
            session: page.session
            field: JournalText.Mission
            recordId: ""
            Layout.fillWidth: true
            Layout.preferredHeight: 220
        }
    }

    Card {
        objectName: "valuesCard"
        //: Card heading: the user's personal values (what matters most to them).
        heading: qsTr("Values")
        caption: valuesModel.values.length === 0 ? qsTr("A few words for what matters most to you: kindness, curiosity, courage…")
                                                 : qsTr("Click a value to rename it.")
        ValueChips {
            valuesModel: valuesModel
        }
    }
}
