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
}
