// SPDX-License-Identifier: GPL-3.0-or-later
// How the ties are spread over the circles: three figures, a sentence and gentle suggestions.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Card {
    id: card
    required property CirclesModel circlesModel
    visible: card.circlesModel.circles.length > 0
    //: Card heading: how the user's ties are spread over their circles (noun).
    heading: qsTr("Balance")
    tint: card.circlesModel.balanceNarrow ? Theme.warmSoft : Theme.surface

    // Three fixed figures whose texts follow the journal (a Repeater over a list rebuilt at every change would
    // destroy its rows while the layout holds them). A Flow, so that they wrap rather than crowd a narrow card.
    Flow {
        objectName: "balanceFigures"
        visible: card.circlesModel.membershipCount > 0
        spacing: Theme.padding * 2
        Layout.fillWidth: true
        CirclesBalanceFigure {
            value: Number(card.circlesModel.effectiveCircles).toLocaleString(Qt.locale(), "f", 1)
            //: Follows a number with one decimal, e.g. "2.4": how many circles the ties are spread over, in effect.
            label: qsTr("effective circles")
        }
        CirclesBalanceFigure {
            //: A percentage; %1 is the number. Write it as your language does, e.g. "%1 %".
            value: qsTr("%1%").arg(Number(Math.round(card.circlesModel.largestShare * 100)).toLocaleString(Qt.locale(), "f", 0))
            //: Follows a percentage, e.g. "40%": the share of the user's ties in their largest circle.
            label: qsTr("in the largest circle")
        }
        CirclesBalanceFigure {
            value: Number(card.circlesModel.innerCircles).toLocaleString(Qt.locale(), "f", 0)
            //: Follows a number (shown apart, above this text, so %n does not appear): how many circles have
            //: someone in their inner ring.
            label: qsTr("circles with someone close", "", card.circlesModel.innerCircles)
        }
    }
    Label {
        objectName: "balanceText"
        textFormat: Text.PlainText
        text: card.circlesModel.balanceText
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
            model: card.circlesModel.suggestions
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
