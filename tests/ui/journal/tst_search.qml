// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the journal from the Journal page: results as you type, the matched words highlighted.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 800

    Component {
        id: sessionComponent
        JournalSession {
            fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
        }
    }
    Component {
        id: transferComponent
        JournalTransfer {}
    }
    Component {
        id: pageComponent
        JournalPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "JournalSearch"
        when: windowShown

        function init() {
            failOnWarning(/.*/);
        }

        // Clicks a control as a person does, once it is laid out where it shows.
        function click(item: Item) {
            verify(item);
            tryVerify(() => item.visible && item.width > 0);
            waitForRendering(item);
            mouseClick(item);
        }

        function examplePage(): JournalPage {
            const session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": TestSupport.newDataDirectory()
            });
            const transfer = createTemporaryObject(transferComponent, scene, {
                "session": session
            });
            verify(transfer.importExample().ok);
            const page = createTemporaryObject(pageComponent, scene, {
                "session": session
            });
            tryCompare(page.timeline, "count", 13);
            return page;
        }

        function shownSnippets(page: JournalPage): var {
            const list = findChild(page, "searchResults");
            const texts = [];
            const items = list.contentItem.children;
            for (let i = 0; i < items.length; ++i) {
                const label = findChild(items[i], "snippet");
                if (label && items[i].visible)
                    texts.push(label.text);
            }
            return texts;
        }

        function test_typingShowsMatchesWithTheWordsHighlighted() {
            const page = examplePage();
            const field = findChild(page, "journalSearch");
            field.forceActiveFocus();
            keyClick("p");
            keyClick("a");
            // Nothing searched while typing goes on.
            verify(page.searchResults.pending);
            keyClick("t");
            keyClick("i");
            compare(field.text, "pati");
            tryCompare(page.searchResults, "pending", false);
            // The strength "Patience", four ritual notes and the climbing club ("Patient, a bit daring").
            compare(page.searchResults.count, 6);
            verify(!findChild(page, "timelineList").visible);
            verify(findChild(page, "searchResults").visible);

            const accent = Theme.accent.toString();
            tryVerify(() => shownSnippets(page).length === 6);
            for (const snippet of shownSnippets(page)) {
                verify(snippet.indexOf("<b><font color=\"" + accent + "\">") >= 0, snippet);
                verify(/<b><font color="[^"]+">Patien(ce|t)<\/font><\/b>/i.test(snippet), snippet);
            }

            // Escape clears the search and the timeline is back.
            keyClick(Qt.Key_Escape);
            compare(field.text, "");
            verify(!page.searchResults.active);
            verify(findChild(page, "timelineList").visible);
        }

        function test_snippetsEscapeWhatWasWritten() {
            const page = examplePage();
            const field = findChild(page, "journalSearch");
            field.forceActiveFocus();
            keyClick("s");
            keyClick("i");
            keyClick("s");
            keyClick("t");
            tryCompare(page.searchResults, "pending", false);
            compare(page.searchResults.count, 1);
            const hit = page.searchResults.get(0);
            const snippet = hit.snippet;
            // "her sister's wedding": the text is escaped, only the match is markup.
            verify(snippet.indexOf("sister</font></b>") >= 0, snippet);
            compare(snippet.replace(/<\/?(b|font)[^>]*>/g, "").indexOf("<"), -1);
        }

        function test_choosingAReframeOpensItsReflection() {
            const page = examplePage();
            page.activate({ search: "swamped" });
            compare(findChild(page, "journalSearch").text, "swamped");
            tryCompare(page.searchResults, "count", 1);
            const hit = page.searchResults.get(0);
            compare(hit.recordType, "reframe");
            const list = findChild(page, "searchResults");
            tryVerify(() => list.itemAtIndex(0) !== null);
            click(list.itemAtIndex(0));
            compare(page.entry.entryType, "incident");
            compare(page.entry.entryId, "907a70c3-1012-4037-b64c-e4228c38fb29");
            tryCompare(findChild(page, "entryTitle"), "text", "No reply to my climbing invitation");
        }

        // The words of a row of results: kind, title, date.
        function shownRow(page: JournalPage, row: int): var {
            const list = findChild(page, "searchResults");
            tryVerify(() => list.itemAtIndex(row) !== null);
            const item = list.itemAtIndex(row);
            return {
                kind: findChild(item, "kind").text,
                title: findChild(item, "title").visible ? findChild(item, "title").text : "",
                date: findChild(item, "date").visible ? findChild(item, "date").text : ""
            };
        }

        function test_resultsShowKindTitleAndDate() {
            const page = examplePage();
            // A reframe: the title and day of its reflection.
            page.activate({ search: "swamped" });
            tryCompare(page.searchResults, "count", 1);
            compare(shownRow(page, 0), { kind: "Reframe", title: "No reply to my climbing invitation", date: "Tuesday 3 November 2026" });
            compare(page.searchResults.get(0).date, "2026-11-03");

            // A win: its first line and its day.
            page.activate({ search: "sister" });
            tryVerify(() => !page.searchResults.pending && page.searchResults.count === 1);
            compare(shownRow(page, 0), { kind: "Win", title: "Had lunch with Priya. We talked about her sister's wedding for an hour.", date: "Friday 16 October 2026" });

            // A strength has a name but no day.
            page.activate({ search: "patience" });
            tryVerify(() => !page.searchResults.pending && page.searchResults.count > 0);
            let row = -1;
            for (let i = 0; i < page.searchResults.count; ++i)
                if (page.searchResults.get(i).recordType === "strength")
                    row = i;
            verify(row >= 0);
            compare(shownRow(page, row), { kind: "Strength", title: "Patience", date: "" });
        }

        function test_aSearchBeyondTheLimitsSaysSoAndKeepsTheText() {
            const page = examplePage();
            const field = findChild(page, "journalSearch");
            field.forceActiveFocus();
            // 65 words, one more than a search may have: pasted at once, as such a search comes.
            const words = [];
            for (let i = 0; i < 65; ++i)
                words.push("word" + i);
            field.text = words.join(" ");
            tryCompare(page.searchResults, "pending", false);
            verify(page.searchResults.problem.indexOf("64") >= 0, page.searchResults.problem);
            compare(page.searchResults.count, 0);
            const empty = findChild(page, "journalEmptyState");
            tryVerify(() => empty.visible);
            compare(empty.text, page.searchResults.problem);
            verify(empty.title.indexOf("Nothing found") < 0, empty.title);
            compare(field.text, words.join(" "));
            // A word less, and it searches again.
            keyClick(Qt.Key_End);
            for (let i = 0; i < "word64".length + 1; ++i)
                keyClick(Qt.Key_Backspace);
            compare(page.searchResults.problem, "");
            tryCompare(page.searchResults, "pending", false);
            compare(empty.title, "Nothing found");
        }

        function test_ctrlFFocusesTheSearch() {
            const page = examplePage();
            const field = findChild(page, "journalSearch");
            verify(!field.activeFocus);
            // As the window does on Ctrl+F: the page is activated, then given the focus.
            page.activate({ focusSearch: true });
            page.forceActiveFocus();
            verify(field.activeFocus);
        }
    }
}
