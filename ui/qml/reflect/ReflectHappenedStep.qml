// SPDX-License-Identifier: GPL-3.0-or-later
// What happened: a name for it, when, what kind of moment, where and with whom, and the facts only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ReflectStep {
    id: step
    heading: qsTr("What happened?")
    prompt: qsTr("Only the facts, the way a camera would have seen them: who said or did what, where and when. What it meant can wait for the next steps.")
    firstFocus: moment.titleField

    ReflectMomentFields {
        id: moment
        reflection: step.reflection
    }

    ReflectFieldLabel {
        text: qsTr("What happened, in plain facts")
        hint: qsTr("For instance: “I asked Sam if I could come along on Saturday. Sam said the group was full.”")
    }
    ReflectTextEditor {
        objectName: "situationEditor"
        session: step.session
        reflection: step.reflection
        viewHeight: step.viewHeight
        field: JournalText.IncidentSituation
        accessibleName: qsTr("What happened")
        placeholderText: qsTr("Who, what, where, when…")
    }

    ReflectFieldLabel {
        //: Field label: keywords (labels) to find a reflection again.
        text: qsTr("Tags")
        hint: qsTr("Optional, separated by commas, to find it again later.")
    }
    ReflectTagsField {
        reflection: step.reflection
    }
}
