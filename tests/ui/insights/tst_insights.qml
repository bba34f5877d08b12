// SPDX-License-Identifier: GPL-3.0-or-later
// The Insights page over the example journal (resources/samples/sample-journal.json) on 2026-11-20, the numbers
// worked out by hand from the file; and over an empty journal, where every chart invites instead.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

Item {
    id: scene
    width: 1100
    height: 2400

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
        InsightsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase
        name: "InsightsPage"
        when: windowShown

        /// The page of the running test; it goes before its session, so that its editors and models let go of the
        /// journal before the journal closes.
        property Item page: null

        function init() {
            failOnWarning(/.*/);
        }
        function cleanup() {
            Theme.mode = "system";
            if (testCase.page) {
                testCase.page.destroy();
                testCase.page = null;
                wait(0);
            }
        }

        function openPage(withExample: bool): InsightsPage {
            const session = createTemporaryObject(sessionComponent, scene, { dataDirectory: TestSupport.newDataDirectory() });
            verify(session.isOpen);
            if (withExample) {
                const transfer = createTemporaryObject(transferComponent, scene, { session: session });
                const outcome = transfer.importExample();
                verify(outcome.ok, outcome.message);
            }
            const page = createTemporaryObject(pageComponent, scene, { session: session });
            verify(page);
            testCase.page = page;
            return page;
        }

        // Every Text under `item` that shows.
        function shownTexts(item: var, into: var): var {
            if (!item.visible || item.opacity === 0)
                return into;
            if (item.hasOwnProperty("color") && item.hasOwnProperty("text") && item.hasOwnProperty("font") && item.text.length > 0)
                into.push(item);
            for (let i = 0; i < item.children.length; ++i)
                shownTexts(item.children[i], into);
            return into;
        }

        function test_everyTextAndChartLabelReadsInBothThemes_data() {
            return [{ tag: "light", mode: "light", example: true }, { tag: "dark", mode: "dark", example: true },
                    { tag: "light, empty", mode: "light", example: false }, { tag: "dark, empty", mode: "dark", example: false }];
        }

        function test_everyTextAndChartLabelReadsInBothThemes(data) {
            Theme.mode = data.mode;
            const page = openPage(data.example);
            waitForRendering(page);
            const texts = shownTexts(page, []);
            verify(texts.length > 10);
            for (const text of texts) {
                // Text on the accent (a button's) is checked against the accent by test_ui_contrast.
                if (Qt.colorEqual(text.color, Theme.textOnAccent))
                    continue;
                // The page's and the cards' grounds; an opacity below 1 on the way up dims the text.
                let opacity = 1;
                for (let item = text; item && item !== page; item = item.parent)
                    opacity *= item.opacity;
                for (const ground of [Theme.background, Theme.surface]) {
                    const ink = Qt.tint(ground, Qt.rgba(text.color.r, text.color.g, text.color.b, text.color.a * opacity));
                    const ratio = ColourContrast.ratio(ink, ground);
                    verify(ratio >= 4.5, "\"" + text.text + "\" in " + text.color + " on " + ground + ": " + ratio.toFixed(2));
                }
            }
        }

        function test_distortionsOfTheExample() {
            const page = openPage(true);
            const model = findChild(page, "distortionInsights");
            verify(model.hasData);
            // Mind reading, overgeneralizing, personalizing (14 Oct); fortune telling, discounting positives (3 Nov).
            compare(model.series.length, 5);
            const names = model.series.map(entry => entry.name).sort();
            compare(names, ["discounting-positives", "fortune-telling", "mind-reading", "overgeneralizing", "personalizing"]);
            for (const entry of model.series) {
                compare(entry.total, 1);
                compare(entry.recent, 1); // both within the 90 days before 20 Nov
            }
            compare(model.takeaway, "5 thinking patterns named so far, each once. Patterns show with time.");
            compare(findChild(page, "distortionTakeaway").text, model.takeaway);
        }

        function test_feelingsAndBeliefOfTheExample() {
            const page = openPage(true);
            const model = findChild(page, "feelingInsights");
            verify(model.hasData);
            // October: hurt 70→30, loneliness 60→35, shame 40→15; belief 65→30.
            // November: disappointment 55→25, anxiety 45→20; belief 50→25. The exposure plan rated nothing.
            compare(model.series.length, 2);
            const october = model.series[0];
            compare(october.label, "Oct");
            compare(october.emotionPairs, 3);
            fuzzyCompare(october.emotionBefore, 170 / 3, 1e-9);
            fuzzyCompare(october.emotionAfter, 80 / 3, 1e-9);
            compare(october.beliefBefore, 65);
            compare(october.beliefAfter, 30);
            const november = model.series[1];
            compare(november.emotionPairs, 2);
            compare(november.emotionBefore, 50);
            compare(november.emotionAfter, 22.5);
            compare(november.beliefPairs, 1);
            // Together: 270 / 5 = 54 before, 125 / 5 = 25 after; belief 57.5 → 27.5.
            compare(model.emotionBefore, 54);
            compare(model.emotionAfter, 25);
            compare(model.beliefBefore, 57.5);
            compare(model.beliefAfter, 27.5);
            compare(model.takeaway, "After reframing, feelings eased by 29 points on average, from 54 to 25.");
            compare(model.beliefTakeaway, "Belief in the hard thought fell by 30 points on average, from 58 to 28.");
        }

        function test_ritualsOfTheExample() {
            const page = openPage(true);
            const model = findChild(page, "ritualInsights");
            verify(model.hasData);
            // From the week of Thursday 1 October, when the first two rituals began, through the week of 20 November.
            const expected = [
                ["2026-09-28", 6, 6], ["2026-10-05", 11, 13], ["2026-10-12", 12, 13], ["2026-10-19", 11, 12],
                ["2026-10-26", 12, 13], ["2026-11-02", 11, 13], ["2026-11-09", 12, 13], ["2026-11-16", 7, 8]
            ];
            compare(model.series.length, expected.length);
            for (let i = 0; i < expected.length; ++i) {
                compare(Qt.formatDate(model.series[i].monday, "yyyy-MM-dd"), expected[i][0]);
                compare(model.series[i].done, expected[i][1], expected[i][0]);
                compare(model.series[i].due, expected[i][2], expected[i][0]);
            }
            fuzzyCompare(model.overallRate, 82 / 91, 1e-9);
            compare(model.takeaway, "Over the last 8 weeks you kept 90% of the rituals that were due (82 of 91).");
        }

        function test_balanceOfTheExample() {
            const page = openPage(true);
            const model = findChild(page, "balanceInsights");
            verify(model.hasData);
            // Weights: Family 3+3+2, Climbing club 2+1+1, Design team 2+1, Library volunteers 2+1 = 18.
            // Effective circles 324 / (64 + 16 + 9 + 9) = 3.306; the largest share 8 / 18. All since 1 September.
            compare(model.series.length, 3);
            compare(model.series[0].label, "Sep");
            for (const point of model.series) {
                fuzzyCompare(point.effectiveCircles, 324 / 98, 1e-9);
                fuzzyCompare(point.largestShare, 8 / 18, 1e-9);
                compare(point.memberships, 10);
            }
            compare(model.takeaway, "Your belonging rests on about 3.3 circles; the largest carries 44% of it.");
        }

        function test_anEmptyJournalInvites() {
            const page = openPage(false);
            for (const name of ["distortionInsights", "feelingInsights", "ritualInsights", "balanceInsights"]) {
                const model = findChild(page, name);
                verify(!model.hasData, name);
                compare(model.series.length, 0, name);
                compare(model.takeaway, "", name);
            }
        }

        function test_aChangeCountsWhenThePageIsShownAgain() {
            const page = openPage(true);
            const model = findChild(page, "distortionInsights");
            page.visible = false;
            // Elsewhere in the window, the exposure plan names mind reading and a pattern of the person's own.
            TestSupport.rows(page.session.dataDirectory, "UPDATE incidents SET distortions_json = '[\"mind-reading\"]',"
                             + " tags_json = '[\"courage\",\"distortion:Comparing myself\"]' WHERE title = 'Offer to lead the reading hour'");
            compare(TestSupport.rows(page.session.dataDirectory, "SELECT count(*) AS n FROM incidents WHERE distortions_json LIKE '%mind-reading%'")[0].n, 2);
            page.session.notifyEverythingChanged();
            // Hidden, the page does not aggregate again.
            compare(model.series.length, 5);
            page.visible = true;
            compare(model.series.length, 6);
            compare(model.series[0].name, "mind-reading");
            compare(model.series[0].label, "Mind reading");
            compare(model.series[0].total, 2);
            const own = model.series.find(entry => entry.custom);
            compare(own.label, "Comparing myself");
            compare(model.takeaway, "Mind reading came up most often: 2 times.");
        }
    }
}
