// SPDX-License-Identifier: GPL-3.0-or-later
// Reflect with the keyboard alone, in the whole window (Main.qml) over a real journal at 1024×640: every step takes the
// keyboard on arrival, by any route, so that words typed at once are kept; a whole reflection written by key events
// only; the next step's due date; the writing area's room and its caret; the focus rings; the breathing guide with
// less motion.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "ReflectKeyboard"
    when: windowShown

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: settingsComponent
        AppSettings {}
    }
    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: transferComponent
        JournalTransfer {}
    }

    property var windows: []
    property JournalSession session
    property AppSettings settings
    property string dataDir

    function init() {
        failOnWarning(/.*/);
        testCase.dataDir = TestSupport.newDataDirectory();
        testCase.session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: testCase.dataDir });
        verify(testCase.session.isOpen);
        testCase.settings = createTemporaryObject(settingsComponent, testCase);
        testCase.settings.welcomed = true;
        testCase.settings.lastPage = "today";
        testCase.settings.windowMaximized = false;
        testCase.settings.reduceMotion = false;
        // The smallest window Mosaic promises to serve well.
        testCase.settings.windowGeometry = Qt.rect(0, 0, 1024, 640);
    }

    // The windows go before the sessions and settings they show.
    function cleanup() {
        for (const window of testCase.windows)
            window.destroy();
        testCase.windows = [];
        wait(0);
        TestSupport.setDefaultLocale("");
    }

    function openWindow(): Main {
        const window = mainComponent.createObject(null, { session: testCase.session, settings: testCase.settings });
        testCase.windows.push(window);
        verify(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);
        // The window opens fitted to its screen (the offscreen screen is 800 × 600), so it is sized as a person would.
        window.width = 1024;
        window.height = 640;
        compare(window.width, 1024);
        compare(window.height, 640);
        return window;
    }

    /// Ctrl+N in the window: a new reflection, at its pause.
    function newReflection(window: Main): ReflectPage {
        keySequence("Ctrl+N");
        tryCompare(window, "currentPage", "reflect");
        const page = window.pageItem("reflect") as ReflectPage;
        verify(page);
        stepIs(page, "pause");
        return page;
    }

    function rows(sql: string): var {
        return TestSupport.rows(testCase.dataDir, sql);
    }
    function incident(page: ReflectPage): var {
        verify(page.reflection.started);
        return rows("SELECT * FROM incidents WHERE id = '" + page.reflection.incidentId + "'")[0];
    }

    function named(root: Item, name: string): var {
        let item = null;
        tryVerify(() => {
            item = findChild(root, name);
            return item !== null && item.visible;
        }, 3000, "no visible item " + name);
        return item;
    }

    function type(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function stepIs(page: ReflectPage, key: string) {
        tryCompare(page.reflection, "stepKey", key);
        // The new step is laid out and has had its chance to take the keyboard.
        wait(30);
    }

    /// Presses Tab until `item` has the keyboard (as a person would), failing after `most` presses.
    function tabTo(window: Main, item: Item, most: int) {
        for (let i = 0; i < most && !item.activeFocus; ++i)
            keyClick(Qt.Key_Tab);
        verify(item.activeFocus, "Tab did not reach " + item.objectName + "; the keyboard is at " + window.activeFocusItem);
    }

    function stepIndex(page: ReflectPage, key: string): int {
        for (let i = 0; i < page.reflection.steps.length; ++i) {
            if (page.reflection.steps[i].key === key)
                return i;
        }
        return -1;
    }

    // ---- 1. Every step takes the keyboard on arrival, whichever way it is reached.

    function test_arrivingAtAStepPutsTheKeyboardInIt_data() {
        const steps = ["pause", "happened", "feelings", "thought", "distortions", "evidence", "factors", "reframes", "learn", "rerate"];
        const data = [];
        for (let i = 0; i < steps.length; ++i) {
            for (const route of ["ctrlEnter", "next", "dot", "back"]) {
                // The pause has nothing before it, the last step nothing after it.
                if (i === 0 && (route === "ctrlEnter" || route === "next"))
                    continue;
                if (i === steps.length - 1 && route === "back")
                    continue;
                data.push({ tag: steps[i] + " by " + route, step: steps[i], route: route });
            }
        }
        return data;
    }

    function test_arrivingAtAStepPutsTheKeyboardInIt(data) {
        const window = openWindow();
        const page = newReflection(window);
        const target = stepIndex(page, data.step);
        verify(target >= 0);

        // Somewhere else first, then to the step the way a person would.
        const from = data.route === "back" ? target + 1 : data.route === "dot" ? (target === 0 ? 1 : 0) : target - 1;
        page.goTo(from);
        stepIs(page, page.reflection.steps[from].key);
        if (data.route === "ctrlEnter") {
            keySequence("Ctrl+Return");
        } else if (data.route === "next") {
            // The pause has its own button to go on.
            const next = named(page, from === 0 ? "beginButton" : "nextButton");
            next.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
        } else if (data.route === "dot") {
            const dot = named(page, "step:" + data.step);
            dot.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
        } else {
            const back = named(page, "backButton");
            back.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
        }
        stepIs(page, data.step);

        // The keys typed at once reach the step's first field, and the journal.
        switch (data.step) {
        case "pause":
            tryVerify(() => named(page, "beginButton").activeFocus);
            // Its ring shows where the keyboard is.
            verify(named(page, "beginButton").visualFocus);
            keyClick(Qt.Key_Space);
            stepIs(page, "happened");
            verify(page.reflection.started);
            break;
        case "happened":
            tryVerify(() => named(page, "titleField").activeFocus);
            type("Lunch table");
            compare(named(page, "titleField").text, "Lunch table");
            keySequence("Ctrl+Return");
            stepIs(page, "feelings");
            compare(incident(page).title, "Lunch table");
            break;
        case "feelings":
            tryVerify(() => named(page, "emotion:hurt").activeFocus);
            verify(named(page, "emotion:hurt").visualFocus);
            // Return chooses a chip as Space does.
            keyClick(Qt.Key_Return);
            tryCompare(page.reflection.emotions, "count", 1);
            compare(JSON.parse(incident(page).emotions_json)[0].name, "hurt");
            break;
        case "thought":
        case "evidence":
        case "learn":
        case "reframes": {
            const editorName = { thought: "thoughtEditor", evidence: "evidenceForEditor", learn: "learnedEditor", reframes: "reframeComposerEditor" }[data.step];
            const editor = named(page, editorName);
            tryVerify(() => editor.textArea.activeFocus);
            type("Words typed at once");
            compare(editor.text, "Words typed at once");
            compare(editor.wordCount, 4);
            // Leaving the step saves them.
            keySequence("Ctrl+Return");
            tryVerify(() => page.reflection.stepKey !== data.step);
            if (data.step === "reframes") {
                compare(rows("SELECT text FROM reframes WHERE incident_id = '" + page.reflection.incidentId + "'")[0].text, "Words typed at once");
            } else {
                const column = { thought: "thought", evidence: "evidence_for", learn: "learned" }[data.step];
                compare(incident(page)[column], "Words typed at once");
            }
            break;
        }
        case "distortions":
        case "factors": {
            const grid = data.step === "distortions" ? "distortions_json" : "factors_json";
            tryVerify(() => window.activeFocusItem && window.activeFocusItem.checkable === true);
            const box = window.activeFocusItem;
            verify(box.visualFocus);
            // Return ticks a box as Space does.
            keyClick(Qt.Key_Return);
            tryCompare(box, "checked", true);
            compare(JSON.parse(incident(page)[grid]), [box.key]);
            break;
        }
        case "rerate": {
            const belief = named(page, "beliefAfter");
            tryVerify(() => belief.slider.activeFocus);
            verify(belief.slider.visualFocus);
            keyClick(Qt.Key_Right);
            tryCompare(page.reflection, "beliefAfter", 55);
            compare(incident(page).belief_after, 55);
            break;
        }
        default:
            fail("no check for step " + data.step);
        }
    }

    // ---- 2. The next step's due date.

    /// The reflection shown, as the journal's export has it.
    function exported(page: ReflectPage): var {
        const transfer = createTemporaryObject(transferComponent, testCase, { session: testCase.session });
        const file = TestSupport.newDataDirectory() + "/journal.json";
        verify(transfer.exportJson(TestSupport.fileUrl(file)).ok);
        const reflection = JSON.parse(TestSupport.readTextFile(file)).incidents.find(each => each.id === page.reflection.incidentId);
        verify(reflection);
        return reflection;
    }

    // Dates as American English writes them ("11/27/2026"; the tests' C locale would write "27 Nov 2026").
    function test_theNextStepsDueDateIsKept() {
        TestSupport.setDefaultLocale("en_US");
        const window = openWindow();
        const page = newReflection(window);
        page.goTo(stepIndex(page, "learn"));
        stepIs(page, "learn");
        const stepField = named(page, "nextStepField");
        tabTo(window, stepField, 30);
        type("Ask Sam about Sunday");
        // Straight on with Tab, before anything is saved: the date field is next, and takes the date.
        keyClick(Qt.Key_Tab);
        const dueField = named(page, "nextStepDueField");
        verify(dueField.activeFocus, "the keyboard is at " + window.activeFocusItem);
        verify(findChild(dueField, "dateInput").activeFocus);
        type("2026-11-27");
        compare(dueField.text, "2026-11-27");
        keyClick(Qt.Key_Tab);
        tryCompare(page.reflection, "nextStepDue", "2026-11-27");
        // Shown again as the locale writes it; the keyboard went on to the field's calendar button, then out of it.
        compare(dueField.text, "11/27/2026");
        verify(findChild(dueField, "dateCalendarButton").activeFocus, "the keyboard is at " + window.activeFocusItem);
        keyClick(Qt.Key_Tab);
        verify(!dueField.activeFocus && window.activeFocusItem !== null);
        let nextStep = JSON.parse(incident(page).next_step_json);
        compare(nextStep.text, "Ask Sam about Sunday");
        compare(nextStep.due, "2026-11-27");

        // And in the journal's export.
        let reflection = exported(page);
        compare(reflection.nextStep.text, "Ask Sam about Sunday");
        compare(reflection.nextStep.due, "2026-11-27");
    }

    function test_theDueDateTakesTheLocalesShortDateAndTheCalendar() {
        TestSupport.setDefaultLocale("en_US");
        const window = openWindow();
        const page = newReflection(window);
        page.goTo(stepIndex(page, "learn"));
        stepIs(page, "learn");
        const stepField = named(page, "nextStepField");
        tabTo(window, stepField, 30);
        type("Call Dana");
        keyClick(Qt.Key_Tab);
        const dueField = named(page, "nextStepDueField");
        const input = findChild(dueField, "dateInput");
        verify(input.activeFocus, "the keyboard is at " + window.activeFocusItem);

        // The locale's short date, confirmed with Enter.
        type("3/7/2026");
        keyClick(Qt.Key_Return);
        tryCompare(page.reflection, "nextStepDue", "2026-03-07");
        compare(JSON.parse(incident(page).next_step_json).due, "2026-03-07");
        compare(exported(page).nextStep.due, "2026-03-07");

        // Words that are not a date: a calm message, and the date saved stays.
        input.selectAll();
        type("next Friday");
        keyClick(Qt.Key_Return);
        const problem = findChild(dueField, "dateProblem");
        tryVerify(() => problem.visible);
        verify(problem.text.indexOf("3/7/2026") >= 0, problem.text);
        compare(page.reflection.nextStepDue, "2026-03-07");
        compare(JSON.parse(incident(page).next_step_json).due, "2026-03-07");

        // The calendar: Alt+Down opens it on the date saved; a day on, a week on, Return picks it and saves it.
        input.selectAll();
        type("3/7/2026");
        keyClick(Qt.Key_Return);
        tryVerify(() => !problem.visible);
        keyClick(Qt.Key_Down, Qt.AltModifier);
        const calendar = dueField.calendar;
        tryVerify(() => calendar.opened);
        compare(calendar.cursor, "2026-03-07");
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Down);
        compare(calendar.cursor, "2026-03-15");
        keyClick(Qt.Key_Return);
        tryVerify(() => !calendar.visible);
        tryCompare(page.reflection, "nextStepDue", "2026-03-15");
        compare(dueField.text, "3/15/2026");
        tryVerify(() => input.activeFocus);
        const nextStep = JSON.parse(incident(page).next_step_json);
        compare(nextStep.text, "Call Dana");
        compare(nextStep.due, "2026-03-15");
        compare(exported(page).nextStep.due, "2026-03-15");
    }

    // ---- 3. The writing area's room, and the line being typed stays in sight.

    function test_theWritingAreaShowsSixLinesAndFollowsTheCaret() {
        const window = openWindow();
        const page = newReflection(window);
        keyClick(Qt.Key_Space);
        stepIs(page, "happened");
        keySequence("Ctrl+Return");
        keySequence("Ctrl+Return");
        stepIs(page, "thought");
        const editor = named(page, "thoughtEditor");
        const area = editor.textArea;
        tryVerify(() => area.activeFocus);
        const scroll = findChild(editor, "writeScroll");
        const visibleLines = (scroll.height - area.topPadding - area.bottomPadding) / editor.lineHeight;
        verify(visibleLines >= 6, "only " + visibleLines + " lines of text show");

        const stepFlick = findChild(page, "stepFlick");
        for (let line = 1; line <= 24; ++line) {
            type("Line " + line);
            if (line < 24)
                keyClick(Qt.Key_Return);
            wait(0);
            // The caret is inside the editor's viewport, and the editor's viewport inside the page's.
            const caret = area.cursorRectangle;
            const inEditor = area.mapToItem(scroll, caret.x, caret.y);
            verify(inEditor.y >= 0 && inEditor.y + caret.height <= scroll.height + 1,
                   "line " + line + ": the caret is at " + inEditor.y + " in an editor " + scroll.height + " tall");
            const inPage = area.mapToItem(stepFlick, caret.x, caret.y);
            verify(inPage.y >= 0 && inPage.y + caret.height <= stepFlick.height + 1,
                   "line " + line + ": the caret is at " + inPage.y + " in a step view " + stepFlick.height + " tall");
        }
        compare(editor.text.split("\n").length, 24);
    }

    // ---- 5. Focus: the pause's button first, clear rings on the dots and the sliders.

    function test_thePauseOffersImReadyFirst() {
        const window = openWindow();
        // The page shown from the sidebar's shortcut, the first time and again later, then Ctrl+N: each time the
        // keyboard is at "I'm ready" (the step may be shown afresh, so the button is looked up each time).
        const ready = page => {
            stepIs(page, "pause");
            tryVerify(() => findChild(page, "beginButton") && findChild(page, "beginButton").activeFocus, 3000,
                      "the keyboard is at " + window.activeFocusItem);
        };
        keySequence("Ctrl+2");
        tryCompare(window, "currentPage", "reflect");
        const page = window.pageItem("reflect") as ReflectPage;
        ready(page);
        keySequence("Ctrl+1");
        tryCompare(window, "currentPage", "today");
        keySequence("Ctrl+2");
        tryCompare(window, "currentPage", "reflect");
        ready(page);
        keySequence("Ctrl+N");
        ready(page);
        keyClick(Qt.Key_Space);
        stepIs(page, "happened");
        verify(page.reflection.started);
    }

    function test_theFocusRingsAreClear_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }];
    }
    function test_theFocusRingsAreClear(data) {
        testCase.settings.themeMode = data.theme;
        const window = openWindow();
        const page = newReflection(window);
        keyClick(Qt.Key_Space);
        stepIs(page, "happened");
        const dot = named(page, "step:feelings");
        dot.forceActiveFocus(Qt.TabFocusReason);
        tryVerify(() => dot.visualFocus);
        const dotRing = findChild(dot, "focusRing");
        verify(dotRing.visible);
        compare(dotRing.border.width, 2);
        compare(Qt.colorEqual(dotRing.border.color, Theme.accent), true);
        keyClick(Qt.Key_Return);
        stepIs(page, "feelings");
        verify(!dotRing.visible);

        page.goTo(stepIndex(page, "thought"));
        stepIs(page, "thought");
        const slider = named(page, "beliefBefore").slider;
        const sliderRing = findChild(slider, "focusRing");
        verify(!sliderRing.visible);
        slider.forceActiveFocus(Qt.TabFocusReason);
        tryVerify(() => sliderRing.visible);
        compare(sliderRing.border.width, 2);
        compare(Qt.colorEqual(sliderRing.border.color, Theme.accent), true);
        testCase.settings.themeMode = "light";
    }

    // ---- 6. The breathing guide with less motion.

    function test_lessMotionKeepsTheBreathingCirclesSize_data() {
        return [{ tag: "motion", reduce: false }, { tag: "less motion", reduce: true }];
    }
    function test_lessMotionKeepsTheBreathingCirclesSize(data) {
        testCase.settings.reduceMotion = data.reduce;
        const window = openWindow();
        const page = newReflection(window);
        const circle = named(page, "breathingCircle");
        const scales = [];
        const opacities = [];
        for (let i = 0; i < 6; ++i) {
            scales.push(circle.scale);
            opacities.push(circle.opacity);
            wait(120);
        }
        const changes = values => values.some(value => Math.abs(value - values[0]) > 0.005);
        compare(changes(scales), !data.reduce);
        // Still paced: with less motion, by the circle's colour fading in and out.
        compare(changes(opacities), data.reduce);
        compare(named(page, "breathingText").text, "breathe in…");
    }

    function test_reduceMotionIsASetting() {
        const window = openWindow();
        keySequence("Ctrl+8");
        tryCompare(window, "currentPage", "settings");
        const toggle = named(window.pageItem("settings"), "reduceMotionSwitch");
        tabTo(window, toggle, 40);
        keyClick(Qt.Key_Space);
        tryCompare(testCase.settings, "reduceMotion", true);
        keySequence("Ctrl+2");
        tryCompare(window, "currentPage", "reflect");
        compare((window.pageItem("reflect") as ReflectPage).reduceMotion, true);
    }

    // ---- 7. A whole reflection by key events only.

    function test_aWholeReflectionByTheKeyboardAlone() {
        const window = openWindow();
        const page = newReflection(window);

        // Pause: "I'm ready" has the keyboard.
        keyClick(Qt.Key_Space);
        stepIs(page, "happened");

        // What happened: the name, then Tab on to the facts.
        type("Lunch table");
        tabTo(window, named(page, "situationEditor").textArea, 30);
        type("Sam said the lunch table was full.");
        keySequence("Ctrl+Return");
        stepIs(page, "feelings");

        // Feelings: hurt, then its strength with the arrow keys.
        keyClick(Qt.Key_Space);
        tryCompare(page.reflection.emotions, "count", 1);
        const hurt = named(page, "before:hurt");
        tabTo(window, hurt.slider, 40);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        tryCompare(hurt, "value", 60);
        keySequence("Ctrl+Return");
        stepIs(page, "thought");

        // The thought; Tab leaves the editor for the belief, then for the rating.
        type("They do not want me around.");
        keyClick(Qt.Key_Tab);
        verify(!named(page, "thoughtEditor").textArea.activeFocus, "Tab stayed in the thought");
        compare(page.reflection.thought, "They do not want me around.");
        tabTo(window, named(page, "beliefEditor").textArea, 8);
        type("I am not likeable.");
        tabTo(window, named(page, "beliefBefore").slider, 10);
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Right);
        tryCompare(page.reflection, "beliefBefore", 70);
        keySequence("Ctrl+Return");
        stepIs(page, "distortions");

        keyClick(Qt.Key_Space);
        keySequence("Ctrl+Return");
        stepIs(page, "evidence");

        type("Nobody else sat down either.");
        keyClick(Qt.Key_Tab);
        verify(!named(page, "evidenceForEditor").textArea.activeFocus, "Tab stayed in the evidence");
        tabTo(window, named(page, "evidenceAgainstEditor").textArea, 8);
        type("Sam invited me last week.");
        keySequence("Ctrl+Return");
        stepIs(page, "factors");

        keyClick(Qt.Key_Space);
        keySequence("Ctrl+Return");
        stepIs(page, "reframes");

        // A reframe, rated and kept with its button.
        type("Maybe the table really was full.");
        const believable = named(page, "composerBelievability");
        tabTo(window, believable.slider, 10);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        tabTo(window, named(page, "keepReframeButton"), 5);
        keyClick(Qt.Key_Space);
        tryCompare(page.reflection.reframes, "count", 1);
        keySequence("Ctrl+Return");
        stepIs(page, "learn");

        // What to take from it, and a next step with its date.
        type("One full table is not a verdict.");
        tabTo(window, named(page, "nextStepField"), 30);
        type("Ask Sam about Sunday");
        keyClick(Qt.Key_Tab);
        type("2026-11-27");
        keyClick(Qt.Key_Tab);
        keySequence("Ctrl+Return");
        stepIs(page, "rerate");

        // Rated again with the arrow keys, then Done.
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Left);
        tryCompare(named(page, "after:hurt"), "value", 50);
        tabTo(window, named(page, "beliefAfter").slider, 10);
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Left);
        tryCompare(page.reflection, "beliefAfter", 50);
        tabTo(window, named(page, "nextButton"), 10);
        keyClick(Qt.Key_Space);
        tryCompare(page.reflection, "finished", true);

        const id = page.reflection.incidentId;
        const record = rows("SELECT * FROM incidents WHERE id = '" + id + "'")[0];
        compare(record.title, "Lunch table");
        compare(record.situation, "Sam said the lunch table was full.");
        compare(record.thought, "They do not want me around.");
        compare(record.belief, "I am not likeable.");
        compare(record.belief_before, 70);
        compare(record.belief_after, 50);
        compare(record.evidence_for, "Nobody else sat down either.");
        compare(record.evidence_against, "Sam invited me last week.");
        compare(record.learned, "One full table is not a verdict.");
        const emotions = JSON.parse(record.emotions_json);
        compare(emotions.length, 1);
        compare(emotions[0].name, "hurt");
        compare(emotions[0].before, 60);
        compare(emotions[0].after, 50);
        compare(JSON.parse(record.distortions_json).length, 1);
        compare(JSON.parse(record.factors_json).length, 1);
        const nextStep = JSON.parse(record.next_step_json);
        compare(nextStep.text, "Ask Sam about Sunday");
        compare(nextStep.due, "2026-11-27");
        const reframes = rows("SELECT text, believability FROM reframes WHERE incident_id = '" + id + "' AND deleted_at IS NULL");
        compare(reframes.length, 1);
        compare(reframes[0].text, "Maybe the table really was full.");
        compare(reframes[0].believability, 60);
        compare(rows("SELECT incident_id FROM reflection_drafts WHERE incident_id = '" + id + "'").length, 0);
    }
}
