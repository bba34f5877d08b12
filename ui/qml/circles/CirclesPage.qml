// SPDX-License-Identifier: GPL-3.0-or-later
// Circles: where you belong. The belonging diagram (you in the centre, each circle a sector, its people as dots in
// their ring) with a panel beside it for what is selected, the balance of your ties with gentle suggestions,
// circles not contacted in a while, the lists of circles and people, and the contact log ("I talked to…").
// Everything the diagram does (select, move to another ring) can also be done from the lists and the panel. Each card
// is a component of its own (Circles*.qml); the page holds the models, the dialogs and what is selected.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page
    arrivalFocus: invitation.action
    //: Page title, as the page's name in the sidebar: the social circles (groups of people) the user belongs to.
    title: qsTr("Circles")
    subtitle: qsTr("Where you belong: the closer someone is, the nearer the centre.")

    readonly property alias circlesModel: circlesModel
    readonly property alias contactLog: contactLog
    readonly property alias diagram: diagramCard.diagram
    readonly property alias circleDialog: circleDialog
    readonly property alias personDialog: personDialog
    readonly property alias contactDialog: contactDialog
    property string selectedPersonId: ""
    property string selectedCircleId: ""
    readonly property var selectedPerson: page.selectedPersonId.length > 0 && circlesModel.people ? circlesModel.person(page.selectedPersonId) : ({})
    readonly property var selectedCircle: page.selectedCircleId.length > 0 && circlesModel.circles ? circlesModel.circle(page.selectedCircleId) : ({})

    function activate(args: var) {
    }
    function selectPerson(personId: string, circleId: string) {
        page.selectedPersonId = personId;
        page.selectedCircleId = circleId;
    }
    function selectCircle(circleId: string) {
        page.selectedPersonId = "";
        page.selectedCircleId = circleId;
    }

    CirclesModel {
        id: circlesModel
        session: page.session
        // A selection whose record went away is dropped.
        onChanged: {
            if (page.selectedPersonId.length > 0 && !circlesModel.person(page.selectedPersonId).id)
                page.selectedPersonId = "";
            if (page.selectedCircleId.length > 0 && !circlesModel.circle(page.selectedCircleId).id)
                page.selectedCircleId = "";
        }
    }
    ContactLogModel {
        id: contactLog
        session: page.session
    }
    CircleDialog {
        id: circleDialog
        model: circlesModel
        onSaved: circleId => page.selectCircle(circleId)
        // The invitation that opened it goes with the first circle: the keyboard goes on to adding someone, not nowhere.
        onClosed: {
            const focused = page.Window.activeFocusItem;
            if (!(focused && focused.visible && focused.activeFocusOnTab))
                addPersonButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    PersonDialog {
        id: personDialog
        model: circlesModel
        onSaved: personId => page.selectPerson(personId, "")
    }
    ContactDialog {
        id: contactDialog
        model: circlesModel
        log: contactLog
        session: page.session
    }

    headerActions: [
        QuietButton {
            objectName: "addCircleButton"
            //: Button: add a social circle (a group one belongs to: family, a team, a club…).
            text: qsTr("Add a circle")
            onClicked: circleDialog.openFor("")
        },
        QuietButton {
            id: addPersonButton
            objectName: "addPersonButton"
            text: qsTr("Add a person")
            enabled: circlesModel.circles.length > 0
            onClicked: personDialog.openFor("", page.selectedCircleId)
        },
        AccentButton {
            objectName: "talkedToButton"
            //: Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.
            text: qsTr("I talked to…")
            enabled: circlesModel.circles.length > 0 || circlesModel.personCount > 0
            onClicked: contactDialog.openFor(page.selectedPersonId, page.selectedCircleId)
        }
    ]

    Card {
        visible: circlesModel.circles.length === 0
        EmptyState {
            id: invitation
            title: qsTr("Your circles will appear here")
            text: qsTr("A circle is anywhere you belong: family, friends, a team, a club, a choir, the neighbours. When one of them lets you down, the others still hold you. Start with one.")
            actionText: qsTr("Add your first circle")
            onActionTriggered: circleDialog.openFor("")
        }
    }

    CirclesDiagramCard {
        id: diagramCard
        circlesModel: circlesModel
        contentWidth: page.contentWidth
        selectedPersonId: page.selectedPersonId
        selectedCircleId: page.selectedCircleId
        selectedPerson: page.selectedPerson
        selectedCircle: page.selectedCircle
        circleDialog: circleDialog
        personDialog: personDialog
        contactDialog: contactDialog
        removeDialog: confirmRemove
        onPersonChosen: (personId, circleId) => page.selectPerson(personId, circleId)
        onCircleChosen: circleId => page.selectCircle(circleId)
    }
    CirclesBalanceCard {
        circlesModel: circlesModel
    }
    CirclesHintsCard {
        circlesModel: circlesModel
        contactDialog: contactDialog
    }
    CirclesListCard {
        circlesModel: circlesModel
        circleDialog: circleDialog
        removeDialog: confirmRemove
        onCircleChosen: circleId => page.selectCircle(circleId)
    }
    CirclesPeopleCard {
        circlesModel: circlesModel
        personDialog: personDialog
        onPersonChosen: (personId, circleId) => page.selectPerson(personId, circleId)
    }
    CirclesContactLogCard {
        circlesModel: circlesModel
        contactLog: contactLog
        contactDialog: contactDialog
        selectedPersonId: page.selectedPersonId
        selectedCircleId: page.selectedCircleId
    }

    CirclesRemoveDialog {
        id: confirmRemove
        circlesModel: circlesModel
    }
}
