// SPDX-License-Identifier: GPL-3.0-or-later
// The Circles page in the window at 1024×640 and after resizing it: in every card the lines stay apart (no two
// siblings overlap) and no text runs past its card or is cut off.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "CirclesLayout"
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
        id: transferComponent
        JournalTransfer {}
    }
    Component {
        id: mainComponent
        Main {}
    }

    property var windows: []
    /// Where both items are measured from: the page's scrolling content (set by the test).
    property Item root: null

    function init() {
        failOnWarning(/.*/);
    }
    function cleanup() {
        for (const window of testCase.windows)
            window.destroy();
        testCase.windows = [];
        wait(0);
    }

    function shownItems(item: Item): var {
        const items = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.visible && child.width > 0 && child.height > 0 && child.opacity > 0)
                items.push(child);
        }
        return items;
    }
    function overlaps(a: Item, b: Item): bool {
        const ra = a.mapToItem(testCase.root, 0, 0);
        const rb = b.mapToItem(testCase.root, 0, 0);
        return ra.x < rb.x + b.width - 0.5 && rb.x < ra.x + a.width - 0.5 && ra.y < rb.y + b.height - 0.5 && rb.y < ra.y + a.height - 0.5;
    }
    // Every layout's shown children stay apart; every text fits its box and its card.
    function checkLayout(item: Item, card: Item, where: string) {
        const isCard = item instanceof Card;
        const cardNow = isCard ? item : card;
        if (item instanceof Text && cardNow && item.visible && item.text.length > 0) {
            const clipped = item.elide === Text.ElideNone && item.wrapMode === Text.NoWrap && item.implicitWidth > item.width + 1;
            verify(!clipped, where + ": “" + item.text + "” is cut off (" + item.implicitWidth + " > " + item.width + ")");
            const left = item.mapToItem(cardNow, 0, 0).x;
            const right = item.mapToItem(cardNow, Math.min(item.width, item.implicitWidth), 0).x;
            verify(left >= 0 && right <= cardNow.width + 1, where + ": “" + item.text + "” runs past its card (" + left + "–" + right + " of " + cardNow.width + ")");
        }
        const isLayout = item.toString().indexOf("Layout") >= 0 && item.toString().indexOf("StackLayout") < 0;
        const children = shownItems(item);
        if (isLayout) {
            for (let i = 0; i < children.length; ++i) {
                for (let j = i + 1; j < children.length; ++j)
                    verify(!overlaps(children[i], children[j]), where + ": " + children[i] + " and " + children[j] + " overlap");
            }
        }
        for (const child of children)
            checkLayout(child, cardNow, where);
    }
    function settle(window: Item) {
        for (let i = 0; i < 4; ++i)
            waitForRendering(window.contentItem);
    }

    function test_theCardsKeepTheirLinesApartWhenTheWindowChanges() {
        const session = createTemporaryObject(sessionComponent, testCase, { dataDirectory: TestSupport.newDataDirectory() });
        verify(createTemporaryObject(transferComponent, testCase, { session: session }).importExample().ok);
        const settings = createTemporaryObject(settingsComponent, testCase);
        settings.welcomed = true;
        settings.lastPage = "circles";
        settings.windowGeometry = Qt.rect(0, 0, 1024, 640);
        const window = mainComponent.createObject(null, { session: session, settings: settings });
        testCase.windows.push(window);
        window.requestActivate();
        tryVerify(() => window.active, 10000);
        const page = window.pageItem("circles");
        verify(page);
        testCase.root = page.flickable.contentItem;

        for (const size of [[1024, 640], [1500, 950], [1024, 640], [800, 600], [1180, 800]]) {
            window.width = size[0];
            window.height = size[1];
            settle(window);
            checkLayout(page.flickable.contentItem, null, size[0] + "×" + size[1]);
        }
    }
}
