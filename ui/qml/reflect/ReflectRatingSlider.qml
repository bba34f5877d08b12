// SPDX-License-Identifier: GPL-3.0-or-later
// A 0–100 rating (a feeling's intensity, a belief, anxiety): a slider that saves when it is let go or moved with the
// keys, showing "not rated yet" until it first is, and optionally where it started ("70 → 40").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

ColumnLayout {
    id: rating

    property string label
    /// 0–100, or -1 while not rated.
    property int value: -1
    /// The earlier rating to compare with (-1: none).
    property int compareTo: -1
    /// Where the handle rests while not rated.
    property int restingValue: rating.compareTo >= 0 ? rating.compareTo : 50
    //: The low end (0) of a rating scale, e.g. of a feeling's strength.
    property string lowText: qsTr("not at all")
    //: The high end (100) of the rating scale of a feeling's strength.
    property string highText: qsTr("as strong as it gets")
    readonly property alias slider: slider
    readonly property int shownValue: slider.pressed ? Math.round(slider.value) : rating.value

    signal rated(int value)

    spacing: 0
    Layout.fillWidth: true

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            text: rating.label
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            id: valueLabel
            objectName: "ratingValue"
            textFormat: Text.PlainText
            text: rating.shownValue < 0 ? qsTr("not rated yet")
                                        : rating.compareTo >= 0
                                          //: A rating (0 to 100) then and now: %1 is the earlier rating, %2 the new one.
                                          ? qsTr("%1 → %2").arg(rating.compareTo).arg(rating.shownValue)
                                                                : String(rating.shownValue)
            color: rating.shownValue < 0 ? Theme.faint : Theme.accent
            font.weight: Font.DemiBold
        }
        Label {
            textFormat: Text.PlainText
            visible: rating.compareTo >= 0 && rating.shownValue >= 0 && rating.shownValue !== rating.compareTo
            text: rating.shownValue < rating.compareTo
                  //: After rating again: %1 is how many points (of 100) lower the new rating is.
                  ? qsTr("(%1 lighter)").arg(rating.compareTo - rating.shownValue)
                  //: After rating again: %1 is how many points (of 100) higher the new rating is.
                  : qsTr("(%1 stronger)").arg(rating.shownValue - rating.compareTo)
            color: Theme.muted
            font.pointSize: Theme.smallSize
        }
    }

    Slider {
        id: slider
        objectName: "ratingSlider"
        from: 0
        to: 100
        stepSize: 5
        snapMode: Slider.SnapAlways
        value: rating.value < 0 ? rating.restingValue : rating.value
        opacity: rating.value < 0 && !slider.pressed ? 0.6 : 1
        Layout.fillWidth: true
        Accessible.name: rating.label
        Accessible.description: valueLabel.text
        // Keys move it without a press; a drag saves once, when let go.
        onMoved: {
            if (!slider.pressed)
                rating.rated(Math.round(slider.value));
        }
        onPressedChanged: {
            if (!slider.pressed)
                rating.rated(Math.round(slider.value));
        }

        // The keyboard's place: a 2 px ring in the accent around the slider, clear on either theme.
        Rectangle {
            objectName: "focusRing"
            visible: slider.visualFocus
            anchors.fill: parent
            anchors.margins: -2
            z: -1
            radius: Theme.smallRadius + 2
            color: "transparent"
            border.width: 2
            border.color: Theme.accent
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            textFormat: Text.PlainText
            text: rating.lowText
            color: Theme.faint
            font.pointSize: Theme.smallSize
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: rating.highText
            color: Theme.faint
            font.pointSize: Theme.smallSize
        }
    }
}
