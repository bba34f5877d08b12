// SPDX-License-Identifier: GPL-3.0-or-later
// The values as chips: click one (or Enter on it) to rename it, × to remove it, and a field to add another.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: chips

    required property PersonalValuesModel valuesModel
    /// The chip being renamed, or -1.
    property int editing: -1

    spacing: Theme.gap
    Layout.fillWidth: true

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        visible: chips.valuesModel.values.length > 0

        Repeater {
            model: chips.valuesModel.values
            delegate: Item {
                id: chip
                required property string modelData
                required property int index
                readonly property bool editing: chips.editing === chip.index
                implicitWidth: chip.editing ? editor.implicitWidth : body.implicitWidth
                implicitHeight: 34
                width: implicitWidth
                height: implicitHeight

                Rectangle {
                    id: body
                    visible: !chip.editing
                    implicitWidth: row.implicitWidth + 8
                    height: parent.height
                    radius: height / 2
                    color: Theme.warmSoft
                    border.color: nameButton.visualFocus || removeButton.visualFocus ? Theme.warm : "transparent"
                    border.width: 2
                    Row {
                        id: row
                        x: 4
                        anchors.verticalCenter: parent.verticalCenter
                        ToolButton {
                            id: nameButton
                            objectName: "value:" + chip.modelData
                            text: chip.modelData
                            flat: true
                            //: %1 is one of the user's personal values, e.g. "Honesty".
                            Accessible.name: qsTr("Rename %1").arg(chip.modelData)
                            contentItem: Label {
                                textFormat: Text.PlainText
                                text: nameButton.text
                                color: Theme.text
                                verticalAlignment: Text.AlignVCenter
                            }
                            background: Item {}
                            onClicked: {
                                chips.editing = chip.index;
                                editor.text = chip.modelData;
                                editor.forceActiveFocus();
                                editor.selectAll();
                            }
                        }
                        ToolButton {
                            id: removeButton
                            objectName: "removeValue:" + chip.modelData
                            text: "×"
                            flat: true
                            implicitWidth: 28
                            //: %1 is one of the user's personal values, e.g. "Honesty".
                            Accessible.name: qsTr("Remove %1").arg(chip.modelData)
                            contentItem: Label {
                                textFormat: Text.PlainText
                                text: removeButton.text
                                Accessible.ignored: true // the button is read by its name
                                color: Theme.muted
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                            background: Item {}
                            onClicked: chips.valuesModel.removeValue(chip.index)
                        }
                    }
                }
                TextField {
                    id: editor
                    visible: chip.editing
                    implicitWidth: Math.max(140, contentWidth + 32)
                    height: parent.height
                    //: %1 is one of the user's personal values, e.g. "Honesty".
                    Accessible.name: qsTr("New name for %1").arg(chip.modelData)
                    onAccepted: {
                        chips.valuesModel.renameValue(chip.index, editor.text);
                        chips.editing = -1;
                    }
                    Keys.onEscapePressed: chips.editing = -1
                    onActiveFocusChanged: {
                        if (!editor.activeFocus && chip.editing)
                            chips.editing = -1;
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        TextField {
            id: newValue
            objectName: "newValue"
            Layout.fillWidth: true
            Layout.maximumWidth: 360
            placeholderText: qsTr("A value that matters to you, e.g. Honesty")
            Accessible.name: qsTr("New value")
            onAccepted: {
                if (chips.valuesModel.addValue(newValue.text))
                    newValue.clear();
            }
        }
        QuietButton {
            //: Button: add a personal value (what matters to the user).
            text: qsTr("Add value")
            enabled: newValue.text.trim().length > 0
            onClicked: {
                if (chips.valuesModel.addValue(newValue.text))
                    newValue.clear();
            }
        }
    }
}
