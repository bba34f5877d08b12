// SPDX-License-Identifier: GPL-3.0-or-later
// The ring around the control that has the keyboard's focus: just outside it, in Theme.focusRing, so that it reads
// against the surface around any control (3:1 or more, checked by the contrast test) and never hides in the
// control's own colour. Put it in the control's background, filling it.
import QtQuick
import Mosaic.Ui

Rectangle {
    id: ring

    /// Whether the ring shows: the control's visualFocus (focus from the keyboard, not from a click).
    property bool shown: false
    /// The control's own corner radius.
    property real controlRadius: Theme.smallRadius + 2

    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: -(Theme.focusRingWidth + 1)
    radius: ring.controlRadius + Theme.focusRingWidth + 1
    color: "transparent"
    border.width: Theme.focusRingWidth
    border.color: Theme.focusRing
    visible: ring.shown
}
