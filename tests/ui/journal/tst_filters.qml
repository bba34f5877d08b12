// SPDX-License-Identifier: GPL-3.0-or-later
// The Journal page's filters and calendar on the example journal.
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
        name: "JournalFilters"
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

        function chooseFilter(page: JournalPage, name: string, value: string) {
            const box = findChild(page, "filter-" + name);
            verify(box, name);
            tryVerify(() => box.count > 1);
            const target = box.indexOfValue(value);
            verify(target > 0, value);
            box.forceActiveFocus();
            // As a person does with the keyboard: Down moves the choice, one step at a time.
            while (box.currentIndex < target)
                keyClick(Qt.Key_Down);
            while (box.currentIndex > target)
                keyClick(Qt.Key_Up);
            compare(box.currentValue, value);
        }

        function test_filtersNarrowTheListAndClearBringsEverythingBack() {
            const page = examplePage();
            const timeline = page.timeline;
            click(findChild(page, "filtersButton"));
            verify(page.filtersShown);

            chooseFilter(page, "kind", "win");
            tryCompare(timeline, "count", 5);
            for (let row = 0; row < timeline.count; ++row)
                compare(timeline.get(row).entryType, "win");
            verify(timeline.filtered);

            click(findChild(page, "clearFilters"));
            tryCompare(timeline, "count", 13);
            verify(!timeline.filtered);

            // Circle: the design team; person: Jonas; tag: climbing; distortion: mind reading.
            chooseFilter(page, "circle", "9531985d-5d9d-49f8-9818-e811892f902b");
            tryCompare(timeline, "count", 1);
            compare(timeline.get(0).title, "Left out of the team lunch");
            click(findChild(page, "clearFilters"));
            tryCompare(timeline, "count", 13);

            chooseFilter(page, "person", "90c192cf-d3ac-44af-8f21-ddb66cad4a26");
            tryCompare(timeline, "count", 1);
            compare(timeline.get(0).title, "No reply to my climbing invitation");
            chooseFilter(page, "tag", "climbing");
            tryCompare(timeline, "count", 1);
            chooseFilter(page, "tag", "work");
            tryCompare(timeline, "count", 0);
            click(findChild(page, "clearFilters"));
            tryCompare(timeline, "count", 13);

            chooseFilter(page, "distortion", "mind-reading");
            tryCompare(timeline, "count", 1);
            compare(timeline.get(0).entryId, "18f135d2-5f55-4203-b018-50c5a38fd547");
            chooseFilter(page, "kind", "exposure");
            tryCompare(timeline, "count", 0);
            click(findChild(page, "clearFilters"));
            tryCompare(timeline, "count", 13);
        }

        function test_calendarMarksTheDaysWithEntries() {
            const page = examplePage();
            click(findChild(page, "calendarView"));
            compare(page.view, "calendar");
            const calendar = page.calendar;
            compare(calendar.month, "2026-11");
            compare(calendar.title, "November 2026");
            // 3, 5, 9, 15 and 18 November.
            tryCompare(calendar, "daysWithEntries", 5);

            const busy = findChild(page, "day-2026-11-15");
            verify(busy);
            compare(busy.entries, 2);
            verify(findChild(busy, "entryDot").visible);
            const quiet = findChild(page, "day-2026-11-04");
            compare(quiet.entries, 0);
            verify(!findChild(quiet, "entryDot").visible);

            // Choosing a day shows that day's entries.
            click(busy);
            compare(page.timeline.day, "2026-11-15");
            tryCompare(page.timeline, "count", 2);
            click(busy);
            tryCompare(page.timeline, "count", 13);

            click(findChild(page, "previousMonth"));
            compare(calendar.month, "2026-10");
            // 14, 16, 18, 22, 23 and 27 October.
            tryCompare(calendar, "daysWithEntries", 6);
            verify(findChild(findChild(page, "day-2026-10-14"), "entryDot").visible);
        }
    }
}
