// SPDX-License-Identifier: GPL-3.0-or-later
// The label above a field of a step: a plain question, with an optional quieter hint.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: fieldLabel
    property string text
    property string hint
    spacing: 2
    Layout.fillWidth: true
    Layout.topMargin: Theme.gap

    Label {
        textFormat: Text.PlainText
        text: fieldLabel.text
        color: Theme.text
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        visible: fieldLabel.hint.length > 0
        text: fieldLabel.hint
        color: Theme.muted
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
