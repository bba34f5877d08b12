// SPDX-License-Identifier: GPL-3.0-or-later
// One open next step of a reflection: ticked off right here, or opened in its reflection. A step whose day has passed
// is only marked with a warm dot, never as late.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

RowLayout {
    id: row

    required property string incidentId
    required property string text
    required property string reflectionTitle
    required property string dueText
    required property bool overdue

    signal doneRequested
    signal openRequested

    Layout.fillWidth: true
    spacing: Theme.padding

    CheckBox {
        id: done
        objectName: "stepDone-" + row.incidentId
        checked: false
        //: Accessible name of a next step's check box; %1 is the step.
        Accessible.name: qsTr("Mark done: %1").arg(row.text)
        Layout.alignment: Qt.AlignTop
        indicator: Rectangle {
            implicitWidth: 20
            implicitHeight: 20
            x: done.leftPadding
            y: (done.height - height) / 2
            radius: 5
            color: done.checked ? Theme.accent : Theme.surface
            border.width: done.visualFocus ? 2 : 1.5
            border.color: done.visualFocus || done.hovered ? Theme.accent : Theme.muted
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: done.checked
                text: "✓"
                color: Theme.textOnAccent
                font.weight: Font.Bold
            }
        }
        onToggled: {
            if (done.checked)
                row.doneRequested();
        }
    }

    // A Column, not a ColumnLayout: see Card.qml (wrapped text must make the row taller).
    Column {
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        spacing: 2
        Label {
            textFormat: Text.PlainText
            text: row.text
            color: Theme.text
            wrapMode: Text.Wrap
            width: parent.width
        }
        RowLayout {
            spacing: Theme.gap
            width: parent.width
            Rectangle {
                visible: row.overdue
                implicitWidth: 7
                implicitHeight: 7
                radius: 3.5
                color: Theme.warm
            }
            Label {
                textFormat: Text.PlainText
                text: row.dueText.length > 0
                      //: Under a next step: %1 is when it is due (e.g. "tomorrow"), %2 the reflection it came from.
                      ? qsTr("%1 · from “%2”").arg(row.dueText).arg(row.reflectionTitle)
                      //: Under a next step: %1 is the title of the reflection it came from.
                      : qsTr("From “%1”").arg(row.reflectionTitle)
                color: Theme.muted
                font.pointSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    QuietButton {
        //: Button (verb): opens the reflection this step came from.
        text: qsTr("Open")
        //: Accessible name of the Open button; %1 is the reflection's title.
        Accessible.name: qsTr("Open the reflection “%1”").arg(row.reflectionTitle)
        Layout.alignment: Qt.AlignTop
        onClicked: row.openRequested()
    }
}
