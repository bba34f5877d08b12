// SPDX-License-Identifier: GPL-3.0-or-later
// Every page over the example journal at the smallest window Mosaic is made for (1024 × 640), straight away and
// after a resize from a large one: no text cut short ("The thoug…") or running out of its box, nothing sticking out
// of its layout or lying over its neighbour. Run in English, German and Spanish (tests/ui/shell/CMakeLists.txt sets
// the language); every finding is printed with the path to its item before the test fails.
import QtQuick
import QtQuick.Layouts
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "Layout"
    when: windowShown

    Component {
        id: sessionComponent
        JournalSession {
            // The example journal the day after its last entries, as the screenshots show it.
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

    property var window: null

    // Measures single words in a Text's own font.
    FontMetrics {
        id: metrics
    }

    function cleanup() {
        if (testCase.window)
            testCase.window.destroy();
        testCase.window = null;
        wait(0);
    }

    function openWindow(width: int, height: int): Main {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const transfer = createTemporaryObject(transferComponent, testCase, { session: session });
        const outcome = transfer.importExample();
        verify(outcome.ok, outcome.message);
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.windowMaximized = false;
        settings.lastPage = "today";
        testCase.window = mainComponent.createObject(null, { session: session, settings: settings });
        verify(testCase.window);
        resizeTo(width, height);
        return testCase.window;
    }
    function resizeTo(width: int, height: int) {
        testCase.window.width = width;
        testCase.window.height = height;
        tryCompare(testCase.window.contentItem, "width", width);
        wait(50);
    }

    // ---- what is looked for ----

    function typeName(item: Item): string {
        const name = String(item);
        const end = name.indexOf("(");
        return (end > 0 ? name.substring(0, end) : name).replace(/_QMLTYPE_\d+$/, "").replace(/^QQuick/, "");
    }
    function describe(item: Item): string {
        const parts = [];
        for (let node = item; node && node !== testCase.window.contentItem; node = node.parent)
            parts.unshift(typeName(node) + (node.objectName ? "#" + node.objectName : ""));
        const text = item.text !== undefined && typeof item.text === "string" ? ` "${item.text.substring(0, 60)}"` : "";
        return parts.join(" > ") + text;
    }
    function shown(item: Item): bool {
        return item.visible && item.opacity > 0 && item.width > 0 && item.height > 0;
    }
    function isLayout(item: Item): bool {
        return item instanceof RowLayout || item instanceof ColumnLayout || item instanceof GridLayout || item instanceof Row
                || item instanceof Column || item instanceof Flow || item instanceof Grid;
    }
    /// The first word of a wrapping Text wider than its lines, which the Text must then break inside the word
    /// ("Innehalte/n"); empty when every word fits. Markup (a person's rich text) is left alone.
    function brokenWord(text: Text): string {
        if (text.wrapMode === Text.NoWrap || text.text.length === 0 || text.text.indexOf("<") >= 0)
            return "";
        const room = text.width - text.leftPadding - text.rightPadding;
        metrics.font = text.font;
        // Lines may break at spaces and after hyphens, nowhere else in a word.
        for (const spaced of text.text.split(/[ \t\n\u2028]+/)) {
            for (const word of spaced.replace(/-/g, "-\n").split("\n")) {
                if (metrics.advanceWidth(word) > room + 1)
                    return word;
            }
        }
        return "";
    }
    function overlap(a: Item, b: Item): bool {
        // One pixel of give: anti-aliased edges and rounding of fractional sizes.
        return a.x + a.width > b.x + 1 && b.x + b.width > a.x + 1 && a.y + a.height > b.y + 1 && b.y + b.height > a.y + 1;
    }

    function findingsIn(item: Item, findings: var) {
        if (!testCase.shown(item))
            return;
        const text = item as Text;
        if (text) {
            // A preview of a person's own text kept to a line or two on purpose (maximumLineCount) may end in "…";
            // any other text must wrap or have room.
            if (text.truncated && text.maximumLineCount > 1000)
                findings.push(`cut short: ${testCase.describe(text)}`);
            else if (text.wrapMode === Text.NoWrap && text.contentWidth > text.width + 1 && !text.clip)
                findings.push(`runs out of its box (${Math.round(text.contentWidth)} > ${Math.round(text.width)}): ${testCase.describe(text)}`);
            const word = testCase.brokenWord(text);
            if (word.length > 0)
                findings.push(`breaks inside the word "${word}" (${Math.round(metrics.advanceWidth(word))} > ${Math.round(text.width)}): ${testCase.describe(text)}`);
        }
        if (testCase.isLayout(item)) {
            const children = [];
            for (let i = 0; i < item.children.length; ++i) {
                if (testCase.shown(item.children[i]))
                    children.push(item.children[i]);
            }
            for (const child of children) {
                if (child.x < -1 || child.y < -1 || child.x + child.width > item.width + 1 || child.y + child.height > item.height + 1)
                    findings.push(`sticks out of its layout (${Math.round(child.x)},${Math.round(child.y)} ${Math.round(child.width)}×${Math.round(child.height)} in ${Math.round(item.width)}×${Math.round(item.height)}): ${testCase.describe(child)}`);
            }
            for (let i = 0; i < children.length; ++i) {
                for (let j = i + 1; j < children.length; ++j) {
                    if (testCase.overlap(children[i], children[j]))
                        findings.push(`overlaps its neighbour: ${testCase.describe(children[i])}  AND  ${testCase.describe(children[j])}`);
                }
            }
        }
        for (let i = 0; i < item.children.length; ++i)
            testCase.findingsIn(item.children[i], findings);
    }

    /// Looks until what is found has settled (a page lays itself out over a few polish passes).
    function settledFindings(): var {
        let found = [];
        let previous = null;
        for (let attempt = 0; attempt < 20 && String(found) !== previous; ++attempt) {
            previous = attempt === 0 ? null : String(found);
            wait(50);
            found = [];
            testCase.findingsIn(testCase.window.contentItem, found);
        }
        return found;
    }

    function pageFindings(): var {
        const findings = [];
        for (const page of testCase.window.pages) {
            testCase.window.showPage(page.name, {});
            // A page shown for the first time lays itself out over a few polish passes: look until it has settled.
            let pageFindings = [];
            let previous = null;
            for (let attempt = 0; attempt < 20 && String(pageFindings) !== previous; ++attempt) {
                previous = attempt === 0 ? null : String(pageFindings);
                wait(50);
                pageFindings = [];
                testCase.findingsIn(testCase.window.contentItem, pageFindings);
            }
            for (const finding of pageFindings)
                findings.push(`${page.name} at ${testCase.window.width}×${testCase.window.height}: ${finding}`);
        }
        return findings;
    }
    function expectNone(findings: var) {
        for (const finding of findings)
            console.log("layout finding: " + finding);
        compare(findings.length, 0, findings.length + " finding(s), listed above");
    }

    // ---- the tests ----

    function test_everyPageFitsTheSmallestWindow() {
        openWindow(1024, 640);
        expectNone(pageFindings());
    }

    // The reflection's first step is a pause: its one button must be in sight without scrolling, for a person who
    // does not know that the step scrolls.
    function test_thePauseShowsImReadyWithoutScrolling() {
        openWindow(1024, 640);
        testCase.window.showPage("reflect", {});
        const page = testCase.window.pageItem("reflect");
        const view = findChild(page, "stepFlick");
        tryVerify(() => findChild(page, "beginButton") !== null);
        const button = findChild(page, "beginButton");
        wait(100);
        const bottom = button.mapToItem(view, 0, button.height).y;
        verify(bottom <= view.height, `"I'm ready" ends at ${Math.round(bottom)} in a view ${Math.round(view.height)} tall`);
    }

    // Every step of a reflection, each in turn the current one (its name in bolder type in the step bar).
    function test_everyStepOfAReflectionFitsTheSmallestWindow() {
        openWindow(1024, 640);
        testCase.window.showPage("reflect", {});
        const page = testCase.window.pageItem("reflect");
        const findings = [];
        for (let step = 0; step < page.reflection.steps.length; ++step) {
            page.goTo(step);
            tryCompare(page.reflection, "step", step);
            for (const finding of testCase.settledFindings())
                findings.push(`reflect step ${page.reflection.stepKey}: ${finding}`);
        }
        expectNone(findings);
    }

    // The breathing circle is small at 1024 × 640: its words ("atme ein…", "y exhala…") stay inside it even when it
    // is at its smallest, as laid out and in the least room the step ever gives it; and it still grows and shrinks.
    function test_theBreathingWordsFitInsideTheSmallestCircle() {
        openWindow(1024, 640);
        testCase.window.settings.reduceMotion = false;
        testCase.window.showPage("reflect", {});
        const page = testCase.window.pageItem("reflect");
        tryVerify(() => findChild(page, "breathingCircle") !== null);
        const step = findChild(page, "stepLoader").item;
        const guide = findChild(page, "breathingGuide");
        const circle = findChild(page, "breathingCircle");
        const words = findChild(page, "breathingText");
        wait(100);
        for (const room of ["as laid out", "least"]) {
            if (room === "least")
                step.viewHeight = 0;
            for (const breathingIn of [true, false]) {
                guide.breathingIn = breathingIn;
                wait(50);
                // At its smallest (scaled about its centre), within its 2 px border and a pixel of air.
                const radius = circle.width * circle.leastScale / 2 - 3;
                const centre = circle.mapToItem(guide, circle.width / 2, circle.height / 2);
                const box = words.mapToItem(guide, (words.width - words.contentWidth) / 2, (words.height - words.contentHeight) / 2);
                // The corners of the words' painted box lie within the circle.
                const dx = Math.max(Math.abs(box.x - centre.x), Math.abs(box.x + words.contentWidth - centre.x));
                const dy = Math.max(Math.abs(box.y - centre.y), Math.abs(box.y + words.contentHeight - centre.y));
                verify(Math.hypot(dx, dy) <= radius,
                       `${room}: "${words.text}" (${Math.round(words.contentWidth)}×${Math.round(words.contentHeight)}) reaches ${Math.round(Math.hypot(dx, dy))} px from the centre of a circle ${Math.round(2 * radius)} px across inside`);
                verify(words.contentHeight >= 10, `${room}: the words are too small to read`);
            }
        }
        // The circle still breathes.
        const before = circle.scale;
        tryVerify(() => Math.abs(circle.scale - before) > 0.02, 2000, "the circle keeps its size");
    }

    function test_everyPageFitsTheSmallestWindowAfterAResize() {
        openWindow(1920, 1080);
        pageFindings();
        resizeTo(1024, 640);
        expectNone(pageFindings());
    }
}
