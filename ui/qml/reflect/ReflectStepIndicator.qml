// SPDX-License-Identifier: GPL-3.0-or-later
// Where the flow is: one dot per step, the steps done filled, the current one ringed; any of them can be clicked.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

RowLayout {
    id: stepIndicator

    /// [{key, title}]
    property var steps: []
    property int current: 0
    signal stepChosen(int index)

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
    spacing: 2
    Layout.fillWidth: true

    Repeater {
        id: dots
        model: stepIndicator.steps
        delegate: ReflectStepDot {}
        onItemAdded: (index, item) => {
            const dot = item as ReflectStepDot;
            dot.current = stepIndicator.current;
            dot.count = stepIndicator.steps.length;
            dot.clicked.connect(() => stepIndicator.stepChosen(dot.index));
        }
    }
}
