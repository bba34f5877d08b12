// SPDX-License-Identifier: GPL-3.0-or-later
// The first start: what Mosaic is for, in three lines, and a choice between the example journal (to look around)
// and an empty one (to begin). Shown once, and only while the journal is empty.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

Popup {
    id: welcome

    required property JournalSession session
    required property AppSettings settings

    objectName: "welcome"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    modal: true
    focus: true
    padding: Theme.pagePadding
    closePolicy: Popup.CloseOnEscape

    Component.onCompleted: {
        if (!welcome.settings.welcomed && transfer.journalEmpty)
            welcome.open();
    }
    onClosed: welcome.settings.welcomed = true
    // Focus as from the keyboard, so that the ring shows which button Enter presses.
    onOpened: startButton.forceActiveFocus(Qt.TabFocusReason)

    JournalTransfer {
        id: transfer
        session: welcome.session
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius + 4
        border.color: Theme.border
    }
    Overlay.modal: Rectangle {
        color: Theme.dark ? "#99000000" : "#66201c18"
    }

    // The popup's one child rather than its contentItem, which is deferred and would take no ids.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.padding
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Welcome to Mosaic")

        MosaicMark {
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Welcome to Mosaic")
            font.pointSize: Theme.titleSize
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("A private journal for the moments when rejection stings. Reflect on what happened, test the thoughts it brings, keep a record of your strengths and wins, practise small daily rituals, and see the many circles where you belong.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            //: %1 is the folder where the journal is kept, e.g. /home/ana/.local/share/Mosaic.
            text: qsTr("Everything stays on this computer, in %1.").arg(welcome.session.dataDirectory)
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pointSize: Theme.smallSize
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: Theme.gap
            QuietButton {
                objectName: "exampleButton"
                text: qsTr("Look around an example journal")
                onClicked: {
                    const outcome = transfer.importExample();
                    if (!outcome.ok)
                        welcome.session.reportFailureMessage(outcome.message);
                    welcome.close();
                }
            }
            Item {
                Layout.fillWidth: true
            }
            AccentButton {
                id: startButton
                objectName: "startButton"
                //: Button: start with an empty journal of one's own (instead of the example journal).
                text: qsTr("Start my own")
                onClicked: welcome.close()
            }
        }
    }
}
