// SPDX-License-Identifier: GPL-3.0-or-later
// Circles: where you belong. The belonging diagram (you in the centre, each circle a sector, its people as dots in
// their ring) with a panel beside it for what is selected, the balance of your ties with gentle suggestions,
// circles not contacted in a while, the lists of circles and people, and the contact log ("I talked to…").
// Everything the diagram does (select, move to another ring) can also be done from the lists and the panel.
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
    readonly property alias diagram: diagram
    /// One figure of the balance: the number, large, over what it counts.
    component BalanceFigure: Column {
        id: figure
        property string value
        property string label
        spacing: 0
        Accessible.role: Accessible.StaticText
        //: Accessible name of a figure of the balance: %1 is the number, %2 what it counts (e.g. "effective circles").
        Accessible.name: qsTr("%1 %2").arg(figure.value).arg(figure.label)
        Label {
            textFormat: Text.PlainText
            text: figure.value
            font.pointSize: Theme.displaySize - 6
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            text: figure.label
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }

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
    function circleColor(circle: var): color {
        return Theme.seriesColor(circle.colorIndex, circle.color);
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

    Card {
        id: diagramCard
        visible: circlesModel.circles.length > 0
        heading: qsTr("Your belonging")
        caption: qsTr("Click a dot or a circle to see it beside the diagram; drag a dot to another ring to move them closer or further.")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding + 8

            Item {
                Layout.preferredWidth: Math.min(500, page.contentWidth * 0.55)
                Layout.preferredHeight: Layout.preferredWidth
                Layout.alignment: Qt.AlignTop

                BelongingDiagram {
                    id: diagram
                    objectName: "belongingDiagram"
                    anchors.fill: parent
                    model: circlesModel
                    seriesColors: Theme.series
                    textColor: Theme.text
                    mutedColor: Theme.muted
                    lineColor: Theme.border
                    surfaceColor: Theme.surface
                    accentColor: Theme.accent
                    centreColor: Theme.accentSoft
                    //: The user, drawn in the centre of the belonging diagram.
                    centreText: qsTr("You")
                    selectedPersonId: page.selectedPersonId
                    selectedCircleId: page.selectedCircleId
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Belonging diagram")
                    Accessible.description: circlesModel.summary
                    onDotClicked: (personId, circleId) => page.selectPerson(personId, circleId)
                    onSectorClicked: circleId => page.selectCircle(circleId)
                    onCentreClicked: page.selectCircle("")
                    onRingChangeRequested: (personId, circleId, ring) => {
                        if (circlesModel.setMembership(personId, circleId, ring))
                            page.selectPerson(personId, circleId);
                    }
                }

                // Details of the dot under the pointer.
                Rectangle {
                    id: tip
                    readonly property var dot: diagram.hoveredDot
                    visible: tip.dot.personId !== undefined && !diagram.dragging
                    x: Math.min(diagram.width - tip.width, Math.max(0, diagram.hoveredPoint.x + 14))
                    y: Math.min(diagram.height - tip.height, Math.max(0, diagram.hoveredPoint.y + 14))
                    width: tipColumn.implicitWidth + 2 * Theme.gap + 4
                    height: tipColumn.implicitHeight + 2 * Theme.gap
                    radius: Theme.smallRadius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: tipColumn
                        anchors.centerIn: parent
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            text: tip.dot.personName || ""
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            textFormat: Text.PlainText
                            //: %1 is a circle's name (e.g. "Choir"), %2 how close the person is in it ("inner", "middle" or "outer").
                            text: qsTr("%1, %2 ring").arg(tip.dot.circleName || "").arg(tip.dot.ringLabel || "")
                            color: Theme.muted
                            font.pointSize: Theme.smallSize
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: (tip.dot.supportsText || "").length > 0
                            //: %1 is what the person brings to the user, e.g. "practical help, fun".
                            text: qsTr("Brings: %1").arg(tip.dot.supportsText || "")
                            color: Theme.muted
                            font.pointSize: Theme.smallSize
                        }
                    }
                }
            }

            // What is selected, or the legend.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap

                // A person.
                ColumnLayout {
                    visible: page.selectedPersonId.length > 0
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        textFormat: Text.PlainText
                        text: page.selectedPerson.name || ""
                        font.pointSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: text.length > 0
                        //: %1 is what the person brings to the user, e.g. "practical help, fun".
                        text: (page.selectedPerson.supportsText || "").length > 0 ? qsTr("Brings: %1").arg(page.selectedPerson.supportsText) : ""
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: text.length > 0
                        text: page.selectedPerson.notes || ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    SectionLabel {
                        //: The social circles (groups of people) the selected person belongs to.
                        text: qsTr("Circles")
                    }
                    Repeater {
                        model: page.selectedPerson.memberships || []
                        delegate: RowLayout {
                            id: membershipRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Label {
                                textFormat: Text.PlainText
                                text: membershipRow.modelData.circleName
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            ComboBox {
                                objectName: "ringBox_" + membershipRow.modelData.circleId
                                model: circlesModel.rings()
                                textRole: "label"
                                valueRole: "name"
                                // Rings come in this order from rings().
                                currentIndex: ["inner", "middle", "outer"].indexOf(membershipRow.modelData.ring)
                                //: Ring: how close the person is in a circle (inner, middle, outer); %1 is the circle's name.
                                Accessible.name: qsTr("Ring in %1").arg(membershipRow.modelData.circleName)
                                onActivated: circlesModel.setMembership(page.selectedPersonId, membershipRow.modelData.circleId, currentValue)
                            }
                            QuietButton {
                                //: Button (verb): take the person out of this circle.
                                text: qsTr("Leave")
                                //: %1 is a person's name, %2 a circle's name.
                                Accessible.name: qsTr("Take %1 out of %2").arg(page.selectedPerson.name || "").arg(membershipRow.modelData.circleName)
                                onClicked: circlesModel.removeMembership(page.selectedPersonId, membershipRow.modelData.circleId)
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        ComboBox {
                            id: joinCircleBox
                            Layout.fillWidth: true
                            model: circlesModel.activeCircles
                            textRole: "name"
                            valueRole: "id"
                            Accessible.name: qsTr("Circle to add them to")
                        }
                        ComboBox {
                            id: joinRingBox
                            model: circlesModel.rings()
                            textRole: "label"
                            valueRole: "name"
                            currentIndex: 1
                            //: How close the person will be in the circle: inner, middle or outer ring.
                            Accessible.name: qsTr("Ring")
                        }
                        QuietButton {
                            //: Button (verb): add the person to the circle chosen.
                            text: qsTr("Add")
                            enabled: joinCircleBox.currentIndex >= 0
                            Accessible.name: qsTr("Add to this circle")
                            onClicked: circlesModel.setMembership(page.selectedPersonId, joinCircleBox.currentValue, joinRingBox.currentValue)
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        QuietButton {
                            //: Button (verb): edit this person.
                            text: qsTr("Edit")
                            //: %1 is a person's name.
                            Accessible.name: qsTr("Edit %1").arg(page.selectedPerson.name || "")
                            onClicked: personDialog.openFor(page.selectedPersonId, "")
                        }
                        QuietButton {
                            text: qsTr("I talked to them")
                            onClicked: contactDialog.openFor(page.selectedPersonId, page.selectedCircleId)
                        }
                        QuietButton {
                            //: Button (verb): remove this person; asks first.
                            text: qsTr("Remove…")
                            //: %1 is a person's name.
                            Accessible.name: qsTr("Remove %1 from the journal").arg(page.selectedPerson.name || "")
                            //: %1 is a person's name.
                            onClicked: confirmRemove.ask(qsTr("Remove %1 and their places in your circles? Contacts you noted stay in the log.").arg(page.selectedPerson.name), "person", page.selectedPersonId)
                        }
                    }
                }

                // A circle.
                ColumnLayout {
                    visible: page.selectedPersonId.length === 0 && page.selectedCircleId.length > 0
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    RowLayout {
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        Rectangle {
                            width: 14
                            height: 14
                            radius: 7
                            color: page.selectedCircleId.length > 0 ? page.circleColor(page.selectedCircle) : "transparent"
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: page.selectedCircle.name || ""
                            font.pointSize: Theme.headingSize
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Heading
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        //: About a circle: %1 is its kind (e.g. "Friends"), %2 how much it matters (1 to 5), %3 its share of
                        //: all the user's ties, e.g. "25%".
                        text: qsTr("%1 · matters %2 of 5 · %3 of your ties").arg(page.selectedCircle.kindLabel || "").arg(page.selectedCircle.importance || 0).arg(page.selectedCircle.shareText || "0%")
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: text.length > 0
                        //: %1 is the side of the user the circle brings out, e.g. "my playful side".
                        text: (page.selectedCircle.facet || "").length > 0 ? qsTr("Brings out: %1").arg(page.selectedCircle.facet) : ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: text.length > 0
                        text: page.selectedCircle.notes || ""
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    SectionLabel {
                        //: The people in the selected circle.
                        text: qsTr("People")
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: circleMembers.count === 0
                        text: qsTr("No one here yet.")
                        color: Theme.muted
                    }
                    Repeater {
                        id: circleMembers
                        model: page.selectedCircleId.length > 0 && circlesModel.people ? circlesModel.membersOf(page.selectedCircleId) : []
                        delegate: RowLayout {
                            id: memberRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            QuietButton {
                                text: memberRow.modelData.personName
                                flat: true
                                Layout.fillWidth: true
                                //: %1 is a person's name.
                                Accessible.name: qsTr("Show %1").arg(memberRow.modelData.personName)
                                onClicked: page.selectPerson(memberRow.modelData.personId, page.selectedCircleId)
                            }
                            ComboBox {
                                model: circlesModel.rings()
                                textRole: "label"
                                valueRole: "name"
                                currentIndex: ["inner", "middle", "outer"].indexOf(memberRow.modelData.ring)
                                //: Ring: how close the person is in the circle (inner, middle, outer); %1 is the person's name.
                                Accessible.name: qsTr("Ring of %1").arg(memberRow.modelData.personName)
                                onActivated: circlesModel.setMembership(memberRow.modelData.personId, page.selectedCircleId, currentValue)
                            }
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        QuietButton {
                            text: qsTr("Add someone")
                            onClicked: personDialog.openFor("", page.selectedCircleId)
                        }
                        QuietButton {
                            //: Button (verb): edit this circle.
                            text: qsTr("Edit")
                            //: %1 is a circle's name.
                            Accessible.name: qsTr("Edit %1").arg(page.selectedCircle.name || "")
                            onClicked: circleDialog.openFor(page.selectedCircleId)
                        }
                        QuietButton {
                            text: qsTr("I talked to them")
                            onClicked: contactDialog.openFor("", page.selectedCircleId)
                        }
                    }
                }

                // Nothing selected: the legend.
                SectionLabel {
                    objectName: "legendHeading"
                    // Wraps in a narrow column instead of running past the card.
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    text: page.selectedPersonId.length > 0 || page.selectedCircleId.length > 0 ? qsTr("All circles") : qsTr("Circles and their share of your ties")
                    Layout.topMargin: page.selectedPersonId.length > 0 || page.selectedCircleId.length > 0 ? Theme.padding : 0
                }
                Repeater {
                    model: circlesModel.sectors
                    delegate: Button {
                        id: legendItem
                        // Enter presses it too, as Space does.
                        Keys.onReturnPressed: legendItem.clicked()
                        Keys.onEnterPressed: legendItem.clicked()
                        required property var modelData
                        objectName: "legend_" + legendItem.modelData.circleId
                        flat: true
                        Layout.fillWidth: true
                        //: %1 is a circle's name, %2 its share of all the user's ties, e.g. "25%".
                        Accessible.name: qsTr("%1, %2 of your ties").arg(legendItem.modelData.name).arg(legendItem.modelData.shareText)
                        onClicked: page.selectCircle(legendItem.modelData.circleId)
                        background: Rectangle {
                            radius: Theme.smallRadius
                            color: legendItem.modelData.circleId === page.selectedCircleId || legendItem.hovered || legendItem.visualFocus ? Theme.accentSoft : "transparent"
                        }
                        contentItem: RowLayout {
                            spacing: Theme.gap
                            Rectangle {
                                width: 12
                                height: 12
                                radius: 6
                                color: Theme.seriesColor(legendItem.modelData.colorIndex, legendItem.modelData.color)
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: legendItem.modelData.name
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: legendItem.modelData.shareText
                                color: Theme.muted
                            }
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    visible: circlesModel.dotsShrunk
                    text: qsTr("Many people: the dots are drawn smaller so that all of them fit.")
                    color: Theme.muted
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Card {
        visible: circlesModel.circles.length > 0
        //: Card heading: how the user's ties are spread over their circles (noun).
        heading: qsTr("Balance")
        tint: circlesModel.balanceNarrow ? Theme.warmSoft : Theme.surface

        // Three fixed figures whose texts follow the journal (a Repeater over a list rebuilt at every change would
        // destroy its rows while the layout holds them). A Flow, so that they wrap rather than crowd a narrow card.
        Flow {
            objectName: "balanceFigures"
            visible: circlesModel.membershipCount > 0
            spacing: Theme.padding * 2
            Layout.fillWidth: true
            BalanceFigure {
                value: Number(circlesModel.effectiveCircles).toLocaleString(Qt.locale(), "f", 1)
                //: Follows a number with one decimal, e.g. "2.4": how many circles the ties are spread over, in effect.
                label: qsTr("effective circles")
            }
            BalanceFigure {
                //: A percentage; %1 is the number. Write it as your language does, e.g. "%1 %".
                value: qsTr("%1%").arg(Number(Math.round(circlesModel.largestShare * 100)).toLocaleString(Qt.locale(), "f", 0))
                //: Follows a percentage, e.g. "40%": the share of the user's ties in their largest circle.
                label: qsTr("in the largest circle")
            }
            BalanceFigure {
                value: Number(circlesModel.innerCircles).toLocaleString(Qt.locale(), "f", 0)
                //: Follows a number (shown apart, above this text, so %n does not appear): how many circles have
                //: someone in their inner ring.
                label: qsTr("circles with someone close", "", circlesModel.innerCircles)
            }
        }
        Label {
            objectName: "balanceText"
            textFormat: Text.PlainText
            text: circlesModel.balanceText
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // The suggestions change with the journal: a Column positioner holds them, so the card's layout never sizes a
        // row the Repeater has already let go.
        Column {
            objectName: "balanceSuggestions"
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: circlesModel.suggestions
                delegate: Label {
                    id: suggestion
                    textFormat: Text.PlainText
                    required property string modelData
                    width: parent ? parent.width : 0
                    text: "· " + suggestion.modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Card {
        visible: circlesModel.hints.length > 0
        //: Card heading: circles the user has had no contact with for some time.
        heading: qsTr("Not heard from in a while")
        caption: qsTr("No pressure. A message, a wave, a \"thinking of you\" keeps a thread alive.")
        Repeater {
            model: circlesModel.hints
            delegate: RowLayout {
                id: hintRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    text: hintRow.modelData.text
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                QuietButton {
                    //: Button: note a contact with the people of this circle.
                    text: qsTr("I talked to them")
                    //: %1 is a circle's name.
                    Accessible.name: qsTr("I talked to %1").arg(hintRow.modelData.name)
                    onClicked: contactDialog.openFor("", hintRow.modelData.circleId)
                }
            }
        }
    }

    Card {
        visible: circlesModel.circles.length > 0
        //: Card heading: the user's social circles (groups of people they belong to).
        heading: qsTr("Circles")
        Repeater {
            model: circlesModel.circles
            delegate: RowLayout {
                id: circleRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap
                Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: page.circleColor(circleRow.modelData)
                }
                QuietButton {
                    text: circleRow.modelData.name
                    flat: true
                    //: %1 is a circle's name.
                    Accessible.name: qsTr("Show %1").arg(circleRow.modelData.name)
                    onClicked: page.selectCircle(circleRow.modelData.id)
                }
                Label {
                    textFormat: Text.PlainText
                    text: circleRow.modelData.archived
                          //: A circle set aside (resting, archived); %1 is its kind (e.g. "Friends").
                          ? qsTr("%1 · resting").arg(circleRow.modelData.kindLabel)
                          //: %1 is the circle's kind (e.g. "Friends"), %n how many people are in it.
                          : qsTr("%1 · %n people", "", circleRow.modelData.members).arg(circleRow.modelData.kindLabel)
                    color: Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                QuietButton {
                    //: Button (verb): edit this circle.
                    text: qsTr("Edit")
                    //: %1 is a circle's name.
                    Accessible.name: qsTr("Edit %1").arg(circleRow.modelData.name)
                    onClicked: circleDialog.openFor(circleRow.modelData.id)
                }
                QuietButton {
                    text: circleRow.modelData.archived
                          //: Button (verb): bring a resting (archived) circle back into the diagram.
                          ? qsTr("Bring back")
                          //: Button (verb): let the circle rest, that is archive it and take it out of the diagram.
                          : qsTr("Rest")
                    Accessible.name: circleRow.modelData.archived
                                     //: %1 is a circle's name.
                                     ? qsTr("Bring %1 back into the diagram").arg(circleRow.modelData.name)
                                     //: %1 is a circle's name.
                                     : qsTr("Let %1 rest outside the diagram").arg(circleRow.modelData.name)
                    onClicked: circlesModel.setCircleArchived(circleRow.modelData.id, !circleRow.modelData.archived)
                }
                QuietButton {
                    //: Button (verb): remove this circle; asks first.
                    text: qsTr("Remove…")
                    //: %1 is a circle's name.
                    Accessible.name: qsTr("Remove %1").arg(circleRow.modelData.name)
                    //: %1 is a circle's name.
                    onClicked: confirmRemove.ask(qsTr("Remove %1 and everyone's place in it? The people stay, and contacts you noted stay in the log.").arg(circleRow.modelData.name), "circle", circleRow.modelData.id)
                }
            }
        }
    }

    Card {
        visible: circlesModel.personCount > 0
        //: Card heading: all the people in the user's circles.
        heading: qsTr("People")
        Repeater {
            model: circlesModel.people
            delegate: RowLayout {
                id: personRow
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.gap
                QuietButton {
                    objectName: "person_" + personRow.modelData.id
                    text: personRow.modelData.name
                    flat: true
                    //: %1 is a person's name.
                    Accessible.name: qsTr("Show %1").arg(personRow.modelData.name)
                    onClicked: page.selectPerson(personRow.modelData.id, "")
                }
                Label {
                    textFormat: Text.PlainText
                    text: personRow.modelData.memberships.length > 0
                          //: A circle the person is in: %1 is the circle's name, %2 the ring ("inner", "middle" or "outer").
                          ? personRow.modelData.memberships.map(m => qsTr("%1 (%2)").arg(m.circleName).arg(m.ringLabel))
                            //: Separates the circles a person is in, in a list such as "Choir (inner), Work (outer)".
                            .join(qsTr(", "))
                          : qsTr("not in a circle yet")
                    color: Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                QuietButton {
                    //: Button (verb): edit this person.
                    text: qsTr("Edit")
                    //: %1 is a person's name.
                    Accessible.name: qsTr("Edit %1").arg(personRow.modelData.name)
                    onClicked: personDialog.openFor(personRow.modelData.id, "")
                }
            }
        }
    }

    Card {
        visible: circlesModel.circles.length > 0 || contactLog.totalCount > 0
        //: Card heading: the record of contacts with people (calls, visits…).
        heading: qsTr("Contact log")
        caption: qsTr("Who you talked to, and how it felt.")
        headerActions: QuietButton {
            //: Button: note a contact with someone (a call, a coffee, a visit). Opens a dialog.
            text: qsTr("I talked to…")
            onClicked: contactDialog.openFor(page.selectedPersonId, page.selectedCircleId)
        }
        Label {
            textFormat: Text.PlainText
            visible: contactLog.totalCount === 0
            text: qsTr("Nothing noted yet. After a call, a coffee or a club evening, note it here: the small contacts add up.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: contactLog
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
                    onClicked: contactLog.deleteContact(contactRow.contactId)
                }
            }
        }
        QuietButton {
            visible: contactLog.hasMore
            //: Button: show older contacts of the log.
            text: qsTr("Show more")
            onClicked: contactLog.loadMore()
        }
    }

    ConfirmDialog {
        id: confirmRemove
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
                circlesModel.deletePerson(confirmRemove.recordId);
            else if (confirmRemove.kind === "circle")
                circlesModel.deleteCircle(confirmRemove.recordId);
            confirmRemove.kind = "";
        }
    }
}
