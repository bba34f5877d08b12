// SPDX-License-Identifier: GPL-3.0-or-later
// An exposure: the way out, decided beforehand.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("Your way out")
    prompt: qsTr("Decide now how you can step out or pause if it gets too much: a sentence to say, a time to leave, someone to text. Knowing the exit makes it easier to stay.")
    firstFocus: exitEditor

    ReflectTextEditor {
        id: exitEditor
        objectName: "exitEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.ExposureExitStrategy
        accessibleName: qsTr("Your way out")
        placeholderText: qsTr("If it gets too much, I can…")
    }
}
