// SPDX-License-Identifier: GPL-3.0-or-later
// The Journal page's timeline on the example journal: grouped by month, newest first, loaded a page at a time.
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
    // A model of its own, without a view that asks for rows.
    TimelineModel {
        id: viewlessTimeline
        pageSize: 4
    }
    Component {
        id: pageComponent
        JournalPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "JournalTimeline"
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

        // The page over a new journal holding the example.
        function examplePage(): JournalPage {
            const session = createTemporaryObject(sessionComponent, scene, {
                "dataDirectory": TestSupport.newDataDirectory()
            });
            verify(session.isOpen);
            const transfer = createTemporaryObject(transferComponent, scene, {
                "session": session
            });
            verify(transfer.importExample().ok);
            const page = createTemporaryObject(pageComponent, scene, {
                "session": session
            });
            verify(page);
            // 3 reflections, 5 wins and 5 ritual notes.
            tryCompare(page.timeline, "count", 13);
            return page;
        }

        function sectionLabels(list: ListView): var {
            const labels = [];
            const items = list.contentItem.children;
            for (let i = 0; i < items.length; ++i) {
                const item = items[i];
                if (item instanceof SectionLabel && item.visible)
                    labels.push({ text: item.text, y: item.y });
            }
            labels.sort((a, b) => a.y - b.y);
            return labels.map(label => label.text);
        }

        function test_entriesAreGroupedByMonthNewestFirst() {
            const page = examplePage();
            const timeline = page.timeline;
            const months = [];
            for (let row = 0; row < timeline.count; ++row) {
                const month = timeline.get(row).month;
                if (months.length === 0 || months[months.length - 1] !== month)
                    months.push(month);
            }
            // Each month once: the rows of a month are together.
            compare(months, ["November 2026", "October 2026"]);
            for (let row = 0; row < 7; ++row)
                compare(timeline.get(row).month, "November 2026");
            // Newest first: the notes and the win of 18 November, then the rest in order.
            compare(timeline.get(0).date, "2026-11-18");
            const dates = [];
            for (let row = 0; row < timeline.count; ++row)
                dates.push(timeline.get(row).date);
            const sorted = dates.slice().sort().reverse();
            compare(dates, sorted);
            const oldest = timeline.get(timeline.count - 1);
            compare(oldest.entryType, "incident");
            compare(oldest.title, "Left out of the team lunch");
            compare(oldest.kindLabel, "Left out");
            // Only the first line of a text is loaded for a row.
            verify(oldest.excerpt.indexOf("\n") < 0);

            // The list shows the months as its section headings.
            const list = findChild(page, "timelineList");
            verify(list);
            tryVerify(() => sectionLabels(list).length >= 1);
            compare(sectionLabels(list)[0], "November 2026");
            list.positionViewAtEnd();
            tryVerify(() => sectionLabels(list).indexOf("October 2026") >= 0);
        }

        // Untyped: qmllint 6.4 crashes on this file when this parameter is typed as TimelineModel.
        function fetchAll(timeline) {
            while (timeline.canFetchMore(timeline.index(-1, -1)))
                timeline.fetchMore(timeline.index(-1, -1));
        }

        function test_pagingLoadsMoreRowsOnDemand() {
            const page = examplePage();
            const timeline = viewlessTimeline;
            timeline.session = page.session;
            compare(timeline.count, 4);
            verify(timeline.canFetchMore(timeline.index(-1, -1)));
            fetchAll(timeline);
            compare(timeline.count, 13);
            verify(!timeline.canFetchMore(timeline.index(-1, -1)));
            // Keyset paging neither skips nor repeats a row, and keeps the order of one whole read.
            const ids = {};
            for (let row = 0; row < timeline.count; ++row) {
                ids[timeline.get(row).entryId] = true;
                compare(timeline.get(row).entryId, page.timeline.get(row).entryId);
            }
            compare(Object.keys(ids).length, 13);
            // Other filters start again from the first page.
            timeline.kind = "win";
            tryCompare(timeline, "count", 4);
            fetchAll(timeline);
            compare(timeline.count, 5);

            // The page's list asks for more rows as it needs them to fill its height.
            page.timeline.pageSize = 2;
            page.timeline.kind = "note";
            tryCompare(page.timeline, "count", 5);
        }

    }
}
