// SPDX-License-Identifier: GPL-3.0-or-later
// Settings' files as a user meets them: a bad file is refused with the command line's message and changes nothing; a
// good one is checked first (a dry run that writes nothing), then imported; exports and backups land where chosen.
import QtQuick
import QtTest
import Mosaic.Ui
import Mosaic.TestSupport

TestCase {
    id: testCase
    name: "Settings"
    when: windowShown
    // TestCase hides itself; the pages under test are its children and must be visible to be used.
    visible: true
    width: 1000
    height: 800

    JournalSession {
        id: journalSession
        fixedNow: new Date(Date.UTC(2026, 10, 20, 9, 30))
    }
    AppSettings {
        id: appSettings
    }
    Component {
        id: pageComponent
        SettingsPage {
            session: journalSession
            settings: appSettings
            width: 1000
            height: 800
        }
    }

    function count(table: string): int {
        return TestSupport.rows(journalSession.dataDirectory, "SELECT count(*) AS n FROM " + table)[0].n;
    }

    function init() {
        journalSession.dataDirectory = TestSupport.newDataDirectory();
    }

    function test_aBadFileIsRefusedAndChangesNothing() {
        const page = createTemporaryObject(pageComponent, testCase);
        const folder = TestSupport.newDataDirectory();
        TestSupport.writeTextFile(folder + "/bad.json", '{"format": "mosaic-journal", "version": 2}');
        page.checkImport(TestSupport.fileUrl(folder + "/bad.json"));
        verify(!page.lastOutcome.ok);
        verify(page.lastOutcome.message.indexOf("nothing changed") >= 0, page.lastOutcome.message);
        verify(page.lastOutcome.message.indexOf("$.version") >= 0, page.lastOutcome.message);
        verify(findChild(page, "transferOutcome").visible);
        verify(!findChild(page, "confirmImportButton").visible);
        compare(count("incidents"), 0);

        TestSupport.writeTextFile(folder + "/garbage.json", "not json at all");
        page.checkImport(TestSupport.fileUrl(folder + "/garbage.json"));
        verify(!page.lastOutcome.ok);
        compare(count("incidents"), 0);
    }

    function test_aGoodFileIsCheckedThenImported() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.checkImport(TestSupport.fileUrl(TestSupport.sampleJournalPath()));
        verify(page.lastOutcome.ok, page.lastOutcome.message);
        verify(page.lastOutcome.message.indexOf("would add") >= 0, page.lastOutcome.message);
        compare(count("incidents"), 0); // the dry run wrote nothing
        const confirm = findChild(page, "confirmImportButton");
        verify(confirm.visible);
        // Clicked where it shows, once the page has placed it (the card grew by the check's outcome).
        waitForRendering(page);
        mouseClick(confirm);
        verify(page.lastOutcome.ok, page.lastOutcome.message);
        verify(count("incidents") > 0);
        verify(!confirm.visible);
    }

    function test_exportAndBackupLandWhereChosen() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.checkImport(TestSupport.fileUrl(TestSupport.sampleJournalPath()));
        page.confirmImport();
        const folder = TestSupport.newDataDirectory();
        const json = page.session ? findChild(page, "transferOutcome") : null;
        verify(json);

        page.report(transferOf(page).exportJson(TestSupport.fileUrl(folder + "/journal.json")));
        verify(page.lastOutcome.ok, page.lastOutcome.message);
        const exported = JSON.parse(TestSupport.readTextFile(folder + "/journal.json"));
        compare(exported.format, "mosaic-journal");
        compare(exported.incidents.length, count("incidents"));

        page.report(transferOf(page).exportMarkdown(TestSupport.fileUrl(folder + "/journal.md")));
        verify(page.lastOutcome.ok, page.lastOutcome.message);
        verify(TestSupport.readTextFile(folder + "/journal.md").indexOf("#") === 0);

        page.report(transferOf(page).backup(TestSupport.fileUrl(folder + "/backup.sqlite")));
        verify(page.lastOutcome.ok, page.lastOutcome.message);

        page.report(transferOf(page).exportJson(TestSupport.fileUrl(folder + "/no/such/folder/journal.json")));
        verify(!page.lastOutcome.ok);
    }

    function test_exportAndBackupNeverReplaceTheJournal() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.checkImport(TestSupport.fileUrl(TestSupport.sampleJournalPath()));
        page.confirmImport();
        const incidents = count("incidents");
        const data = journalSession.dataDirectory;
        // The same rule as the command line's (checkOutputTarget): the journal and its companions are refused.
        for (const name of ["/journal.sqlite", "/journal.sqlite-wal", "/./journal.sqlite-shm"]) {
            page.report(transferOf(page).exportJson(TestSupport.fileUrl(data + name)));
            verify(!page.lastOutcome.ok, name);
            verify(page.lastOutcome.message.indexOf("Nothing was written") >= 0, page.lastOutcome.message);
            page.report(transferOf(page).backup(TestSupport.fileUrl(data + name)));
            verify(!page.lastOutcome.ok, name);
        }
        compare(count("incidents"), incidents);
    }

    function test_themeChoiceIsKept() {
        const page = createTemporaryObject(pageComponent, testCase);
        // By keyboard, as the choices may lie below the fold.
        for (const mode of ["dark", "light", "system"]) {
            const choice = findChild(page, "theme-" + mode);
            choice.forceActiveFocus();
            keyClick(Qt.Key_Space);
            compare(appSettings.themeMode, mode);
            verify(choice.checked);
        }
    }

    function test_languageChoiceListsEachTranslationByItsOwnName() {
        const page = createTemporaryObject(pageComponent, testCase);
        const box = findChild(page, "languageBox");
        compare(box.model, ["The system's language", "English", "Deutsch", "Español"]);
        box.forceActiveFocus();
        // Down moves through the list and chooses as it goes, as a closed combo box does.
        keyClick(Qt.Key_Down);
        compare(appSettings.language, "en");
        keyClick(Qt.Key_Down);
        compare(appSettings.language, "de");
        keyClick(Qt.Key_Down);
        compare(appSettings.language, "es");
        box.currentIndex = 0;
        box.activated(0);
        compare(appSettings.language, "");
    }

    function transferOf(page: Item): JournalTransfer {
        return findChild(page, "transfer");
    }
}
