// SPDX-License-Identifier: GPL-3.0-or-later
// The Reflect page: the guided reflection of docs/reflections.md one step at a time (or the exposure variant), with a step
// indicator, Back and Next (Ctrl+Enter or Alt+Right, Alt+Left), every step skippable, and everything saved as it is
// written. Arguments: {incidentId} continues or edits one, {kind: "exposure"} plans a small challenge, {new: true}
// starts afresh, {} keeps the reflection in progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mosaic.Ui

PageBase {
    id: page

    readonly property ReflectionModel reflection: reflectionModel
    /// The file shown in the step area (a step, or the closing view).
    property string loadedFile
    readonly property var thoughtSteps: ["distortions", "evidence", "factors", "reframes"]
    readonly property bool planStep: reflectionModel.exposure && reflectionModel.step === reflectionModel.planStepCount - 1
    /// The person asked for less motion (Settings): the breathing guide paces without growing and shrinking.
    property bool reduceMotion: false

    title: reflectionModel.exposure
           //: Page title while planning an exposure: a small, planned social challenge.
           ? qsTr("A small challenge")
           //: Page title: the guided reflection (same as the page's name in the sidebar).
           : qsTr("Reflect")
    subtitle: reflectionModel.finished ? ""
                                       //: %1 is the number of the step shown, %2 how many steps there are.
                                       : qsTr("Step %1 of %2 · every step is optional, and everything is saved as you write")
                                         .arg(reflectionModel.step + 1).arg(reflectionModel.steps.length)
    scrolls: false

    function activate(args: var) {
        reflectionModel.activate(args || {});
    }

    /// Lets the step shown hand over what is being typed before the flow moves on.
    function leaveStep() {
        // Taking the focus away ends the editing of a field or an editor, which saves it.
        stepFlick.forceActiveFocus();
        const step = stepLoader.item as ReflectStep;
        if (step)
            step.leaving();
    }
    function goTo(index: int) {
        if (index === reflectionModel.step && !reflectionModel.finished)
            return;
        page.leaveStep();
        reflectionModel.step = index;
    }
    function goNext() {
        if (reflectionModel.finished || reflectionModel.lastStep)
            return;
        page.goTo(reflectionModel.step + 1);
    }
    function goBack() {
        if (reflectionModel.finished || reflectionModel.step === 0)
            return;
        page.goTo(reflectionModel.step - 1);
    }
    function forward() {
        // At the end of an exposure's plan, going on means saving the plan (what happened comes later).
        if (reflectionModel.lastStep || (page.planStep && reflectionModel.waitingForOutcome))
            page.finish();
        else
            page.goNext();
    }
    function finish() {
        if (reflectionModel.finished)
            return;
        page.leaveStep();
        reflectionModel.finish();
    }
    function stepFile(key: string): string {
        switch (key) {
        case "pause": return "ReflectPauseStep";
        case "happened": return "ReflectHappenedStep";
        case "feelings": return "ReflectFeelingsStep";
        case "thought": return "ReflectThoughtStep";
        case "distortions": return "ReflectDistortionsStep";
        case "evidence": return "ReflectEvidenceStep";
        case "factors": return "ReflectFactorsStep";
        case "reframes": return "ReflectReframesStep";
        case "learn": return "ReflectLearnStep";
        case "rerate": return "ReflectRerateStep";
        case "plan": return "ReflectPlanStep";
        case "exit": return "ReflectExitStep";
        case "prediction": return "ReflectPredictionStep";
        case "outcome": return "ReflectOutcomeStep";
        case "helped": return "ReflectHelpedStep";
        }
        return "";
    }
    /// Shows the step the flow is at (or the closing view); `force` for another reflection at the same step.
    function loadStep(force: bool) {
        const file = reflectionModel.finished ? "ReflectFinishedView" : page.stepFile(reflectionModel.stepKey);
        if (file === page.loadedFile && !force)
            return;
        page.loadedFile = file;
        // Steps are created with their required properties (a Loader's sourceComponent cannot give them).
        const properties = reflectionModel.finished ? { "reflection": reflectionModel }
                                                    : { "reflection": reflectionModel, "session": page.session, "viewHeight": stepFlick.height, "reduceMotion": page.reduceMotion };
        stepLoader.setSource(Qt.resolvedUrl(file + ".qml"), properties);
    }
    /// The keyboard goes to the first control of the step shown.
    function focusStep() {
        // Not when the person already went somewhere in the step (a click is quicker than this call).
        if (page.focusedItem && stepLoader.item && page.isInside(page.focusedItem, stepLoader.item))
            return;
        const step = stepLoader.item as ReflectStep;
        if (step)
            step.focusFirst();
        const finishedItem = stepLoader.item as ReflectFinishedView;
        if (finishedItem)
            finishedItem.focusFirst();
    }
    function isInside(item: Item, ancestor: Item): bool {
        for (let each = item; each; each = each.parent) {
            if (each === ancestor)
                return true;
        }
        return false;
    }
    /// Scrolls the step so that the control with the keyboard focus is in view.
    function revealFocused() {
        const item = page.Window.activeFocusItem;
        if (!item || !stepLoader.item || !page.isInside(item, stepLoader.item))
            return;
        const top = item.mapToItem(stepFlick.contentItem, 0, 0).y;
        const bottom = top + Math.min(item.height, stepFlick.height - 2 * Theme.padding);
        if (top < stepFlick.contentY)
            stepFlick.contentY = Math.max(0, top - Theme.padding);
        else if (bottom > stepFlick.contentY + stepFlick.height)
            stepFlick.contentY = Math.min(stepFlick.contentHeight - stepFlick.height, bottom - stepFlick.height + Theme.padding);
    }

    headerActions: [
        QuietButton {
            objectName: "switchVariantButton"
            visible: !reflectionModel.started && !reflectionModel.finished
            text: reflectionModel.exposure ? qsTr("Reflect on a moment instead") : qsTr("Plan a small challenge instead")
            onClicked: reflectionModel.startNew(!reflectionModel.exposure)
        },
        QuietButton {
            objectName: "newReflectionButton"
            visible: reflectionModel.started && !reflectionModel.finished
            //: Button: start a new reflection (noun phrase).
            text: qsTr("New reflection")
            Accessible.description: qsTr("This one stays in your journal, ready to continue.")
            onClicked: {
                page.leaveStep();
                reflectionModel.startNew(false);
            }
        }
    ]

    ReflectionModel {
        id: reflectionModel
        session: page.session
        onAboutToReplace: page.leaveStep()
        // Another reflection: its steps open afresh, with its own values in every field.
        onReflectionReplaced: page.loadStep(true)
        onStepChanged: page.loadStep(false)
        onFinishedChanged: page.loadStep(false)
    }
    Component.onCompleted: page.loadStep(false)

    Timer {
        id: focusTimer
        interval: 0
        onTriggered: page.focusStep()
    }

    readonly property Item focusedItem: page.Window.activeFocusItem
    onFocusedItemChanged: page.revealFocused()

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: page.visible && !reflectionModel.finished
        onActivated: page.forward()
    }
    Shortcut {
        sequence: "Alt+Right"
        enabled: page.visible && !reflectionModel.finished
        onActivated: page.goNext()
    }
    Shortcut {
        sequence: "Alt+Left"
        enabled: page.visible && !reflectionModel.finished
        onActivated: page.goBack()
    }

    ReflectStepIndicator {
        objectName: "stepIndicator"
        visible: !reflectionModel.finished
        steps: reflectionModel.steps
        current: reflectionModel.step
        onStepChosen: index => page.goTo(index)
    }

    ReflectThoughtCard {
        visible: !reflectionModel.finished && page.thoughtSteps.indexOf(reflectionModel.stepKey) >= 0
        thought: reflectionModel.thought
    }

    Flickable {
        id: stepFlick
        objectName: "stepFlick"
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: width
        contentHeight: stepLoader.height + Theme.padding
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {
            policy: stepFlick.contentHeight > stepFlick.height ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
        }

        Loader {
            id: stepLoader
            objectName: "stepLoader"
            width: stepFlick.width - Theme.padding
            onLoaded: {
                stepFlick.contentY = 0;
                const step = stepLoader.item as ReflectStep;
                if (step) {
                    step.viewHeight = Qt.binding(() => stepFlick.height);
                    step.reduceMotion = Qt.binding(() => page.reduceMotion);
                }
                const finishedItem = stepLoader.item as ReflectFinishedView;
                if (finishedItem) {
                    finishedItem.openJournal.connect(() => page.openRequested("journal", { "incidentId": reflectionModel.incidentId }));
                    finishedItem.startAnother.connect(() => reflectionModel.startNew(false));
                }
                if (page.visible)
                    focusTimer.restart();
            }
        }
    }

    RowLayout {
        id: navigation
        objectName: "navigation"
        visible: !reflectionModel.finished
        Layout.fillWidth: true
        spacing: Theme.gap

        QuietButton {
            objectName: "backButton"
            //: Button (verb): to the previous step of the reflection.
            text: qsTr("Back")
            enabled: reflectionModel.step > 0
            //: The keyboard shortcut of the Back button; translate the key name only if your keyboards label it differently.
            Accessible.description: qsTr("Alt+Left")
            onClicked: page.goBack()
        }
        Label {
            textFormat: Text.PlainText
            //: Hint beside the buttons: the keyboard shortcut to go on to the next step.
            text: qsTr("Ctrl+Enter to go on")
            color: Theme.faint
            font.pointSize: Theme.smallSize
            Layout.leftMargin: Theme.gap
        }
        Item {
            Layout.fillWidth: true
        }
        AccentButton {
            objectName: "savePlanButton"
            visible: page.planStep
            text: qsTr("Save the plan")
            onClicked: page.finish()
        }
        QuietButton {
            objectName: "quietNextButton"
            visible: page.planStep
            //: Button: the planned challenge already took place; go on to write how it went.
            text: qsTr("It already happened")
            onClicked: page.goNext()
        }
        AccentButton {
            id: nextButton
            objectName: "nextButton"
            // The pause has its own button to go on: one loud button at a time.
            visible: !page.planStep && reflectionModel.stepKey !== "pause"
            text: reflectionModel.lastStep
                  //: Button: finishes the reflection (adjective/verb: "finished").
                  ? qsTr("Done")
                  //: Button: to the next step of the reflection.
                  : qsTr("Next")
            Accessible.description: reflectionModel.lastStep ? qsTr("Finish the reflection (Ctrl+Enter)") : qsTr("The next step (Ctrl+Enter or Alt+Right); you can leave this one empty")
            onClicked: page.forward()
        }
    }
}
