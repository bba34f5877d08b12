// SPDX-License-Identifier: GPL-3.0-or-later
// Where the flow is: one dot per step, the steps done filled, the current one ringed; any of them can be clicked.
// The dots share the width evenly, except that none is narrower than the widest word of its name (a German or
// Spanish name wraps between its words, never inside one). A Row, not a RowLayout: a name that wraps to a second
// line when the window narrows must make the indicator taller (see Card.qml).
import QtQuick
import QtQuick.Layouts
import Mosaic.Ui

Row {
    id: stepIndicator

    /// [{key, title}]
    property var steps: []
    property int current: 0
    /// The height once the page's layout has arranged (-1, its own height, until then).
    property real settledHeight: -1
    signal stepChosen(int index)

    /// The least widths of the dots, widest first.
    readonly property var leastWidths: {
        const widths = [];
        for (let i = 0; i < dots.count; ++i) {
            const dot = dots.itemAt(i) as ReflectStepDot;
            if (dot)
                widths.push(dot.leastWidth);
        }
        return widths.sort((a, b) => b - a);
    }
    /// The width of a dot whose name fits in it: what is left once the dots that need more have taken it, shared.
    readonly property real evenWidth: {
        let room = stepIndicator.width - Math.max(0, dots.count - 1) * stepIndicator.spacing;
        let sharing = stepIndicator.leastWidths.length;
        for (const least of stepIndicator.leastWidths) {
            if (sharing === 0 || least <= room / sharing)
                break;
            room -= least;
            --sharing;
        }
        return sharing > 0 ? room / sharing : 0;
    }

    // The dots know only their own step; the indicator tells them where the flow is.
    function sync() {
        for (let i = 0; i < dots.count; ++i) {
            const dot = dots.itemAt(i) as ReflectStepDot;
            if (dot) {
                dot.current = stepIndicator.current;
                dot.count = stepIndicator.steps.length;
            }
        }
    }

    onCurrentChanged: stepIndicator.sync()
    // Qt 6.4's layouts drop a new height that arrives while they arrange, and a name wraps to a second line just
    // then (the page narrowed): the height is handed to the page's layout again once the arrangement is done.
    onImplicitHeightChanged: settle.restart()
    spacing: 2
    Layout.fillWidth: true
    Layout.preferredHeight: stepIndicator.settledHeight
    Layout.minimumWidth: stepIndicator.leastWidths.reduce((sum, least) => sum + least, 0)
                         + Math.max(0, dots.count - 1) * stepIndicator.spacing
    Layout.preferredWidth: stepIndicator.Layout.minimumWidth

    Timer {
        id: settle
        interval: 0
        onTriggered: stepIndicator.settledHeight = stepIndicator.implicitHeight
    }

    Repeater {
        id: dots
        model: stepIndicator.steps
        delegate: ReflectStepDot {}
        onItemAdded: (index, item) => {
            const dot = item as ReflectStepDot;
            dot.current = stepIndicator.current;
            dot.count = stepIndicator.steps.length;
            dot.width = Qt.binding(() => Math.max(dot.leastWidth, stepIndicator.evenWidth));
            dot.clicked.connect(() => stepIndicator.stepChosen(dot.index));
            // Each dot draws the line to the next one.
            const previous = dots.itemAt(index - 1) as ReflectStepDot;
            if (previous)
                previous.nextDot = dot;
            dot.nextDot = dots.itemAt(index + 1) as ReflectStepDot;
        }
    }
}
