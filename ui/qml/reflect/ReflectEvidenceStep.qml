// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence for and against the thought, side by side.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What do you actually know?")
    prompt: qsTr("Look at the thought like a fair friend would. What supports it, and what doesn't quite fit? Facts on both sides, not feelings; both lists count.")
    firstFocus: forEditor

    GridLayout {
        columns: step.width > 760 ? 2 : 1
        columnSpacing: Theme.padding
        rowSpacing: Theme.gap
        Layout.fillWidth: true

        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            Layout.alignment: Qt.AlignTop
            ReflectFieldLabel {
                text: qsTr("What supports the thought")
            }
            ReflectTextEditor {
                id: forEditor
                objectName: "evidenceForEditor"
                session: step.session
                reflection: step.reflection
                viewHeight: step.viewHeight
                field: JournalText.IncidentEvidenceFor
                columnCharacters: 40
                accessibleName: qsTr("What supports the thought")
                placeholderText: qsTr("What actually happened that points this way?")
            }
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredWidth: 320
            Layout.alignment: Qt.AlignTop
            ReflectFieldLabel {
                text: qsTr("What doesn't fit it")
            }
            ReflectTextEditor {
                objectName: "evidenceAgainstEditor"
                session: step.session
                reflection: step.reflection
                viewHeight: step.viewHeight
                field: JournalText.IncidentEvidenceAgainst
                columnCharacters: 40
                accessibleName: qsTr("What doesn't fit the thought")
                placeholderText: qsTr("Other times, other people, other explanations…")
            }
        }
    }
}
