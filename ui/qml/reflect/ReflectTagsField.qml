// SPDX-License-Identifier: GPL-3.0-or-later
// The reflection's tags, typed as a comma-separated line.
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

ReflectLineField {
    id: tags
    required property ReflectionModel reflection
    objectName: "tagsField"
    initialText: tags.reflection.tagsText
    placeholderText: qsTr("e.g. work, family")
    //: Field name: keywords (labels) to find a reflection again.
    Accessible.name: qsTr("Tags")
    Layout.fillWidth: true
    onCommit: text => tags.reflection.setTags(text)
}
