// SPDX-License-Identifier: GPL-3.0-or-later
// Showing a journal loads nothing it does not hold (issue 14): a journal whose every text is full of image links —
// remote ones to a server of the test's own on 127.0.0.1, file: ones, relative ones — is shown on every page, each
// entry in the Journal's read view and each reflection in the editor's read view, and the server sees no request.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "LoadsNothing"
    when: windowShown

    Component {
        id: serverComponent
        LoopbackServer {}
    }
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
        id: transferComponent
        JournalTransfer {}
    }
    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: journalComponent
        JournalPage {}
    }

    property var window: null

    function init() {
        failOnWarning(/.*/);
    }

    function cleanup() {
        if (testCase.window)
            testCase.window.destroy();
        testCase.window = null;
        wait(0);
    }

    // Markdown with every kind of image link, and the same as raw HTML.
    function images(port: int, name: string): string {
        const base = "http://127.0.0.1:" + port + "/" + name;
        return "Before the picture.\n![a photo](" + base + "-inline.png) and ![](" + base + "-second.png)\n\n"
                + "![local](file:///etc/hostname)\n\n![](file:///usr/share/pixmaps/debian-logo.png)\n\n![relative](pics/" + name + ".png)\n\n"
                + "![ref][" + name + "]\n\n<img src=\"" + base + "-html.png\">\n\n[" + name + "]: " + base + "-reference.png\n";
    }

    function imageJournal(port: int): string {
        const journal = JSON.parse(TestSupport.readTextFile(TestSupport.sampleJournalPath()));
        journal.values.mission = images(port, "mission");
        for (const incident of journal.incidents) {
            for (const field of ["situation", "thought", "evidenceFor", "evidenceAgainst", "learned", "adjustment"])
                incident[field] = images(port, "incident-" + field);
        }
        for (const reframe of journal.reframes)
            reframe.text = images(port, "reframe");
        for (const win of journal.wins)
            win.text = images(port, "win");
        for (const strength of journal.strengths)
            strength.description = images(port, "strength");
        for (const contact of journal.contacts)
            contact.note = images(port, "contact");
        for (let i = 0; i < journal.checkIns.length; i += 10)
            journal.checkIns[i].note = images(port, "note");
        const path = TestSupport.newDataDirectory() + "/images.json";
        verify(TestSupport.writeTextFile(path, JSON.stringify(journal)));
        return path;
    }

    // Every item under `item` (the window's content), depth first.
    function allItems(item: Item, into: var): var {
        into.push(item);
        for (let i = 0; i < item.children.length; ++i)
            allItems(item.children[i], into);
        return into;
    }

    // Titles, names and next steps are plain words: an HTML image in them shows as text on the Journal page.
    function test_htmlInTitlesLoadsNothingOnTheJournalPage() {
        const server = createTemporaryObject(serverComponent, testCase);
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const journal = JSON.parse(TestSupport.readTextFile(TestSupport.sampleJournalPath()));
        const tag = "<img src=\"http://127.0.0.1:" + server.port + "/title.png\">";
        for (const incident of journal.incidents) {
            incident.title = tag + " " + incident.title;
            if (incident.nextStep)
                incident.nextStep.text = tag;
            incident.tags = [tag];
        }
        for (const person of journal.people)
            person.name = tag + person.name;
        for (const circle of journal.circles)
            circle.name = tag + circle.name;
        const path = TestSupport.newDataDirectory() + "/titles.json";
        verify(TestSupport.writeTextFile(path, JSON.stringify(journal)));
        const transfer = createTemporaryObject(transferComponent, testCase, { session: session });
        const imported = transfer.importFile(TestSupport.fileUrl(path), false);
        verify(imported.ok, imported.message);
        const page = createTemporaryObject(journalComponent, testCase, { session: session, width: 1100, height: 800 });
        tryVerify(() => page.timeline.count > 0);
        for (const incident of journal.incidents) {
            page.activate({ incidentId: incident.id });
            waitForRendering(page);
            compare(findChild(page, "entryTitle").text, incident.title);
        }
        wait(300);
        compare(server.requests, []);
        compare(server.connectionCount, 0);
    }

    function test_showingAJournalOfImageLinksLoadsNothing() {
        const server = createTemporaryObject(serverComponent, testCase);
        verify(server.port > 0);
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const transfer = createTemporaryObject(transferComponent, testCase, { session: session });
        const imported = transfer.importFile(TestSupport.fileUrl(imageJournal(server.port)), false);
        verify(imported.ok, imported.message);
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "today";
        testCase.window = mainComponent.createObject(null, { session: session, settings: settings });
        verify(testCase.window);
        const window = testCase.window;
        window.requestActivate();
        tryVerify(() => window.active, 10000);

        // Every page.
        for (const name of ["today", "reflect", "journal", "strengths", "habits", "circles", "insights", "settings"]) {
            findChild(window, "shortcut-" + name).activated();
            compare(window.currentPage, name);
            waitForRendering(window.contentItem);
        }

        // Each entry in the Journal's read view.
        const journal = window.pageItem("journal");
        window.showPage("journal", {});
        tryVerify(() => journal.timeline.count > 0);
        const shown = [];
        for (let row = 0; row < journal.timeline.count; ++row) {
            const entry = journal.timeline.get(row);
            journal.openEntry(entry.entryType, entry.entryId);
            waitForRendering(window.contentItem);
            for (const item of allItems(findChild(journal, "entryView"), []))
                if (item.visible && item.textFormat === TextEdit.RichText && item.text.indexOf("Image from 127.0.0.1") >= 0)
                    shown.push(item);
        }
        verify(shown.length > 0, "the read view showed the texts");

        // Each reflection in the Reflect page, the editor's read view on for every text.
        for (const incident of JSON.parse(TestSupport.readTextFile(TestSupport.sampleJournalPath())).incidents) {
            window.showPage("reflect", { incidentId: incident.id });
            const reflect = window.pageItem("reflect");
            for (let step = 0; step < 12; ++step) {
                waitForRendering(window.contentItem);
                for (const item of allItems(reflect, []))
                    if (typeof item.readView === "boolean" && item.visible)
                        item.readView = true;
                waitForRendering(window.contentItem);
                const next = findChild(reflect, "nextButton");
                if (!next || !next.visible || !next.enabled)
                    break;
                next.clicked();
            }
        }

        // Time for anything that was asked for to arrive.
        wait(500);
        compare(server.requests, []);
        compare(server.connectionCount, 0);
    }

    function inside(item: Item, ancestor: Item): bool {
        for (let node = item; node; node = node.parent) {
            if (node === ancestor)
                return true;
        }
        return false;
    }
    function path(item: Item): string {
        const parts = [];
        for (let node = item; node && parts.length < 5; node = node.parent)
            parts.unshift(String(node).replace(/\(0x[0-9a-f]+\)/, "").replace(/_QMLTYPE_\d+/, "").replace(/^QQuick/, "") + (node.objectName ? "#" + node.objectName : ""));
        return parts.join(" > ");
    }

    // Every title, name and short text a person writes is shown as the characters written, on every page: "<b>bold</b>"
    // reads so (no bold), an HTML image is text (nothing fetched). Every Text of the window holding such a title, shown
    // or not (a hidden Text lays out its rich text too), must be plain text; each page that shows titles shows one.
    function test_titlesAreShownAsWrittenOnEveryPage() {
        const server = createTemporaryObject(serverComponent, testCase);
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        const marked = "<b>bold</b> ";
        const image = " <img src=\"http://127.0.0.1:" + server.port + "/title.png\">";
        const mark = text => marked + text + image;
        const journal = JSON.parse(TestSupport.readTextFile(TestSupport.sampleJournalPath()));
        journal.values.values = journal.values.values.map(mark);
        for (const incident of journal.incidents) {
            incident.title = mark(incident.title);
            if (incident.belief)
                incident.belief = mark(incident.belief);
            if (incident.nextStep)
                incident.nextStep.text = mark(incident.nextStep.text);
            incident.tags = incident.tags.map(tag => marked + tag);
        }
        for (const person of journal.people)
            person.name = mark(person.name);
        for (const circle of journal.circles) {
            circle.name = mark(circle.name);
            if (circle.facet)
                circle.facet = mark(circle.facet);
        }
        for (const strength of journal.strengths)
            strength.name = mark(strength.name);
        for (const win of journal.wins)
            win.text = mark(win.text);
        for (const habit of journal.habits) {
            habit.name = mark(habit.name);
            if (habit.prompt)
                habit.prompt = mark(habit.prompt);
        }
        for (const reminder of journal.reminders)
            reminder.title = mark(reminder.title);
        const path = TestSupport.newDataDirectory() + "/marked.json";
        verify(TestSupport.writeTextFile(path, JSON.stringify(journal)));
        const transfer = createTemporaryObject(transferComponent, testCase, { session: session });
        const imported = transfer.importFile(TestSupport.fileUrl(path), false);
        verify(imported.ok, imported.message);
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "today";
        testCase.window = mainComponent.createObject(null, { session: session, settings: settings });
        const window = testCase.window;
        window.requestActivate();
        tryVerify(() => window.active, 2000);
        window.width = 1280;
        window.height = 900;

        const findings = [];
        for (const name of ["today", "reflect", "journal", "strengths", "habits", "circles", "insights", "settings"]) {
            window.showPage(name, {});
            waitForRendering(window.contentItem);
            wait(100);
            let shown = 0;
            for (const item of allItems(window.contentItem, [])) {
                const text = item as Text;
                if (!text || text.text.indexOf(marked) < 0)
                    continue;
                if (text.visible && testCase.inside(text, window.pageItem(name)))
                    ++shown;
                if (text.textFormat !== Text.PlainText)
                    findings.push(`${name}: "${text.text.substring(0, 50)}" in ${testCase.path(text)} is read as rich text`);
            }
            // The pages that show a person's titles show them here.
            if (["today", "journal", "strengths", "habits", "circles"].indexOf(name) >= 0 && shown === 0)
                findings.push(`${name}: no title shown`);
        }
        for (const finding of findings)
            console.log("finding: " + finding);
        compare(findings.length, 0, findings.length + " finding(s), listed above");
        wait(300);
        compare(server.requests, []);
        compare(server.connectionCount, 0);
    }
}
