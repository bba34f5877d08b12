// SPDX-License-Identifier: GPL-3.0-or-later
// An exposure, first part: the small challenge, when and with whom, and the plan.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("Plan a small challenge")
    prompt: qsTr("Pick something a little uncomfortable but doable: asking to join, saying hello first, sharing an idea. Small is the point. Write what you will do, and when and where.")
    firstFocus: moment.titleField

    ReflectMomentFields {
        id: moment
        reflection: step.reflection
        titleLabel: qsTr("The challenge, in a few words")
        whenLabel: qsTr("When you plan to do it")
        showKind: false
    }

    ReflectFieldLabel {
        text: qsTr("The plan")
    }
    ReflectTextEditor {
        objectName: "planEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.ExposurePlan
        accessibleName: qsTr("The plan")
        placeholderText: qsTr("What exactly you will do, where, with whom…")
    }
}
