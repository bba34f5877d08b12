// SPDX-License-Identifier: GPL-3.0-or-later
// After Done: a thank-you, the change from before to after, and where to go next.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: view

    required property ReflectionModel reflection
    readonly property bool planOnly: view.reflection.exposure && view.reflection.waitingForOutcome
    // Read when the view opens (it shows a finished reflection, which does not change under it).
    readonly property var changes: view.reflection.finished ? view.reflection.changes() : []

    signal openJournal
    signal startAnother

    /// The keyboard, with its ring, on where to go next (nothing written: on starting another).
    function focusFirst() {
        (primary.visible ? primary : anotherButton).forceActiveFocus(Qt.TabFocusReason);
    }

    spacing: Theme.padding

    Label {
        textFormat: Text.PlainText
        text: !view.reflection.started ? qsTr("Nothing was written, and that is fine")
                                       : view.planOnly ? qsTr("Your plan is saved") : qsTr("Thank you for taking this time")
        font.pointSize: Theme.headingSize + 4
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        textFormat: Text.PlainText
        text: !view.reflection.started ? qsTr("Sometimes a pause is all a moment needs. The flow is here whenever you want it.")
              : view.planOnly ? qsTr("Go and try it when the time comes, and use your way out if you need it. Afterwards, come back to write how it went; Today will remind you.")
                              : qsTr("Looking closely at a hard moment takes courage. Everything you wrote is in your journal, and you can come back to it at any time.")
        color: Theme.muted
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.maximumWidth: 640
    }

    Card {
        visible: view.changes.length > 0
        heading: qsTr("Before and after")

        Repeater {
            model: view.changes
            delegate: ColumnLayout {
                id: change
                required property var modelData
                spacing: 4
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        textFormat: Text.PlainText
                        text: change.modelData.label
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        //: A rating (0 to 100) before and after the reflection: %1 before, %2 after.
                        text: qsTr("%1 → %2").arg(change.modelData.before).arg(change.modelData.after)
                        color: Theme.accent
                        font.weight: Font.DemiBold
                    }
                }
                // Two quiet bars: where it was, and where it is now.
                Repeater {
                    model: [change.modelData.before, change.modelData.after]
                    delegate: Rectangle {
                        id: bar
                        required property int modelData
                        required property int index
                        Layout.fillWidth: true
                        implicitHeight: 6
                        radius: 3
                        color: Theme.surfaceAlt
                        Rectangle {
                            width: parent.width * bar.modelData / 100
                            height: parent.height
                            radius: 3
                            color: bar.index === 0 ? Theme.faint : Theme.accent
                        }
                    }
                }
            }
        }
    }

    RowLayout {
        spacing: Theme.gap
        Layout.topMargin: Theme.gap
        AccentButton {
            id: primary
            objectName: "openInJournalButton"
            visible: view.reflection.started
            text: qsTr("Read it in the journal")
            onClicked: view.openJournal()
        }
        QuietButton {
            objectName: "backIntoItButton"
            visible: view.reflection.started
            //: Button: the planned challenge already took place; go on to write how it went.
            text: view.planOnly ? qsTr("It already happened") : qsTr("Go back into it")
            onClicked: view.reflection.step = view.planOnly ? view.reflection.planStepCount : 0
        }
        QuietButton {
            id: anotherButton
            objectName: "startAnotherButton"
            text: qsTr("Start another reflection")
            onClicked: view.startAnother()
        }
    }
}
